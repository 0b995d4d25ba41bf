import Foundation
import Yams

/// Makes instances of one plugin type from its typed config. Stage is the stage protocol existential,
/// e.g. `any BatchingMode`.
public struct PluginFactory<Stage: Sendable>: Sendable {
    /// The lower_snake_case name used as `type:` in plugins.yaml.
    public let type: String
    /// One line for `scout plugins`.
    public let summary: String
    public let keys: [ConfigKey]
    /// The typed config: its `init()` holds the defaults, `init(from:)` the decoding, `validate()` the ranges
    /// (checked against ``keys`` for every registered plugin by a test).
    public let configType: any PluginConfig.Type
    let decodeConfig: @Sendable (Node?) throws -> any PluginConfig
    let defaultConfig: @Sendable () -> any PluginConfig
    let makeStage: @Sendable (any PluginConfig, BuildContext) async throws -> Stage

    public init<Config: PluginConfig>(
        type: String, summary: String, config: Config.Type,
        make: @escaping @Sendable (Config, BuildContext) async throws -> Stage
    ) {
        self.type = type
        self.summary = summary
        self.keys = Config.keys
        self.configType = Config.self
        self.decodeConfig = { node in
            guard let node else { return Config() }
            return try YAMLDecoder().decode(Config.self, from: node)
        }
        self.defaultConfig = { Config() }
        self.makeStage = { config, context in
            guard let typed = config as? Config else {
                throw ScoutError(
                    .internalError, "\(context.path): config of type \(Swift.type(of: config)) given to '\(type)'")
            }
            return try await make(typed, context)
        }
    }

    /// Makes an instance from a decoded config (phase 3: may do I/O, starts no background work).
    public func make(_ config: any PluginConfig, context: BuildContext) async throws -> Stage {
        try await makeStage(config, context)
    }

    /// Makes an instance with the default config.
    public func makeDefault(context: BuildContext) async throws -> Stage {
        try await makeStage(defaultConfig(), context)
    }
}
