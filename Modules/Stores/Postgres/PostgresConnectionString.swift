import Foundation
import NIOSSL
import PostgresNIO
import ScoutCore

/// A parsed `postgres://user:password@host:port/database?sslmode=…` connection string. Errors never quote the
/// string itself, which holds the password.
public struct PostgresConnectionString: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    /// The `sslmode` query parameter, when given.
    public var sslMode: PostgresStore.TLSMode?
    /// The `application_name` query parameter, sent at start-up.
    public var applicationName: String?

    public init(_ text: String) throws {
        func fail(_ reason: String) -> ScoutError { .badInput("postgres store: the connection string \(reason)") }
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw fail("is not a URL (expected postgres://user:password@host:port/database)")
        }
        guard let scheme = components.scheme?.lowercased(), ["postgres", "postgresql"].contains(scheme) else {
            throw fail("must start with postgres:// or postgresql://")
        }
        guard var host = components.host, !host.isEmpty else { throw fail("has no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard let user = components.user, !user.isEmpty else { throw fail("has no user name") }
        self.host = host
        port = components.port ?? 5432
        username = user
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? "postgres" : (path.removingPercentEncoding ?? path)
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(PostgresStore.TLSMode.init(parsing:)) else {
                    throw fail("has an unknown sslmode '\(item.value ?? "")'")
                }
                sslMode = mode
            case "application_name": applicationName = item.value
            default: throw fail("has an unsupported parameter '\(item.name)' (supported: sslmode, application_name)")
            }
        }
    }

    /// The pool's configuration for this server.
    func clientConfiguration(tls: PostgresTLS, poolSize: Int) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls.client)
        configuration.options.maximumConnections = poolSize
        configuration.options.minimumConnections = 0
        configuration.options.connectTimeout = .seconds(10)
        if let applicationName {
            configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        }
        return configuration
    }

    /// A single connection's configuration, for the start-up probe that reports why a server is unreachable.
    func connectionConfiguration(tls: PostgresTLS) throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: try tls.connection())
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }
}

/// A TLS mode turned into NIOSSL settings: libpq semantics (`prefer`/`require` encrypt without checking the
/// certificate; `verify_ca` checks the chain; `verify_full` also the host name).
struct PostgresTLS {
    /// nil: plain TCP.
    var configuration: TLSConfiguration?
    /// Whether a server without TLS is refused.
    var required: Bool

    init(_ mode: PostgresStore.TLSMode, caFile: String?) throws {
        required = mode != .prefer
        var tls = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            configuration = nil
            return
        case .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let caFile, mode == .verifyCA || mode == .verifyFull {
            guard FileManager.default.isReadableFile(atPath: caFile) else {
                throw ScoutError(.config, "postgres store: ca_file '\(caFile)' is not a readable file")
            }
            tls.trustRoots = .file(caFile)
        }
        configuration = tls
    }

    var client: PostgresClient.Configuration.TLS {
        guard let configuration else { return .disable }
        return required ? .require(configuration) : .prefer(configuration)
    }

    func connection() throws -> PostgresConnection.Configuration.TLS {
        guard let configuration else { return .disable }
        let context = try NIOSSLContext(configuration: configuration)
        return required ? .require(context) : .prefer(context)
    }
}
