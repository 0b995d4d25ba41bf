import Foundation
import ScoutCore
import ScoutPlugins
import Testing

@Suite("plugins.yaml loading")
struct ConfigLoaderTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(
        "config")

    func loader(_ environment: [String: String] = [:]) throws -> ConfigLoader {
        ConfigLoader(registry: try BuiltinPlugins.registry(), environment: environment)
    }

    /// Every issue of a broken fixture, rendered exactly as the CLI prints them.
    func errors(_ fixture: String) throws -> [String] {
        let path = Self.fixtures.appendingPathComponent(fixture).path
        do {
            _ = try loader().load(contentsOf: path, displayName: "plugins.yaml")
            return []
        } catch let error as ConfigError {
            return error.issues.map(\.description)
        }
    }

    @Test("the issue's example: a misspelt type, with the nearest valid name and the valid list")
    func typoType() throws {
        #expect(
            try errors("typo-type.yaml") == [
                "plugins.yaml:5:9: batching.type: unknown type 'company_bach'; did you mean 'company_batch'? (valid: company_batch, seniority_variation)"
            ])
    }

    @Test func unknownKey() throws {
        #expect(
            try errors("unknown-key.yaml") == [
                "plugins.yaml:3:3: batching.batch_sise: unknown key; did you mean 'batch_size'? (valid: type, id, enabled, batch_size)"
            ])
    }

    @Test("every error in a file is reported at once, in file order")
    func manyErrors() throws {
        #expect(
            try errors("many-errors.yaml") == [
                "plugins.yaml:2:1: evaluatr: unknown section; did you mean 'evaluator'? (valid: jd_parser, web_search, discovery, batching, people, store, evaluator, version, session, cache, pricing, budget)",
                "plugins.yaml:6:16: discovery[0].max_seeds: expected an integer, found 'lots'",
                "plugins.yaml:7:11: discovery[1].type: unknown type 'domain_query'; did you mean 'domain_queries'? (valid: domain_queries, seed_expansion)",
                "plugins.yaml:10:15: batching.batch_size: must be between 1 and 100, got 0",
                "plugins.yaml:12:16: session.max_batches: must be between 1 and 200, got 0",
                "plugins.yaml:13:3: session.concurency: unknown key; did you mean 'concurrency'? (valid: candidates_per_batch, max_batches, concurrency, initial_count, workspace, min_companies, max_failed_evaluations)",
            ])
    }

    @Test func syntaxError() throws {
        let issues = try errors("syntax-error.yaml")
        #expect(issues.count == 1)
        #expect(issues.first?.hasPrefix("plugins.yaml:3:") == true)
        #expect(issues.first?.contains("YAML syntax error") == true)
    }

    @Test(arguments: [
        (
            "empty-discovery.yaml",
            "plugins.yaml:1:12: discovery: at least one discovery strategy is required (valid: domain_queries, seed_expansion)"
        ),
        (
            "duplicate-ids.yaml",
            "plugins.yaml:3:5: discovery[1].id: id 'seed_expansion' is already used by discovery[0]; give one of them a distinct 'id'"
        ),
        ("bad-version.yaml", "plugins.yaml:1:10: version: unsupported version '2' (valid: 1)"),
        (
            "not-a-mapping.yaml",
            "plugins.yaml:1:1: the file must be a mapping of sections (jd_parser, discovery, batching, …)"
        ),
        (
            "missing-type.yaml",
            "plugins.yaml:2:3: store.type: missing; every stage names its plugin type (valid: memory, postgres, sqlite)"
        ),
        ("bad-enabled.yaml", "plugins.yaml:3:12: batching.enabled: expected true or false, found 'sometimes'"),
        (
            "normalized-name.yaml",
            "plugins.yaml:2:9: batching.type: unknown type 'Company-Batch'; did you mean 'company_batch'? (valid: company_batch, seniority_variation)"
        ),
    ])
    func singleError(fixture: String, expected: String) throws {
        #expect(try errors(fixture) == [expected])
    }

    @Test("the types an omitted section defaults to are the embedded default's (ConfigLoader.defaultTypes)")
    func omittedSectionsTakeTheEmbeddedDefaultsTypes() throws {
        let omitted = try loader().load(yaml: "version: 1\n", file: "empty.yaml")
        let embedded = try loader().load(yaml: DefaultConfig.yaml, file: "plugins.yaml")
        func types(_ c: PipelineConfig) -> [String] {
            [c.jdParser, c.webSearch, c.batching, c.people, c.store, c.evaluator].map(\.type) + c.discovery.map(\.type)
        }
        #expect(types(omitted) == types(embedded))
        #expect(Set(ConfigLoader.defaultTypes.keys) == Set(StageKind.allCases).subtracting([.discovery]))
        #expect(ConfigLoader.defaultDiscovery == embedded.discovery.map(\.type))
    }

    @Test("the repository's plugins.yaml is the embedded default and is valid")
    func embeddedDefault() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let onDisk = try String(contentsOf: root.appendingPathComponent("plugins.yaml"), encoding: .utf8)
        #expect(onDisk == DefaultConfig.yaml)
        let config = try loader().load(yaml: DefaultConfig.yaml, file: "plugins.yaml")
        #expect(config.discovery.map(\.type) == ["seed_expansion", "domain_queries"])
        #expect(config.batching.type == "company_batch")
        #expect(config.store.type == "sqlite")
        #expect(config.batchingEnabled)
    }

    @Test("an empty file selects every default")
    func emptyFile() throws {
        let config = try loader().load(yaml: "", file: "plugins.yaml")
        #expect(config.jdParser.type == "heuristic")
        #expect(config.people.type == "sample")
        #expect(config.session == SessionConfig())
        #expect(config.cache == CachePolicy())
    }

    @Test("switching batching mode or batch size is a config change only")
    func batchingSwitch() throws {
        let variation = try loader().load(yaml: "batching: {type: seniority_variation}", file: "p.yaml")
        #expect(variation.batching.type == "seniority_variation")
        let small = try loader().load(yaml: "batching: {type: company_batch, batch_size: 3}", file: "p.yaml")
        #expect(small.batching.type == "company_batch")
        #expect(String(describing: small.batching.config).contains("batchSize: 3"))
    }

    @Test("ENABLE_COMPANY_BATCHING=false turns batching off and says so")
    func environmentOverride() throws {
        let config = try loader(["ENABLE_COMPANY_BATCHING": "false"]).load(
            yaml: DefaultConfig.yaml, file: "plugins.yaml")
        #expect(config.batchingEnabled == false)
        #expect(
            config.warnings.map(\.description) == [
                "environment: warning: ENABLE_COMPANY_BATCHING: batching.enabled overridden to false"
            ])
        let off = try loader().load(yaml: "batching: {type: company_batch, enabled: false}", file: "p.yaml")
        #expect(off.batchingEnabled == false)
        #expect(throws: ConfigError.self) {
            try loader(["ENABLE_COMPANY_BATCHING": "maybe"]).load(yaml: "", file: "p.yaml")
        }
    }

    @Test("ids are optional, default to the type, and may tell two instances apart")
    func ids() throws {
        let config = try loader().load(
            yaml: """
                discovery:
                  - type: seed_expansion
                  - {type: seed_expansion, id: seeds_wide, max_seeds: 3}
                """, file: "p.yaml")
        #expect(config.discovery.map(\.id) == ["seed_expansion", "seeds_wide"])
    }
}
