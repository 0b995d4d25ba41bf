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
        if FileManager.default.fileExists(atPath: DefaultConfig.fileName) { return (DefaultConfig.fileName, DefaultConfig.fileName) }
        return (nil, "embedded plugins.yaml")
    }

    /// The config's YAML text and its name in messages (the embedded default when no file applies).
    func text() throws -> (yaml: String, name: String) {
        let (path, name) = source()
        guard let path else { return (DefaultConfig.yaml, name) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoutError.badInput("config file '\(path)' does not exist")
        }
        return (String(decoding: data, as: UTF8.self), name)
    }

    func load() throws -> (PipelineConfig, PluginRegistry) {
        let registry = try BuiltinPlugins.registry()
        let loader = ConfigLoader(registry: registry)
        let (path, name) = source()
        let config: PipelineConfig
        if let path {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ScoutError.badInput("config file '\(path)' does not exist")
            }
            config = try loader.load(contentsOf: path, displayName: name)
        } else {
            config = try loader.load(yaml: DefaultConfig.yaml, file: name)
        }
        for warning in config.warnings { Terminal.note(warning.description) }
        return (config, registry)
    }

    /// Loads the config and builds the pipeline and orchestrator.
    func orchestrator() async throws -> Orchestrator {
        let (config, registry) = try load()
        let logger = Logger(label: "scout")
        let runtime = RuntimeContext(logger: logger)
        let pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        return Orchestrator(pipeline: pipeline, clock: runtime.clock, logger: logger, metrics: runtime.metrics)
    }
}
