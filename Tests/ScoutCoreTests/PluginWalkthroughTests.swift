import Foundation
import GrowingBatch
import Logging
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// docs/plugins.md's walk-through, built and run: a plugin in its own folder (`Examples/GrowingBatch`), registered
/// with one line, configured from plugins.yaml, passing its conformance suite and running a search.
@Suite("plugin walk-through (docs/plugins.md)")
struct PluginWalkthroughTests {
    @Test("the example plugin registers with one line, loads from YAML and runs a search")
    func registerLoadAndSearch() async throws {
        var registry = try BuiltinPlugins.registry()
        try registry.register(GrowingBatch.factory)
        let yaml = "batching: {type: growing_batch, first_size: 3, max_size: 8}\nstore: {type: memory}\n"
        let config = try ConfigLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "plugins.yaml")
        let logger = Logger(label: "scout.test.walkthrough") { _ in SwiftLogNoOpLogHandler() }
        let pipeline = try await Pipeline.build(config, registry: registry, runtime: RuntimeContext(logger: logger))
        #expect(pipeline.batchingMode == "growing_batch")
        let companies = (1...20).map { Company(name: "Acme \($0) Labs", source: .supplied, confidence: 1) }
        #expect(
            pipeline.batching.plan(companies, for: JobRequirements(roleTitle: "Engineer")).map(\.companies.count) == [
                3, 6, 8, 3,
            ])

        let result = try await Orchestrator(pipeline: pipeline, logger: logger).search(
            jd: SampleJDs.voiceMLAnywhere, count: 5)
        #expect(result.newCandidates.count == 5)

        let bad = "batching: {type: growing_batch, first_sise: 3}\n"
        let error = #expect(throws: ConfigError.self) {
            try ConfigLoader(registry: registry, environment: [:]).load(yaml: bad, file: "plugins.yaml")
        }
        #expect(error?.description.contains("did you mean 'first_size'") == true)
    }

    @Test("the example passes the batching conformance suite")
    func conformance() async throws {
        let companies = (1...40).map { Company(name: "Acme \($0) Labs", source: .supplied, confidence: 1) }
        for config in [
            GrowingBatch.Config(),
            {
                var c = GrowingBatch.Config(); c.firstSize = 1; c.maxSize = 1; return c
            }(),
        ] {
            try await BatchingConformance.run(
                GrowingBatch(config: config), companies: companies, coverage: .exactlyOnce)
        }
    }

    @Test("docs/plugins.md shows the example's source verbatim")
    func documented() throws {
        let doc = try String(contentsOf: DocsTests.root.appendingPathComponent("docs/plugins.md"), encoding: .utf8)
        let source = try String(
            contentsOf: DocsTests.root.appendingPathComponent("Examples/GrowingBatch/GrowingBatch.swift"),
            encoding: .utf8)
        #expect(
            doc.contains("```swift\n\(source)```"),
            "docs/plugins.md must quote Examples/GrowingBatch/GrowingBatch.swift as it is")
        #expect(doc.contains("try registry.register(GrowingBatch.factory)"))
    }
}
