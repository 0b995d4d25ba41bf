import Foundation
public import ScoutCore

extension PostgresStore {
    /// How the connection uses TLS (libpq's `sslmode`, spelled in snake_case).
    public enum TLSMode: String, Codable, Sendable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, without certificate checks; plain TCP otherwise.
        case prefer
        /// TLS or fail; the certificate is not checked (encrypts, but does not stop a man in the middle).
        case require
        /// TLS or fail; the certificate chain is checked against `ca_file` (or the system roots), not the host name.
        case verifyCA = "verify_ca"
        /// TLS or fail; the chain and the host name are checked.
        case verifyFull = "verify_full"

        /// Parses a config value or a URL `sslmode` (`verify-full` and `verify_full` both work).
        public init?(parsing text: String) {
            self.init(rawValue: text.lowercased().replacingOccurrences(of: "-", with: "_"))
        }
    }

    /// Configuration of the `postgres` store.
    public struct Config: PluginConfig, Equatable {
        /// The `postgres://user:password@host:port/database` connection string, from the environment.
        public var url: SecretReference?
        /// TLS mode; nil = the URL's `sslmode`, else `require`.
        public var tls: TLSMode?
        /// A PEM file of trusted root certificates for `verify_ca` / `verify_full` (e.g. Supabase's root CA).
        public var caFile: String?
        /// Connections the pool opens at most.
        public var poolSize = 5
        /// Apply pending migrations when the store is built.
        public var migrateOnStart = true
        /// How long a record claim holds unless its holder renews it (every third of this while it works): a killed
        /// process's claims free after this long.
        public var claimTTLSeconds = 5

        public init() {}

        public static let keys = [
            ConfigKey(
                "url", "secret", default: "required",
                "connection string postgres://user:password@host:port/database, e.g. {env: DATABASE_URL}"),
            ConfigKey(
                "tls", "string", default: "the URL's sslmode, else require",
                "disable | prefer | require | verify_ca | verify_full (libpq's sslmode)"),
            ConfigKey("ca_file", "string", default: "none", "PEM root certificates for verify_ca / verify_full"),
            ConfigKey("pool_size", "int", default: "5", "connections the pool opens at most (1–100)"),
            ConfigKey("migrate_on_start", "bool", default: "true", "apply pending migrations when the store starts"),
            ConfigKey(
                "claim_ttl_seconds", "int", default: "5",
                "a record claim is renewed every third of this while held; a killed holder's expires after it (1–3600)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case url, tls
            case caFile = "ca_file"
            case poolSize = "pool_size"
            case migrateOnStart = "migrate_on_start"
            case claimTTLSeconds = "claim_ttl_seconds"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Self()
            url = try container.decodeIfPresent(SecretReference.self, forKey: .url)
            if let text = try container.decodeIfPresent(String.self, forKey: .tls) {
                guard let mode = TLSMode(parsing: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .tls, in: container,
                        debugDescription:
                            "unknown TLS mode '\(text)'; valid: \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                tls = mode
            }
            caFile = try container.decodeIfPresent(String.self, forKey: .caFile)
            poolSize = try container.decode(.poolSize, default: defaults.poolSize)
            migrateOnStart = try container.decode(.migrateOnStart, default: defaults.migrateOnStart)
            claimTTLSeconds = try container.decode(.claimTTLSeconds, default: defaults.claimTTLSeconds)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            if url == nil { problems.append(ConfigProblem(key: "url", "is required, e.g. url: {env: DATABASE_URL}")) }
            if let caFile, caFile.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(ConfigProblem(key: "ca_file", "must not be empty"))
            }
            if caFile != nil, let tls, ![.verifyCA, .verifyFull].contains(tls) {
                problems.append(ConfigProblem(key: "ca_file", "is only used with tls: verify_ca or verify_full"))
            }
            problems.check("pool_size", poolSize, in: 1...100)
            problems.check("claim_ttl_seconds", claimTTLSeconds, in: 1...3600)
            return problems
        }
    }
}
