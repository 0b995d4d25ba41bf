import Foundation
import CoreMetrics
import Metrics

/// The orchestrator's counters, created from the metrics factory it was given (nothing global).
/// Labels follow Prometheus conventions; cache counters carry a `cache` dimension (`profiles`, `companies`).
public struct ScoutMetrics: Sendable {
    let sessionsCreated: Counter
    let batchesCompleted: Counter
    let batchesFailed: Counter
    let creditsSpent: Counter
    let creditsSaved: Counter
    let profileHits: Counter
    let profileMisses: Counter
    let companyHits: Counter
    let companyMisses: Counter

    public init(factory: any MetricsFactory) {
        sessionsCreated = Counter(label: "scout_sessions_created_total", factory: factory)
        batchesCompleted = Counter(label: "scout_batches_completed_total", factory: factory)
        batchesFailed = Counter(label: "scout_batches_failed_total", factory: factory)
        creditsSpent = Counter(label: "scout_credits_spent_total", factory: factory)
        creditsSaved = Counter(label: "scout_credits_saved_total", factory: factory)
        profileHits = Counter(label: "scout_cache_hits_total", dimensions: [("cache", "profiles")], factory: factory)
        profileMisses = Counter(label: "scout_cache_misses_total", dimensions: [("cache", "profiles")], factory: factory)
        companyHits = Counter(label: "scout_cache_hits_total", dimensions: [("cache", "companies")], factory: factory)
        companyMisses = Counter(label: "scout_cache_misses_total", dimensions: [("cache", "companies")], factory: factory)
    }

    func sessionCreated() { sessionsCreated.increment() }
    func batchCompleted() { batchesCompleted.increment() }
    func batchFailed() { batchesFailed.increment() }

    /// Adds one call's ledger totals.
    func record(_ ledger: LedgerTotals) {
        creditsSpent.increment(by: ledger.creditsUsed)
        creditsSaved.increment(by: ledger.creditsSaved)
        profileHits.increment(by: ledger.profiles.hits)
        profileMisses.increment(by: ledger.profiles.misses)
        companyHits.increment(by: ledger.companies.hits)
        companyMisses.increment(by: ledger.companies.misses)
    }
}
