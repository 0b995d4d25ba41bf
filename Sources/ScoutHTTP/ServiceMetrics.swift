import Foundation
import Prometheus
import ScoutCore

/// Scout's service metrics on a Prometheus registry, derived from the pipeline's events and load results.
/// Plugins write to the same registry through the `MetricsFactory` the pipeline was built with.
public struct ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let sessionsCreated: Counter
    let batchesCompleted: Counter
    let batchesFailed: Counter
    let creditsSpent: Counter
    let creditsSaved: Counter
    let cacheHits: [String: Counter]
    let cacheMisses: [String: Counter]
    /// Hits / (hits + misses) per cache since the service started.
    let cacheHitRatio: [String: Gauge]
    let cacheTotals: LockedValue<[String: CacheStats]>
    let requests: LockedValue<[String: Counter]>

    public init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        sessionsCreated = registry.makeCounter(descriptor: Self.counter("sessions_created", "Search sessions created"))
        batchesCompleted = registry.makeCounter(descriptor: Self.counter("batches_completed", "Batch slices committed"))
        batchesFailed = registry.makeCounter(descriptor: Self.counter("batches_failed", "Batch slices that failed and will be retried"))
        creditsSpent = registry.makeCounter(descriptor: Self.counter("credits_spent", "Vendor credits spent"))
        creditsSaved = registry.makeCounter(descriptor: Self.counter("credits_saved", "Vendor credits saved by the cache"))
        var hits: [String: Counter] = [:], misses: [String: Counter] = [:]
        for cache in ["profiles", "companies"] {
            hits[cache] = registry.makeCounter(descriptor: Self.counter("cache_hits", "Cache hits per cache"), labels: [("cache", cache)])
            misses[cache] = registry.makeCounter(descriptor: Self.counter("cache_misses", "Cache misses per cache"), labels: [("cache", cache)])
        }
        cacheHits = hits
        cacheMisses = misses
        var ratios: [String: Gauge] = [:]
        for cache in ["profiles", "companies"] {
            ratios[cache] = registry.makeGauge(
                descriptor: MetricNameDescriptor(namespace: "scout", metricName: "cache_hit", unitName: "ratio",
                                                 helpText: "Cache hits / (hits + misses) per cache since start"),
                labels: [("cache", cache)])
        }
        cacheHitRatio = ratios
        cacheTotals = LockedValue([:])
        requests = LockedValue([:])
    }

    /// Counts one pipeline event.
    public func observe(_ event: ScoutEvent) {
        switch event {
        case .sessionCreated: sessionsCreated.increment()
        case .batchFinished: batchesCompleted.increment()
        case .batchFailed: batchesFailed.increment()
        default: break
        }
    }

    /// Adds the spend and cache use of one search or load-more.
    public func record(_ ledger: LedgerTotals) {
        creditsSpent.increment(by: Int64(ledger.creditsUsed))
        creditsSaved.increment(by: Int64(ledger.creditsSaved))
        cacheHits["profiles"]?.increment(by: Int64(ledger.profiles.hits))
        cacheMisses["profiles"]?.increment(by: Int64(ledger.profiles.misses))
        cacheHits["companies"]?.increment(by: Int64(ledger.companies.hits))
        cacheMisses["companies"]?.increment(by: Int64(ledger.companies.misses))
        let totals = cacheTotals.withLock { totals in
            for (cache, stats) in [("profiles", ledger.profiles), ("companies", ledger.companies)] {
                totals[cache, default: CacheStats()].hits += stats.hits
                totals[cache, default: CacheStats()].misses += stats.misses
            }
            return totals
        }
        for (cache, stats) in totals { cacheHitRatio[cache]?.set(stats.hitRatio) }
    }

    /// Counts one answered request by route and status class.
    func request(route: String, status: Int) {
        let key = route + " " + String(status)
        let counter = requests.withLock { counters in
            if let counter = counters[key] { return counter }
            let counter = registry.makeCounter(descriptor: Self.counter("http_requests", "HTTP requests answered"), labels: [("route", route), ("status", String(status))])
            counters[key] = counter
            return counter
        }
        counter.increment()
    }

    static func counter(_ name: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "scout", metricName: name, unitName: "total", helpText: help)
    }

    /// The Prometheus text exposition of every metric in the registry.
    public func exposition() -> String { registry.emitToString() }
}
