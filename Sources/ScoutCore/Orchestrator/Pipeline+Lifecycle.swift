import Foundation
public import Logging
public import ServiceLifecycle

extension Pipeline {
    /// The stages that own something long-lived (the Postgres store's connection pool), as swift-service-lifecycle
    /// services. The host runs them in its `ServiceGroup` (``run(logger:_:)`` for a command, the HTTP application's
    /// group for `scout serve`) for as long as it uses the pipeline; a stage that is no `Service` needs no running.
    public var services: [any Service] {
        Self.services(of: [jdParser, webSearch, batching, people, store, evaluator] + discovery.map(\.strategy))
    }

    /// The stages among `stages` that are services, each instance once.
    public static func services(of stages: [Any]) -> [any Service] {
        var seen = Set<ObjectIdentifier>()
        return stages.compactMap { stage -> (any Service)? in
            guard let service = stage as? any Service else { return nil }
            // One instance serving two stage kinds is run once.
            if type(of: stage) is AnyClass, !seen.insert(ObjectIdentifier(stage as AnyObject)).inserted { return nil }
            return service
        }
    }

    /// What runs once the services are running and before any work: the store's pending migrations when it
    /// migrates on start, then the reconciliation of pending charges a killed process left
    /// (``reconcilePendingCharges(logger:)``). `scout serve` runs it before the server listens.
    public func prepare(logger: Logger = Logger(label: "scout.pipeline")) async throws {
        if let migrations = abilities.migrations, migrations.migratesOnStart { _ = try await migrations.migrate() }
        try await reconcilePendingCharges(logger: logger)
    }

    /// Runs `body` while the pipeline's services run: starts them in a `ServiceGroup`, runs ``prepare()``, then
    /// `body`, then shuts the services down gracefully (also when `body` throws) and waits for them to end.
    /// The group installs no signal handlers: a command's process ends as it always did on Ctrl-C.
    public func run<T>(logger: Logger, _ body: () async throws -> T) async throws -> T {
        try await Self.run(services, logger: logger) {
            try await prepare(logger: logger)
            return try await body()
        }
    }

    /// Runs `body` in this task while `services` run in a `ServiceGroup` beside it, then shuts them down gracefully
    /// (in reverse order) and waits for them. With no services, just runs `body`.
    public static func run<T>(_ services: [any Service], logger: Logger, _ body: () async throws -> T) async throws -> T
    {
        guard !services.isEmpty else { return try await body() }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: services, logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let value: T
            do {
                value = try await body()
            } catch {
                await group.triggerGracefulShutdown()
                do { try await tasks.waitForAll() } catch {
                    logger.warning("pipeline services failed while stopping", metadata: ["error": "\(error)"])
                }
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return value
        }
    }
}
