import ClaudeEvaluator
import ClaudeJDParser
import CoreSignalPeopleSource
import Foundation
import OpenAICompatibleEvaluator
import ScoutCore
import TavilyWebSearch
import Testing

@Suite("example configs")
struct ExampleConfigTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The vendor plugins plus key-less stand-ins for the default types of the sections the examples leave out.
    static func registry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        try registry.register(CoreSignalPeopleSource.factory)
        try registry.register(TavilyWebSearch.factory)
        try registry.register(ClaudeEvaluator.factory)
        try registry.register(ClaudeJDParser.factory)
        try registry.register(OpenAICompatibleEvaluator.factory)
        let stub = ScoutError(.internalError, "stand-in")
        try registry.register(
            PluginFactory<any DiscoveryStrategy>(type: "seed_expansion", summary: "", config: EmptyConfig.self) {
                _, _ in throw stub
            })
        try registry.register(
            PluginFactory<any DiscoveryStrategy>(type: "domain_queries", summary: "", config: EmptyConfig.self) {
                _, _ in throw stub
            })
        try registry.register(
            PluginFactory<any BatchingMode>(type: "company_batch", summary: "", config: EmptyConfig.self) { _, _ in
                throw stub
            })
        try registry.register(
            PluginFactory<any ScoutStore>(type: "sqlite", summary: "", config: EmptyConfig.self) { _, _ in throw stub })
        return registry
    }

    @Test(
        "plugins.sandbox.yaml and plugins.production.yaml validate",
        arguments: ["plugins.sandbox.yaml", "plugins.production.yaml"])
    func validates(_ name: String) throws {
        let path = Self.repository.appendingPathComponent("docs/examples/\(name)").path
        let config = try ConfigLoader(registry: Self.registry(), environment: [:]).load(contentsOf: path)
        #expect(config.people.type == "coresignal")
        #expect(config.evaluator.type == "claude")
    }

    @Test("the scout binary validates both examples", arguments: ["plugins.sandbox.yaml", "plugins.production.yaml"])
    func binaryValidates(_ name: String) throws {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var binary: URL?
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("scout")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { binary = candidate; break }
            dir = dir.deletingLastPathComponent()
        }
        guard let binary else { return }
        // Runs once the vendor plugins are registered in BuiltinPlugins (the lead's composition root).
        guard try Self.run(binary, ["plugins"]).text.contains("coresignal") else { return }
        let run = try Self.run(
            binary,
            [
                "config", "validate", "--skip-environment",
                Self.repository.appendingPathComponent("docs/examples/\(name)").path,
            ])
        #expect(run.status == 0, "\(run.text)")
    }

    static func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("a claude config without a model is rejected with the reason")
    func missingModel() throws {
        let yaml = "evaluator:\n  type: claude\n  api_key: {env: ANTHROPIC_API_KEY}\n"
        let error = #expect(throws: ConfigError.self) {
            try ConfigLoader(registry: Self.registry(), environment: [:]).load(yaml: yaml, file: "t.yaml")
        }
        #expect(error?.description.contains("model") == true && error?.description.contains("retire") == true)
    }

    @Test("docs/configuration.md documents every key of the vendor plugins")
    func keysDocumented() throws {
        let doc = try String(
            contentsOf: Self.repository.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        let registry = try Self.registry()
        let vendors: Set<String> = ["coresignal", "tavily", "claude", "openai_compatible"]
        for kind in StageKind.allCases {
            for plugin in registry.descriptions(of: kind) where vendors.contains(plugin.type) {
                let heading = "### `\(kind.rawValue): \(plugin.type)`"
                let section = try #require(doc.range(of: heading), "missing section \(heading)")
                let rest = doc[section.upperBound...]
                let body = rest.range(of: "\n### ").map { rest[..<$0.lowerBound] } ?? rest
                for key in plugin.keys {
                    #expect(body.contains("`\(key.name)`"), "\(heading) does not document `\(key.name)`")
                }
            }
        }
    }
}
