import Foundation
public import Logging
import PostgresNIO
public import ScoutCore
public import ServiceLifecycle

/// A `ScoutStore` on PostgreSQL through PostgresNIO's `PostgresClient` (a connection pool). Several processes may
/// share one database: commits are compare-and-sets on the session cursor, and ``claimRecord(_:id:owner:ttl:)``
/// lets them fetch a vendor record once.
///
/// Only plain `query(...)` calls are used (unnamed statements), so the store also works behind a transaction-mode
/// pooler such as Supavisor on port 6543. Dates are TIMESTAMPTZ (microseconds), records JSONB.
///
/// Lifecycle: the store is a swift-service-lifecycle `Service`. The pool runs in ``run()``, which the host's
/// `ServiceGroup` calls (a built `Pipeline` lists the store in `services`); pending migrations are applied by the host
/// before it serves (``StoreMigrations``, `migrate_on_start`), never by the factory. ``open(_:tls:caFile:poolSize:claimTTL:logger:migrate:)``
/// is the stand-alone form for tools and tests: it runs the pool in a task the store owns until ``shutdown()``.
public final class PostgresStore: ScoutStore, Service, StoreMigrations {
    /// Default lifetime of a record claim.
    public let claimTTL: Duration
    /// Whether the host applies pending migrations before it serves (`migrate_on_start`).
    public let migratesOnStart: Bool
    let client: PostgresClient
    let logger: Logger
    /// Who runs the pool: ``run()`` (a service) or the task ``open(_:tls:caFile:poolSize:claimTTL:logger:migrate:)`` starts.
    private let running = LockedValue<RunState>(.idle)
    /// Opens when the pool starts running; every query waits for it (work may start together with the service group).
    private let started = StartGate()

    private enum RunState: Sendable {
        case idle
        case service
        case owned(Task<Void, Never>)
    }

    private init(client: PostgresClient, claimTTL: Duration, migratesOnStart: Bool, logger: Logger) {
        self.client = client
        self.claimTTL = claimTTL
        self.migratesOnStart = migratesOnStart
        self.logger = logger
    }

    deinit {
        if case .owned(let task) = running.withLock({ $0 }) { task.cancel() }
    }

    /// Connects to `connection` with one probe connection (so a wrong host, password or TLS mode fails now, with the
    /// reason, instead of the pool retrying forever) and makes the pool, without running it: the host runs the store
    /// as a `Service`. TLS: `tls`, else the URL's `sslmode`, else `require`.
    public static func connect(
        _ connection: PostgresConnectionString, tls: TLSMode? = nil, caFile: String? = nil, poolSize: Int = 5,
        claimTTL: Duration = .seconds(5), logger: Logger = quietLogger, migratesOnStart: Bool = true
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
        return PostgresStore(client: client, claimTTL: claimTTL, migratesOnStart: migratesOnStart, logger: logger)
    }

    /// ``connect(_:tls:caFile:poolSize:claimTTL:logger:migratesOnStart:)``, then runs the pool in a task the store
    /// owns (until ``shutdown()``) and applies pending migrations when `migrate`: a store usable outside a
    /// `ServiceGroup`.
    public static func open(
        _ connection: PostgresConnectionString, tls: TLSMode? = nil, caFile: String? = nil, poolSize: Int = 5,
        claimTTL: Duration = .seconds(5), logger: Logger = quietLogger, migrate: Bool = true
    ) async throws -> PostgresStore {
        let store = try await connect(
            connection, tls: tls, caFile: caFile, poolSize: poolSize, claimTTL: claimTTL,
            logger: logger, migratesOnStart: migrate)
        store.running.withLock { state in
            state = .owned(
                Task {
                    store.started.open()
                    await store.client.run()
                })
        }
        if migrate {
            do { try await store.migrate() } catch {
                await store.shutdown()
                throw error
            }
        }
        return store
    }

    /// Runs the connection pool until the task is cancelled or the service group shuts down gracefully.
    public func run() async throws {
        try running.withLock { state in
            guard case .idle = state else {
                throw ScoutError(.internalError, "postgres store: the pool is already running")
            }
            state = .service
        }
        started.open()
        await client.run()
    }

    /// The default logger of ``open(_:tls:caFile:poolSize:claimTTL:logger:migrate:)``: errors only.
    public static var quietLogger: Logger {
        var logger = Logger(label: "scout.store.postgres")
        logger.logLevel = .error
        return logger
    }

    /// Closes a pool that ``open(_:tls:caFile:poolSize:claimTTL:logger:migrate:)`` started: cancels its run task and
    /// waits for it to end (the store is unusable afterwards). A store run as a `Service` stops with its group.
    public func shutdown() async {
        guard case .owned(let task) = running.withLock({ $0 }) else { return }
        task.cancel()
        await task.value
    }

    /// Runs `body` with the pool; errors become `ScoutError.store` naming `context`.
    @discardableResult
    func run<T: Sendable>(_ context: String, _ body: (PostgresClient) async throws -> T) async throws -> T {
        do {
            try await started.wait()
            return try await body(client)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw Self.wrap(error, context)
        }
    }

    /// Runs `body` in one transaction on one pooled connection (BEGIN … COMMIT, ROLLBACK on error).
    func transaction<T: Sendable>(_ context: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            try await started.wait()
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw Self.wrap(error, context)
        }
    }

    /// Keeps a `ScoutError`; anything else becomes a store error with the server's message (never the query's binds).
    static func wrap(_ error: any Error, _ context: String) -> ScoutError {
        switch error {
        case let error as ScoutError: return error
        case is CancellationError:
            return ScoutError(.internalError, "postgres store: \(context): cancelled", cause: error)
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
            return ScoutError(.store, "postgres store: \(context): \(text)", cause: error)
        default:
            return ScoutError(.store, "postgres store: \(context): \(error)", cause: error)
        }
    }
}

extension PostgresStore {
    /// The `postgres` factory. Resolves `url` from the environment and connects (a probe); the pool runs as the
    /// pipeline's service, and the host migrates before serving when `migrate_on_start`.
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
        return try await PostgresStore.connect(
            connection, tls: config.tls, caFile: config.caFile, poolSize: config.poolSize,
            claimTTL: .seconds(config.claimTTLSeconds), logger: context.logger, migratesOnStart: config.migrateOnStart)
    }
}
