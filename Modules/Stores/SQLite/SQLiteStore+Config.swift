import Foundation
public import ScoutCore

extension SQLiteStore {
    /// Configuration of the `sqlite` store.
    public struct Config: PluginConfig, Equatable {
        /// The database file; relative paths resolve against the working directory.
        public var path = ".scout/scout.sqlite"
        /// How long a write waits for another connection's lock before failing.
        public var busyTimeoutMs = 5000

        public init() {}

        public static let keys = [
            ConfigKey(
                "path", "string", default: ".scout/scout.sqlite",
                "database file; relative to the working directory; parent directories are created"),
            ConfigKey(
                "busy_timeout_ms", "int", default: "5000", "wait for a locked database before failing (0–600000)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case path
            case busyTimeoutMs = "busy_timeout_ms"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Self()
            path = try container.decode(.path, default: defaults.path)
            busyTimeoutMs = try container.decode(.busyTimeoutMs, default: defaults.busyTimeoutMs)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            if path.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(ConfigProblem(key: "path", "must not be empty"))
            }
            problems.check("busy_timeout_ms", busyTimeoutMs, in: 0...600_000)
            return problems
        }
    }
}
