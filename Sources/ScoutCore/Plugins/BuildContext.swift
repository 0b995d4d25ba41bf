public import Foundation
public import Logging
public import Metrics

/// What a factory gets when it makes a plugin instance. Nothing global: the logger, metrics, clock and
/// secrets all come from here.
public struct BuildContext: Sendable {
    /// The instance id from plugins.yaml (defaults to the type name).
    public var id: String
    /// The config path of the instance, e.g. `discovery[1]`, for error messages.
    public var path: String
    /// Carries `plugin.id` and `plugin.type` metadata.
    public var logger: Logger
    public var metrics: any MetricsFactory
    public var clock: any ScoutClock
    public var secrets: SecretResolver
    /// Where file-backed plugins keep their data (`.scout` by default), resolved against the working directory.
    public var dataDirectory: URL

    public init(
        id: String, path: String, logger: Logger, metrics: any MetricsFactory, clock: any ScoutClock,
        secrets: SecretResolver, dataDirectory: URL
    ) {
        self.id = id
        self.path = path
        self.logger = logger
        self.metrics = metrics
        self.clock = clock
        self.secrets = secrets
        self.dataDirectory = dataDirectory
    }
}
