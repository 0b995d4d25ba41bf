public import CoreMetrics
import Foundation
import Metrics

/// The orchestrator's metrics, created from the metrics factory it was given (nothing global). Names, labels and
/// meanings are listed in docs/metrics.md (one meaning per name); cache metrics carry a `cache` dimension
/// (`profiles`, `companies`). Copies share their hit-ratio totals, so orchestrators made for one service (batching
/// overrides) report one ratio.
public struct ScoutMetrics: Sendable {
    let sessionsCreated: Counter
    let slicesCommitted: Counter
    let batchesCompleted: Counter
    let batchesFailed: Counter
    let evaluationsFailed: Counter
    let evaluationsRescored: Counter
    let creditsSpent: Counter
    let creditsSaved: Counter
    let webSearchCredits: Counter
    let llmTokens: [String: Counter]
    let llmMicroUSD: Counter
    let hits: [String: Counter]
    let misses: [String: Counter]
    let hitRatio: [String: Gauge]
    let cacheTotals = LockedValue<[String: CacheStats]>([:])

    static let caches = ["profiles", "companies", "web_search", "jd_parse", "preview_page", "evaluation"]

    public init(factory: any MetricsFactory) {
        sessionsCreated = Counter(label: "scout_sessions_created_total", factory: factory)
        slicesCommitted = Counter(label: "scout_slices_committed_total", factory: factory)
        batchesCompleted = Counter(label: "scout_batches_completed_total", factory: factory)
        batchesFailed = Counter(label: "scout_batches_failed_total", factory: factory)
        evaluationsFailed = Counter(label: "scout_evaluations_failed_total", factory: factory)
        evaluationsRescored = Counter(label: "scout_evaluations_rescored_total", factory: factory)
        creditsSpent = Counter(label: "scout_credits_spent_total", factory: factory)
        creditsSaved = Counter(label: "scout_credits_saved_total", factory: factory)
        webSearchCredits = Counter(label: "scout_web_search_credits_total", factory: factory)
        llmTokens = Dictionary(
            uniqueKeysWithValues: ["input", "output"].map {
                ($0, Counter(label: "scout_llm_tokens_total", dimensions: [("direction", $0)], factory: factory))
            })
        llmMicroUSD = Counter(label: "scout_llm_usd_micros_total", factory: factory)
        var hits: [String: Counter] = [:], misses: [String: Counter] = [:], ratio: [String: Gauge] = [:]
        for cache in Self.caches {
            hits[cache] = Counter(label: "scout_cache_hits_total", dimensions: [("cache", cache)], factory: factory)
            misses[cache] = Counter(label: "scout_cache_misses_total", dimensions: [("cache", cache)], factory: factory)
            let gauge = Gauge(label: "scout_cache_hit_ratio", dimensions: [("cache", cache)], factory: factory)
            gauge.record(0.0)
            ratio[cache] = gauge
        }
        self.hits = hits
        self.misses = misses
        hitRatio = ratio
    }

    func sessionCreated() { sessionsCreated.increment() }
    func sliceCommitted() { slicesCommitted.increment() }
    func batchCompleted() { batchesCompleted.increment() }
    func batchFailed() { batchesFailed.increment() }
    func evaluationFailed() { evaluationsFailed.increment() }
    func evaluationRescored() { evaluationsRescored.increment() }

    /// Counts one read of an answer cache (``AnswerCache``).
    func answer(_ cache: String, hit: Bool) {
        (hit ? hits : misses)[cache]?.increment()
        let stat = cacheTotals.withLock { totals in
            if hit {
                totals[cache, default: CacheStats()].hits += 1
            } else {
                totals[cache, default: CacheStats()].misses += 1
            }
            return totals[cache, default: CacheStats()]
        }
        hitRatio[cache]?.record(stat.hitRatio)
    }

    /// Adds one call's ledger totals.
    func record(_ ledger: LedgerTotals) {
        creditsSpent.increment(by: ledger.creditsUsed)
        creditsSaved.increment(by: ledger.creditsSaved)
        webSearchCredits.increment(by: ledger.webSearchCredits)
        llmTokens["input"]?.increment(by: ledger.llmInputTokens)
        llmTokens["output"]?.increment(by: ledger.llmOutputTokens)
        llmMicroUSD.increment(by: ledger.llmMicroUSD)
        let stats = ["profiles": ledger.profiles, "companies": ledger.companies]
        for (cache, stat) in stats {
            hits[cache]?.increment(by: stat.hits)
            misses[cache]?.increment(by: stat.misses)
        }
        let totals = cacheTotals.withLock { totals in
            for (cache, stat) in stats {
                totals[cache, default: CacheStats()].hits += stat.hits
                totals[cache, default: CacheStats()].misses += stat.misses
            }
            return totals
        }
        for (cache, stat) in totals { hitRatio[cache]?.record(stat.hitRatio) }
    }
}
