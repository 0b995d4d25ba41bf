// swift-tools-version: 6.2
import PackageDescription

/// Settings applied to every target: Swift 6 language mode plus the strictness flags from docs/architecture.md.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let core: Target.Dependency = "ScoutCore"
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let metrics: Target.Dependency = .product(name: "Metrics", package: "swift-metrics")
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")
let hummingbird: Target.Dependency = .product(name: "Hummingbird", package: "hummingbird")
let httpClient: Target.Dependency = .product(name: "AsyncHTTPClient", package: "async-http-client")
let lifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")

/// A plugin target under `Modules/<family>/<name>`: depends on ScoutCore and its own third-party packages only.
func plugin(_ name: String, family: String, dir: String, extra: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: [core, logging] + extra, path: "Modules/\(family)/\(dir)", swiftSettings: strictSettings)
}

/// Every built-in plugin, one line each: a new plugin adds its line here and its registration in ScoutPlugins.
let plugins: [Target] = [
    plugin("HeuristicJDParser", family: "JDParsers", dir: "Heuristic", extra: [yams]),
    plugin("SampleWebSearch", family: "WebSearch", dir: "Sample", extra: ["SampleWorld"]),
    plugin("SeedExpansionDiscovery", family: "Discovery", dir: "SeedExpansion", extra: ["DiscoveryKit"]),
    plugin("DomainQueriesDiscovery", family: "Discovery", dir: "DomainQueries", extra: ["DiscoveryKit"]),
    plugin("CompanyBatchBatching", family: "Batching", dir: "CompanyBatch"),
    plugin("SeniorityVariationBatching", family: "Batching", dir: "SeniorityVariation"),
    plugin("SamplePeopleSource", family: "People", dir: "Sample", extra: ["SampleWorld"]),
    plugin("MemoryStore", family: "Stores", dir: "Memory"),
    plugin("SQLiteStore", family: "Stores", dir: "SQLite", extra: [.product(name: "GRDB", package: "GRDB.swift")]),
    plugin("HeuristicEvaluator", family: "Evaluators", dir: "Heuristic"),
    plugin("PostgresStore", family: "Stores", dir: "Postgres", extra: [.product(name: "PostgresNIO", package: "postgres-nio"), lifecycle]),
    plugin("CoreSignalPeopleSource", family: "People", dir: "CoreSignal", extra: ["ScoutVendorKit", httpClient, metrics]),
    plugin("TavilyWebSearch", family: "WebSearch", dir: "Tavily", extra: ["ScoutVendorKit", httpClient, metrics]),
    plugin("ClaudeEvaluator", family: "Evaluators", dir: "Claude", extra: ["ScoutVendorKit", "LLMKit", httpClient, metrics]),
    plugin("ClaudeJDParser", family: "JDParsers", dir: "Claude", extra: ["ScoutVendorKit", "LLMKit", httpClient, metrics]),
    plugin("OpenAICompatibleEvaluator", family: "Evaluators", dir: "OpenAICompatible", extra: ["ScoutVendorKit", "LLMKit", httpClient, metrics]),
]

