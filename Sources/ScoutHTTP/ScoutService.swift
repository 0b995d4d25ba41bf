public import Foundation
public import Logging
import Metrics
public import Prometheus
public import ScoutCore
public import ServiceLifecycle

/// Everything Scout's routes need: the orchestrator, the API keys, metrics, idempotency memory and the shutdown
/// switch for open streams. One instance serves every request; mount it with ``addScoutRoutes(to:service:)``.
public final class ScoutService: Sendable {
    /// Largest request body accepted by default (1 MiB, ``ServerLimits/maxBodyBytes``); larger bodies are 413.
    public static let defaultMaxBodyBytes = ServerLimits.default.maxBodyBytes

    public let orchestrator: Orchestrator
    public let keys: APIKeys
    public let metrics: ServiceMetrics
    /// Ends open SSE streams with a final `shutdown` event; ``buildApplication(service:host:port:logger:)`` wires it
    /// to graceful shutdown, and embedders may call `shutdown.shutDown()` themselves.
    public let shutdown = ShutdownNotifier()
    /// The bounds this service keeps (``ServerLimits``).
    public let limits: ServerLimits
    public var maxBodyBytes: Int { limits.maxBodyBytes }
    let overrides: BatchingOverrides?
    /// Load-more answers under an `Idempotency-Key`, kept by the store per workspace (``IdempotentAnswers``).
    let idempotency: IdempotentRequests
    let admission: AdmissionControl
    /// Where API work runs, apart from health checks (``WorkExecutor``).
    let work: WorkExecutor
    /// The stand-alone server's connections (``buildApplication(service:host:port:logger:onServerRunning:)``).
    let connections: ConnectionTracker

    /// - Parameters:
    ///   - registry, runtime: when given, requests may override the batching mode and batch size; otherwise such
    ///     overrides are answered 422.
    ///   - limits: the bounds kept under hostile or heavy traffic; `maxBodyBytes`, when given, replaces its body size.
    public init(
        orchestrator: Orchestrator, keys: APIKeys, metrics: ServiceMetrics, registry: PluginRegistry? = nil,
        runtime: RuntimeContext? = nil, maxBodyBytes: Int? = nil, limits: ServerLimits = .default
    ) {
        self.orchestrator = orchestrator
        self.keys = keys
        self.metrics = metrics
        var limits = limits
        if let maxBodyBytes { limits.maxBodyBytes = maxBodyBytes }
        self.limits = limits
        admission = AdmissionControl(
            maxInFlight: limits.maxInFlight, maxPerKey: limits.maxPerKey, retryAfter: limits.retryAfterSeconds)
        connections = ConnectionTracker(capacity: limits.effectiveMaxConnections)
        work = WorkExecutor(threads: limits.workThreads)
        idempotency = IdempotentRequests(
            store: orchestrator.pipeline.abilities.idempotency ?? ProcessIdempotency(), clock: orchestrator.clock,
            limits: IdempotencyLimits(), logger: orchestrator.logger)
        self.overrides = registry.flatMap { registry in
            runtime.map { BatchingOverrides(base: orchestrator, registry: registry, runtime: $0) }
        }
    }

    /// Builds the pipeline from a validated config with a Prometheus registry as its `MetricsFactory` (so plugin
    /// metrics are exported by `/metrics` too), then the service.
    public static func make(
        config: PipelineConfig, registry: PluginRegistry, keys: APIKeys, logger: Logger,
        clock: any ScoutClock = SystemClock(), secrets: SecretResolver = SecretResolver(),
        dataDirectory: URL = URL(fileURLWithPath: ".scout"),
        prometheus: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), limits: ServerLimits = .default
    ) async throws -> ScoutService {
        let metrics = ServiceMetrics(registry: prometheus)
        let runtime = RuntimeContext(
            logger: logger, metrics: metrics.factory, clock: clock, secrets: secrets,
            dataDirectory: dataDirectory)
        let pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let orchestrator = Orchestrator(pipeline: pipeline, clock: clock, logger: logger, metrics: runtime.metrics)
        return ScoutService(
            orchestrator: orchestrator, keys: keys, metrics: metrics, registry: registry, runtime: runtime,
            limits: limits)
    }

    var usdPerCredit: Double { orchestrator.pipeline.pricing.usdPerCredit }

    /// The pipeline's services (the Postgres store's pool): the host's `ServiceGroup` runs them for as long as it
    /// serves. ``buildApplication(service:host:port:logger:onServerRunning:)`` adds them to its application; an
    /// embedder adds them to its own (`Application(…, services: service.services)`).
    public var services: [any Service] { orchestrator.pipeline.services }

    /// What must happen once the services run and before the routes serve: the store's pending migrations (when it
    /// migrates on start). An embedder calls it from `beforeServerStarts`.
    public func prepare() async throws { try await orchestrator.pipeline.prepare() }

    /// True when the store answers a cheap query.
    func storeIsReachable() async -> Bool {
        do {
            _ = try await orchestrator.pipeline.store.sessions(workspace: "readyz-probe", limit: 1, offset: 0)
            return true
        } catch {
            return false
        }
    }
}

/// Builds (and remembers) orchestrators whose batching differs from the configured one, for per-request overrides.
struct BatchingOverrides: Sendable {
    let base: Orchestrator
    let registry: PluginRegistry
    let runtime: RuntimeContext
    let built = LockedValue<[String: Orchestrator]>([:])

    var modes: [String] { registry.batchings.keys.sorted() }

    func orchestrator(mode: String?, batchSize: Int?) async throws -> Orchestrator {
        let mode = mode ?? base.pipeline.batchingMode
        guard registry.batchings[mode] != nil else {
            throw ScoutHTTPError.invalid(
                "batching.mode", "unknown batching mode '\(mode)' (valid: \(modes.joined(separator: ", ")))")
        }
        let id = "\(mode)|\(batchSize.map(String.init) ?? "")"
        if let cached = built.withLock({ $0[id] }) { return cached }
        // `mode` is a registered type name and `batchSize` an integer, so this YAML cannot be injected into.
        var yaml = "store: {type: memory}\nbatching: {type: \(mode)"
        if let batchSize { yaml += ", batch_size: \(batchSize)" }
        yaml += "}\n"
        let spec: StageSpec
        do {
            spec = try ConfigLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "request").batching
        } catch {
            let detail = (error as? ConfigError)?.issues.map(\.message).joined(separator: "; ") ?? "\(error)"
            throw ScoutHTTPError.invalid(
                batchSize == nil ? "batching.mode" : "batching.batch_size", "invalid batching override: \(detail)")
        }
        guard let factory = registry.batchings[spec.type] else {
            throw ScoutHTTPError.invalid("batching.mode", "unknown batching mode")
        }
        let context = BuildContext(
            id: spec.id, path: "batching", logger: runtime.logger, metrics: runtime.metrics, clock: runtime.clock,
            secrets: runtime.secrets, dataDirectory: runtime.dataDirectory)
        var pipeline = base.pipeline
        pipeline.batching = try await factory.make(spec.config, context: context)
        pipeline.batchingMode = mode
        pipeline.batchingEnabled = true
        let orchestrator = Orchestrator(
            pipeline: pipeline, clock: base.clock, logger: base.logger, metrics: base.metrics)
        built.withLock { $0[id] = orchestrator }
        return orchestrator
    }
}
