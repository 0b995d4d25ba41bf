public import Hummingbird
public import Logging
import ScoutCore

/// The stand-alone server `scout serve` runs: Scout's routes at the root of a Hummingbird application whose service
/// group also runs the pipeline's services (``ScoutService/services``: the Postgres store's pool); the store's
/// migrations run before the server listens (``ScoutService/prepare()``). Run it with `runService()` for graceful
/// shutdown on SIGINT/SIGTERM: the server stops first (open streams end with a `shutdown` event), then the pipeline's
/// services. Throws when two routes clash (each route is registered exactly once).
public func buildApplication(
    service: ScoutService, host: String = "127.0.0.1", port: Int = 8080, logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = Router()
    addScoutRoutes(to: router.group(), service: service)
    try router.validate()
    var app = Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "scout"),
        services: service.services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger)
    app.beforeServerStarts { try await service.prepare() }
    return app
}

/// Builds the stand-alone application and runs it until SIGINT/SIGTERM, shutting down gracefully.
public func runScoutServer(
    service: ScoutService, host: String, port: Int, logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    let app = try buildApplication(
        service: service, host: host, port: port, logger: logger, onServerRunning: onServerRunning)
    try await app.runService()
}
