import ArgumentParser
import Foundation
import Logging
import ScoutCore
import ScoutPlugins

/// `--config FILE`, shared by every command.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "plugins.yaml to use (default: ./plugins.yaml if present, else the embedded default).")
    var config: String?

    /// The config file to read and how to name it in messages; nil path = the embedded default.
    func source() -> (path: String?, name: String) {
        if let config { return (config, config) }
        if FileManager.default.fileExists(atPath: DefaultConfig.fileName) {
            return (DefaultConfig.fileName, DefaultConfig.fileName)
        }
        return (nil, "embedded plugins.yaml")
    }

    /// The config's YAML text and its name in messages (the embedded default when no file applies). A file that is
    /// missing or unreadable is a bad-input error naming the path and the reason; one that is not UTF-8 a config error.
    func text() throws -> (yaml: String, name: String) {
        let (path, name) = source()
        guard let path else { return (DefaultConfig.yaml, name) }
        let data = try FileInput.data(atPath: path, what: "config file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(issues: [
                ConfigIssue(file: name, line: nil, column: nil, path: "", message: "the file is not UTF-8 text")
            ])
        }
        return (text, name)
    }

    /// Loads and validates the config; its warnings go to stderr unless `quiet`.
    func load(quiet: Bool = false, overrides: [ConfigOverride] = []) throws -> (PipelineConfig, PluginRegistry) {
        let registry = try BuiltinPlugins.registry()
        let (yaml, name) = try text()
        let config = try ConfigLoader(registry: registry).load(yaml: yaml, file: name, overrides: overrides)
        if !quiet { for warning in config.warnings { Terminal.note(warning.description) } }
        return (config, registry)
    }

    /// Loads the config, builds the pipeline and runs `body` with its orchestrator while the pipeline's services run
    /// (the Postgres store's pool; its migrations first when `migrate_on_start`); they stop when `body` ends.
    func withOrchestrator<T>(_ body: (Orchestrator) async throws -> T) async throws -> T {
        try await withPipeline { _, orchestrator in try await body(orchestrator) }
    }

    /// ``withOrchestrator(_:)`` with the config as loaded.
    func withPipeline<T>(_ body: (PipelineConfig, Orchestrator) async throws -> T) async throws -> T {
        let (config, registry) = try load()
        let logger = Logger(label: "scout")
        let runtime = RuntimeContext(logger: logger)
        let pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let orchestrator = Orchestrator(
            pipeline: pipeline, clock: runtime.clock, logger: logger, metrics: runtime.metrics)
        return try await pipeline.run(logger: logger) { try await body(config, orchestrator) }
    }
}
