import Foundation
import Logging
import PostgresNIO
import ScoutCore

/// A `ScoutStore` on PostgreSQL through PostgresNIO's `PostgresClient` (a connection pool). Several processes may
/// share one database: commits are compare-and-sets on the session cursor, and ``claimRecord(_:id:owner:ttl:)``
/// lets them fetch a vendor record once.
///
/// Only plain `query(...)` calls are used (unnamed statements), so the store also works behind a transaction-mode
/// pooler such as Supavisor on port 6543. Dates are TIMESTAMPTZ (microseconds), records JSONB.
///
/// Lifecycle: ``open(_:tls:caFile:poolSize:claimTTL:logger:migrate:)`` starts the pool's `run()` in a task the
/// store owns; ``shutdown()`` cancels it and waits (the store is unusable afterwards). Dropping the last reference
/// cancels it too.
public final class PostgresStore: ScoutStore {
    public let capabilities = StoreCapabilities(multiProcess: true)
    /// Default lifetime of a record claim.
    public let claimTTL: Duration
    let client: PostgresClient
    let logger: Logger
    private let runTask: Task<Void, Never>

    private init(client: PostgresClient, claimTTL: Duration, logger: Logger) {
        self.client = client
        self.claimTTL = claimTTL
        self.logger = logger
        runTask = Task { await client.run() }
    }

    deinit { runTask.cancel() }

    /// Connects to `connection`: one probe connection first (so a wrong host, password or TLS mode fails now, with
    /// the reason, instead of the pool retrying forever), then the pool; applies pending migrations when `migrate`.
    /// TLS: `tls`, else the URL's `sslmode`, else `require`.
    public static func open(
        _ connection: PostgresConnectionString, tls: TLSMode? = nil, caFile: String? = nil, poolSize: Int = 5,
        claimTTL: Duration = .seconds(60), logger: Logger = quietLogger, migrate: Bool = true
    ) async throws -> PostgresStore {
        let settings = try PostgresTLS(tls ?? connection.sslMode ?? .require, caFile: caFile)
        let endpoint = "\(connection.host):\(connection.port)/\(connection.database)"
        do {
            let probe = try await PostgresConnection.connect(
                configuration: try connection.connectionConfiguration(tls: settings), id: 0, logger: logger)
            try await probe.close()
        } catch {
            throw wrap(error, "connecting to \(endpoint) as \(connection.username)")
        }
        let client = PostgresClient(
            configuration: connection.clientConfiguration(tls: settings, poolSize: poolSize), backgroundLogger: logger)
        let store = PostgresStore(client: client, claimTTL: claimTTL, logger: logger)
        if migrate {
            do { try await store.migrate() } catch {
                await store.shutdown()
                throw error
            }
        }
        return store
    }

    /// The default logger of ``open(_:tls:caFile:poolSize:claimTTL:logger:migrate:)``: errors only.
    public static var quietLogger: Logger {
        var logger = Logger(label: "scout.store.postgres")
        logger.logLevel = .error
        return logger
    }

    /// Closes the pool: cancels its run task and waits for it to end.
    public func shutdown() async {
        runTask.cancel()
        await runTask.value
    }

    /// Runs `body` with the pool; errors become `ScoutError.store` naming `context`.
    @discardableResult
    func run<T: Sendable>(_ context: String, _ body: (PostgresClient) async throws -> T) async throws -> T {
        do { return try await body(client) } catch { throw Self.wrap(error, context) }
    }

    /// Runs `body` in one transaction on one pooled connection (BEGIN … COMMIT, ROLLBACK on error).
    func transaction<T: Sendable>(_ context: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw Self.wrap(error, context)
        }
    }

    /// Keeps a `ScoutError`; anything else becomes a store error with the server's message (never the query's binds).
    static func wrap(_ error: any Error, _ context: String) -> ScoutError {
        switch error {
        case let error as ScoutError: return error
        case let error as PostgresTransactionError:
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return wrap(inner, context) }
            return .store("postgres store: \(context): transaction failed")
        case let error as PSQLError:
            var text = "\(error.code)"
            if error.code == .sslUnsupported {
                text = "the server does not offer TLS (for a local server use tls: disable or ?sslmode=disable)"
            }
            if let message = error.serverInfo?[.message] { text += ": \(message)" }
            if let state = error.serverInfo?[.sqlState] { text += " (SQLSTATE \(state))" }
            if let underlying = error.underlying { text += ": \(underlying)" }
            return .store("postgres store: \(context): \(text)")
        default:
            return .store("postgres store: \(context): \(error)")
        }
    }
}

extension PostgresStore {
    /// The `postgres` factory. Resolves `url` from the environment, connects, and migrates when `migrate_on_start`.
    public static let factory = PluginFactory<any ScoutStore>(
        type: "postgres",
        summary: "sessions, cache, ledger and record claims in PostgreSQL (several processes; Supabase-compatible)",
        config: Config.self
    ) { config, context in
        guard let reference = config.url else { throw ScoutError(.config, "\(context.path).url: is required") }
        let secret = try context.secrets.resolve(reference, for: "\(context.path).url")
        let connection: PostgresConnectionString
        do { connection = try PostgresConnectionString(secret.value) } catch let error as ScoutError {
            throw ScoutError(.config, "\(context.path).url ({env: \(reference.env)}): \(error.message)")
        }
        return try await PostgresStore.open(
            connection, tls: config.tls, caFile: config.caFile, poolSize: config.poolSize,
            claimTTL: .seconds(config.claimTTLSeconds), logger: context.logger, migrate: config.migrateOnStart)
    }
}
