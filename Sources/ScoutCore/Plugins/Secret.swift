public import Foundation

/// A secret named in configuration by environment variable only: `api_key: {env: CORESIGNAL_API_KEY}`.
/// A literal value is a decode error, so a key can never be committed in plugins.yaml.
public struct SecretReference: Decodable, Sendable, Equatable, CustomStringConvertible {
    public var env: String

    public init(env: String) { self.env = env }

    private enum CodingKeys: String, CodingKey { case env }

    public init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self),
            let name = try? container.decode(String.self, forKey: .env), !name.isEmpty
        else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "secrets must be an environment reference such as {env: API_KEY}; literal values are not allowed"
                ))
        }
        env = name
    }

    public var description: String { "{env: \(env)}" }
}

/// A resolved secret. Its description is redacted so it cannot leak through logs or errors.
public struct Secret: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The raw value, for building a request header. Never log it.
    public let value: String

    public init(_ value: String) { self.value = value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}

/// Resolves secret references from an environment captured at start-up.
public struct SecretResolver: Sendable {
    private let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The secret's value; throws a config error naming the variable (never a value) when it is unset or empty.
    public func resolve(_ reference: SecretReference, for path: String) throws -> Secret {
        guard let value = environment[reference.env], !value.isEmpty else {
            throw ScoutError(.config, "\(path): environment variable \(reference.env) is not set")
        }
        return Secret(value)
    }
}
