import Foundation
public import ScoutCore
public import ServiceLifecycle

/// A store with a run phase and host-run migrations, over any store: it records, in order, when its service starts
/// (`run`), when it is migrated (`migrate`) and when its service stops (`stopped`, after a graceful shutdown). Like a
/// pool, its calls wait until the service runs (a store nobody runs never answers). For lifecycle tests of hosts.
public final class LifecycleStore: StoreDecorator, Service, StoreMigrations {
    public let base: any ScoutStore
    public let migratesOnStart: Bool
    private let journalLines = LockedValue<[String]>([])
    private let started = StartGate()

    public init(base: any ScoutStore, migratesOnStart: Bool = true) {
        self.base = base
        self.migratesOnStart = migratesOnStart
    }

    /// What happened, in order: `run`, `migrate`, `stopped`, and anything added with ``note(_:)``.
    public var journal: [String] { journalLines.withLock { $0 } }

    /// Adds a host's own step (e.g. `listening`) to the journal.
    public func note(_ step: String) { journalLines.withLock { $0.append(step) } }

    public func run() async throws {
        note("run")
        started.open()
        // Runs until the group shuts down gracefully (or the task is cancelled).
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        await withGracefulShutdownHandler {
            for await _ in stream {}
        } onGracefulShutdown: {
            continuation.finish()
        }
        note("stopped")
    }

    public func migrate() async throws -> [String] {
        try await started.wait()
        note("migrate")
        return ["v1_test"]
    }

    public func appliedMigrations() async throws -> [String] {
        try await started.wait()
        return journal.contains("migrate") ? ["v1_test"] : []
    }

    public func createSession(_ session: SearchSession) async throws {
        try await started.wait()
        try await base.createSession(session)
    }

    public func session(id: String, workspace: String) async throws -> SearchSession? {
        try await started.wait()
        return try await base.session(id: id, workspace: workspace)
    }

    public func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession] {
        try await started.wait()
        return try await base.sessions(workspace: workspace, limit: limit, offset: offset)
    }
}
