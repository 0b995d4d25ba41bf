public import CoreMetrics
import Foundation

/// Per-attempt vendor call metrics, recorded through the plugin's `MetricsFactory` (never the global one):
///
/// - `scout_vendor_requests_total{vendor,status}`: every attempt; `status` is the HTTP status, `timeout` or `transport`;
/// - `scout_vendor_rate_limited_total{vendor}`: attempts answered 429;
/// - `scout_vendor_retries_total{vendor}`: retries scheduled;
/// - `scout_vendor_request_duration_seconds{vendor}`: real time of one attempt, streamed body included;
/// - `scout_vendor_pace_limit{vendor}`: requests per rate window the client's ``RateLimiter`` now allows.
///
/// `vendor` is the metrics id of the vendor: `coresignal`, `tavily`, `anthropic`, `openai_compatible`.
public struct VendorMetrics: Sendable {
    /// How one attempt ended.
    public enum AttemptStatus: Sendable, Equatable {
        case http(Int), timeout, transport

        public var label: String {
            switch self {
            case .http(let code): String(code)
            case .timeout: "timeout"
            case .transport: "transport"
            }
        }
    }

    public static let requestsLabel = "scout_vendor_requests_total"
    public static let rateLimitedLabel = "scout_vendor_rate_limited_total"
    public static let retriesLabel = "scout_vendor_retries_total"
    public static let durationLabel = "scout_vendor_request_duration_seconds"
    public static let paceLabel = "scout_vendor_pace_limit"

    /// The `vendor` dimension.
    public let vendor: String
    let factory: any MetricsFactory
    let rateLimited: Counter
    let retries: Counter
    let duration: CoreMetrics.Timer
    let paceLimit: Gauge

    public init(vendor: String, factory: any MetricsFactory) {
        self.vendor = vendor
        self.factory = factory
        let dimensions = [("vendor", vendor)]
        rateLimited = Counter(label: Self.rateLimitedLabel, dimensions: dimensions, factory: factory)
        retries = Counter(label: Self.retriesLabel, dimensions: dimensions, factory: factory)
        duration = CoreMetrics.Timer(label: Self.durationLabel, dimensions: dimensions, factory: factory)
        paceLimit = Gauge(label: Self.paceLabel, dimensions: dimensions, factory: factory)
    }

    /// The metrics id of a vendor's display name: lower case, other characters as `_` ("OpenAI-compatible" →
    /// `openai_compatible`).
    public static func id(of vendor: String) -> String {
        String(vendor.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// Records one finished attempt.
    func attempt(_ status: AttemptStatus, nanoseconds: Int64) {
        Counter(
            label: Self.requestsLabel, dimensions: [("vendor", vendor), ("status", status.label)], factory: factory
        ).increment()
        if status == .http(429) { rateLimited.increment() }
        duration.recordNanoseconds(nanoseconds)
    }

    /// Records a scheduled retry.
    func retry() { retries.increment() }

    /// Records the pace the rate limiter now allows, in requests per window.
    func pace(_ limit: Double) { paceLimit.record(limit) }
}
