import Foundation
public import Metrics
public import Prometheus
import ScoutCore

/// The service's Prometheus registry and its one metric of its own, `scout_http_requests_total{route,status}`.
/// Everything else `/metrics` shows (the orchestrator's and the plugins' metrics, docs/metrics.md) is written through
/// the same registry's `MetricsFactory`, which ``ScoutService/make(config:registry:keys:logger:clock:secrets:dataDirectory:prometheus:)``
/// gives the pipeline and the orchestrator: one path, through swift-metrics.
public struct ServiceMetrics: Sendable {
    public static let requestsLabel = "scout_http_requests_total"

    public let registry: PrometheusCollectorRegistry
    /// Writes to ``registry``.
    public let factory: any MetricsFactory

    public init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        factory = PrometheusMetricsFactory(registry: registry)
    }

    /// Counts one answered request by route and status.
    func request(route: String, status: Int) {
        Counter(
            label: Self.requestsLabel, dimensions: [("route", route), ("status", String(status))], factory: factory
        ).increment()
    }

    /// The Prometheus text exposition of every metric in the registry.
    public func exposition() -> String { registry.emitToString() }
}