let package = Package(
    name: "scout",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "scout", targets: ["scout"]),
        .executable(name: "scout-bench", targets: ["scout-bench"]),
        .library(name: "ScoutCore", targets: ["ScoutCore"]),
        .library(name: "ScoutTesting", targets: ["ScoutTesting"]),
        .library(name: "ScoutPlugins", targets: ["ScoutPlugins"]),
        // Scout's routes for an embedding Hummingbird service (docs/embedding.md).
        .library(name: "ScoutHTTP", targets: ["ScoutHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Already in the graph through Hummingbird; ScoutHTTP's connection guard uses their channel types directly.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
    ],
    targets: [
        .target(
            name: "ScoutCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Yams", package: "Yams"),
                lifecycle,
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "SampleWorld", dependencies: [core], swiftSettings: strictSettings),
        .target(name: "ScoutTesting", dependencies: [core, logging, lifecycle], swiftSettings: strictSettings),
        // Search quality: ground truth over the sample world, the metrics, and `scout ab` experiments. Never depends on
        // a JD parser or an evaluator (a test checks the package graph).
        .target(name: "ScoutQuality", dependencies: [core, "SampleWorld", yams], swiftSettings: strictSettings),
        // Discovery's text mining (company names in web results, market phrases, salient JD words), used by the
        // discovery plugins only; the core keeps the vocabulary the orchestrator, evaluators and parsers share.
        .target(name: "DiscoveryKit", dependencies: [core], swiftSettings: strictSettings),
        // What the LLM plugins share above the transport: the evaluation prompt, reply parsing and grounding, and
        // finding the JSON object in a model's reply. Used by the Claude and OpenAI-compatible evaluators and the
        // Claude JD parser.
        .target(name: "LLMKit", dependencies: [core], swiftSettings: strictSettings),
        // Shared vendor HTTP plumbing (one client, rate limits, retries, SSE, metrics), used by the vendor plugins.
        // Credit budgets are the core's (CreditGuard), not the vendor client's.
        .target(name: "ScoutVendorKit", dependencies: [core, logging, metrics, httpClient], swiftSettings: strictSettings),
        // Loopback fakes of the four vendors over the sample world (`scout sandbox`).
        .target(name: "ScoutSandbox", dependencies: [core, "SampleWorld", logging, hummingbird], swiftSettings: strictSettings),
        // Scout's HTTP routes, embeddable in any Hummingbird router.
        .target(
            name: "ScoutHTTP",
            dependencies: [core, logging, metrics, hummingbird,
                           lifecycle,
                           .product(name: "Prometheus", package: "swift-prometheus"),
                           .product(name: "HummingbirdCore", package: "hummingbird"),
                           .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOHTTPTypes", package: "swift-nio-extras")],
            // The recruiter's web page, compiled into the binary (WebPage.swift serves it).
            resources: [.embedInCode("Web/index.html"), .embedInCode("Web/app.js"), .embedInCode("Web/app.css")],
            swiftSettings: strictSettings
        ),

        // The composition root: depends on every built-in plugin (the `plugins` list above).
        .target(
            name: "ScoutPlugins",
            dependencies: [core] + plugins.map { .target(name: $0.name) },
            swiftSettings: strictSettings
        ),
        // The example plugin docs/plugins.md walks through: its own folder, registered with one line by a test.
        .target(name: "GrowingBatch", dependencies: [core], path: "Examples/GrowingBatch", swiftSettings: strictSettings),
        .executableTarget(
            name: "scout",
            dependencies: [
                core, "ScoutPlugins", "ScoutHTTP", "ScoutSandbox", "ScoutQuality", "SampleWorld",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "scout-bench",
            dependencies: [
                core, "ScoutPlugins", "SampleWorld", "ScoutSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/scout-bench",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScoutCoreTests",
            dependencies: [core, "ScoutTesting", "ScoutPlugins", "GrowingBatch", logging, yams,
                           .product(name: "MetricsTestKit", package: "swift-metrics")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SampleWorldTests",
            dependencies: [core, "ScoutTesting", "SampleWorld", "SampleWebSearch", "SamplePeopleSource", logging, metrics, yams],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HeuristicsTests",
            dependencies: [core, "ScoutTesting", "HeuristicJDParser", "HeuristicEvaluator", logging, metrics, yams],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StoreTests",
            dependencies: [core, "ScoutTesting", "MemoryStore", "SQLiteStore", logging, metrics, yams, .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DiscoveryTests",
            dependencies: [core, "ScoutTesting", "DiscoveryKit", "SeedExpansionDiscovery", "DomainQueriesDiscovery", "CompanyBatchBatching", "SeniorityVariationBatching", logging, yams],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [core, "ScoutTesting", "PostgresStore", "ScoutPlugins", logging, metrics, yams,
                           .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VendorTests",
            dependencies: [core, "ScoutTesting", "ScoutVendorKit", "LLMKit", "ScoutSandbox", "SampleWorld", "CoreSignalPeopleSource",
                           "TavilyWebSearch", "ClaudeEvaluator", "ClaudeJDParser", "OpenAICompatibleEvaluator", logging, metrics,
                           yams, hummingbird, httpClient, .product(name: "MetricsTestKit", package: "swift-metrics")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScoutHTTPTests",
            dependencies: [core, "ScoutTesting", "ScoutHTTP", "ScoutPlugins", logging, metrics, hummingbird,
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           lifecycle, yams],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QualityTests",
            dependencies: [core, "ScoutQuality", "SampleWorld", "ScoutPlugins", logging],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScoutEndToEndTests",
            dependencies: [core, "ScoutTesting"],
            swiftSettings: strictSettings
        ),
    ] + plugins
)
