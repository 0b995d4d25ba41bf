import Foundation
public import Hummingbird
import HummingbirdCore
public import Logging
import NIOCore
import ScoutCore
public import ServiceLifecycle
import UnixSignals

/// The stand-alone server `scout serve` runs: Scout's routes at the root of a Hummingbird application whose service
/// group also runs the pipeline's services (``ScoutService/services``: the Postgres store's pool); the store's
/// migrations run before the server listens (``ScoutService/prepare()``). Its connections are guarded by the
/// service's ``ServerLimits``: header sizes, the idle, header and write timeouts, and a connection cap that closes
/// the connection idle the longest. Run it with ``runScoutServer(service:host:port:logger:onServerRunning:)`` for
/// graceful shutdown on SIGINT/SIGTERM, bounded by ``ServerLimits/shutdownTimeout``: the server stops first (open
/// streams end with a `shutdown` event), then the pipeline's services. Throws when two routes clash (each route is
/// registered exactly once).
public func buildApplication(
    service: ScoutService, host: String = "127.0.0.1", port: Int = 8080, logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = Router()
    addScoutRoutes(to: router.group(), service: service)
    try router.validate()
    let limits = service.limits
    let tracker = service.connections
    let http1 = HTTP1Channel.Configuration(
        additionalChannelHandlers: [
            ConnectionGuard(tracker: tracker, headerTimeout: limits.headerTimeout, writeTimeout: limits.writeTimeout)
        ],
        idleTimeout: TimeAmount(limits.idleTimeout),
        httpDecoderConfiguration: .init(
            maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: 2 * limits.maxHeaderBytes,
            maxHeaderFieldCount: limits.maxHeaderFields))
    var app = Application(
        router: router,
        server: .http1(configuration: http1),
        configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "scout"),
        services: service.services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger)
    app.beforeServerStarts { try await service.prepare() }
    return app
}

/// The service group ``runScoutServer(service:host:port:logger:onServerRunning:)`` runs: the stand-alone
/// application, shut down gracefully on SIGTERM and SIGINT (unless `handlesSignals` is false: then by
/// `triggerGracefulShutdown()`); requests in flight get
/// ``ServerLimits/shutdownTimeout`` to finish, then they are cancelled.
public func scoutServiceGroup(
    service: ScoutService, host: String, port: Int, logger: Logger,
    handlesSignals: Bool = true,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> ServiceGroup {
    let app = try buildApplication(
        service: service, host: host, port: port, logger: logger, onServerRunning: onServerRunning)
    var configuration = ServiceGroupConfiguration(
        services: [app], gracefulShutdownSignals: handlesSignals ? [.sigterm, .sigint] : [], logger: logger)
    configuration.maximumGracefulShutdownDuration = service.limits.shutdownTimeout
    return ServiceGroup(configuration: configuration)
}

/// Builds the stand-alone application and runs it until SIGINT/SIGTERM, shutting down gracefully within
/// ``ServerLimits/shutdownTimeout``.
public func runScoutServer(
    service: ScoutService, host: String, port: Int, logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    let group = try scoutServiceGroup(
        service: service, host: host, port: port, logger: logger, onServerRunning: onServerRunning)
    do {
        try await group.run()
    } catch is CancellationError {
        // The drain limit passed: what was still in flight was cancelled.
        logger.info("shutdown drain limit reached; requests still in flight were cancelled")
    } catch let error as IOError {
        // Binding failed (the port is taken, or the address is not this machine's): one line, not NIO's text.
        throw ScoutError(
            .internalError,
            "cannot listen on \(host):\(port): \(String(cString: strerror(error.errnoCode))) (choose another --host "
                + "or --port)")
    }
}
