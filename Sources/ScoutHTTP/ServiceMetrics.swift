import Foundation
public import Metrics
public import Prometheus
import ScoutCore

/// The service's Prometheus registry and the HTTP service's own metrics: `scout_http_requests_total{route,status}`,
/// `scout_http_request_duration_seconds{route}` (answers other than streams), `scout_http_streams_total{route,outcome}`
/// and `scout_http_stream_duration_seconds{route}`.
/// Everything else `/metrics` shows (the orchestrator's and the plugins' metrics, docs/metrics.md) is written through
/// the same registry's `MetricsFactory`, which ``ScoutService/make(config:registry:keys:logger:clock:secrets:dataDirectory:prometheus:)``
/// gives the pipeline and the orchestrator: one path, through swift-metrics.
public struct ServiceMetrics: Sendable {
    public static let requestsLabel = "scout_http_requests_total"
    public static let durationLabel = "scout_http_request_duration_seconds"
    public static let streamsLabel = "scout_http_streams_total"
    public static let streamDurationLabel = "scout_http_stream_duration_seconds"

    public let registry: PrometheusCollectorRegistry
    /// Writes to ``registry``.
    public let factory: any MetricsFactory

    public init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        factory = PrometheusMetricsFactory(registry: registry)
    }

    /// Counts one answered request by route and status, and records how long it took to answer.
    func request(route: String, status: Int, duration: Duration? = nil) {
        Counter(
            label: Self.requestsLabel, dimensions: [("route", route), ("status", String(status))], factory: factory
        ).increment()
        if let duration {
            Timer(label: Self.durationLabel, dimensions: [("route", route)], factory: factory).record(
                duration: duration)
        }
    }

    /// Counts one finished event stream by route and outcome (`completed`, `error`, `shutdown`, `client_gone`) and
    /// records how long it ran.
    func stream(route: String, outcome: SSE.Outcome, duration: Duration) {
        Counter(
            label: Self.streamsLabel, dimensions: [("route", route), ("outcome", outcome.rawValue)], factory: factory
        ).increment()
        Timer(label: Self.streamDurationLabel, dimensions: [("route", route)], factory: factory)
            .record(duration: duration)
    }

    /// The Prometheus text exposition of every metric in the registry.
    public func exposition() -> String { registry.emitToString() }
}
