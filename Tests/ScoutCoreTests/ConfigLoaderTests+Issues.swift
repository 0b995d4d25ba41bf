import Foundation
import ScoutCore
import ScoutPlugins
import Testing

/// Duplicate keys, range errors beside type errors, and secrets whose environment variable is unset: each an issue
/// with file, line, column and path, all reported at once.
@Suite("plugins.yaml issues beyond decoding")
struct ConfigIssueTests {
    let tests = ConfigLoaderTests()

    @Test("a repeated key is one issue at the repeat, and the rest of the file is still checked")
    func duplicateKeys() throws {
        #expect(
            try tests.errors("duplicate-keys.yaml") == [
                "plugins.yaml:4:3: batching.batch_size: duplicate key (first given at line 3); keep one",
                "plugins.yaml:8:5: discovery[0].max_seeds: duplicate key (first given at line 7); keep one",
                "plugins.yaml:10:16: session.max_batches: must be between 1 and 200, got 0",
            ])
        #expect(
            try tests.errors("duplicate-section.yaml") == [
                "plugins.yaml:2:1: version: duplicate key (first given at line 1); keep one"
            ])
    }

    @Test("a repeated key in flow style is still one line with its place")
    func duplicateFlowKey() throws {
        let yaml = "batching: {type: company_batch, batch_size: 3, batch_size: 4}\n"
        do {
            _ = try tests.loader().load(yaml: yaml, file: "plugins.yaml")
            Issue.record("a duplicate key must be an error")
        } catch let error as ConfigError {
            #expect(
                error.issues.map(\.description) == [
                    "plugins.yaml:1:33: batch_size: duplicate key 'batch_size'; keep one"
                ])
        }
    }

    @Test("range errors are reported together with the type errors of the same section")
    func rangeAndType() throws {
        #expect(
            try tests.errors("range-and-type.yaml") == [
                "plugins.yaml:2:16: session.max_batches: must be between 1 and 200, got 0",
                "plugins.yaml:3:16: session.concurrency: expected an integer, found 'many'",
                "plugins.yaml:4:18: session.initial_count: must be between 1 and 500, got 9999",
            ])
    }

    @Test("every secret's environment variable is checked, defaults included, at the key or its section")
    func environmentSecrets() throws {
        let yaml = """
            people: { type: coresignal }
            web_search:
              type: tavily
              api_key: { env: MY_TAVILY_KEY }
            """
        let config = try tests.loader().load(yaml: yaml, file: "plugins.yaml")
        #expect(config.secretReferences.map(\.path) == ["web_search.api_key", "people.api_key"])
        let issues = config.environmentIssues(yaml: yaml, file: "plugins.yaml", environment: ["CORESIGNAL_API_KEY": ""])
        #expect(
            issues.map(\.description) == [
                "plugins.yaml:4:12: web_search.api_key: environment variable MY_TAVILY_KEY is not set; export it, or choose a plugin that needs no key",
                "plugins.yaml:1:9: people.api_key: environment variable CORESIGNAL_API_KEY (the default) is not set; export it, or choose a plugin that needs no key",
            ])
        let set = ["CORESIGNAL_API_KEY": "k", "MY_TAVILY_KEY": "t"]
        #expect(config.environmentIssues(yaml: yaml, file: "plugins.yaml", environment: set).isEmpty)
    }
}
