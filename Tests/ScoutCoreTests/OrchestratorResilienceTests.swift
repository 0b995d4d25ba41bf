import Foundation
import MetricsTestKit
import ScoutCore
import ScoutTesting
import Testing

struct VendorDown: Error, CustomStringConvertible {
    var description: String { "people source unavailable (HTTP 503)" }
}

@Suite("orchestrator: failures, restarts, freshness, concurrency")
struct OrchestratorResilienceTests {
    @Test("a people source failing mid-batch leaves the session consistent; the next load more retries the batch")
    func failThenRetry() async throws {
        let t = try await TestPipeline.make()
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        let id = first.session.id
        let before = first.session.cursor
        // Fail the 5th profile collect of the next batch.
        let calls = LockedValue(0)
        t.people.setFault { call in
            guard case .profile = call else { return nil }
            return calls.withLock {
                $0 += 1; return $0
            } == 5 ? VendorDown() : nil
        }
        let failed = try await t.orchestrator.loadMore(sessionID: .init(stored: id), count: 20)
        #expect(failed.failure != nil)
        // What was done before the failing pick is kept; the cursor stops just before it.
        #expect(failed.newCandidates.count < 20)
        #expect(failed.session.cursor.batchIndex == before.batchIndex)
        #expect(failed.session.cursor.yielded == failed.newCandidates.count)
        #expect(
            try await t.orchestrator.report(sessionID: .init(stored: id)).ranked.count == first.newCandidates.count
                + failed.newCandidates.count)
        t.people.setFault(nil)
        let retried = try await t.orchestrator.loadMore(sessionID: .init(stored: id), count: 20)
        #expect(retried.failure == nil)
        #expect(retried.newCandidates.count == 20)
        // Profiles collected before the failure came from the cache on retry: nobody was billed twice.
        #expect(t.people.counts.profilesBilledTwice.isEmpty)
        #expect(t.people.counts.companiesBilledTwice.isEmpty)
        let all = try await t.orchestrator.report(sessionID: .init(stored: id)).ranked
        #expect(Set(all.map(\.employeeID)).count == all.count)
        #expect(all.count == first.newCandidates.count + failed.newCandidates.count + 20)
        // The failed slice's batch was finished by the retry: its quota is respected.
        let inBatch = all.filter { $0.batchIndex == before.batchIndex }.count
        #expect(inBatch <= 20)
    }

    @Test("a session credit budget stops cleanly, never overshoots, and keeps what was collected")
    func sessionBudget() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\nbudget: {session_credits: 15}")
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        #expect(result.failure?.code == .budgetExceeded)
        #expect(result.failure?.message.contains("budget.session_credits: 15") == true)
        let report = try await t.orchestrator.report(sessionID: result.session.sessionID)
        #expect(report.ledger.creditsUsed <= 15)
        #expect(report.ledger.creditsUsed == t.people.counts.profileCollects + t.people.counts.companyCollects)
        #expect(!report.ranked.isEmpty)
        #expect(report.ranked.count == result.newCandidates.count)
        // Loading more in the same session spends nothing more.
        let more = try await t.orchestrator.loadMore(sessionID: result.session.sessionID, count: 20)
        #expect(more.failure?.code == .budgetExceeded)
        #expect(try await t.orchestrator.report(sessionID: result.session.sessionID).ledger.creditsUsed <= 15)
    }

    @Test("a daily credit budget holds across sessions")
    func dailyBudget() async throws {
        let clock = ManualClock()
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\nbudget: {daily_credits: 60}", clock: clock)
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        #expect(first.failure == nil)
        let second = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 40)
        #expect(second.failure?.code == .budgetExceeded)
        #expect(second.failure?.message.contains("budget.daily_credits: 60") == true)
        let spent = t.people.counts.profileCollects + t.people.counts.companyCollects
        #expect(spent <= 60)
        // A new UTC day brings a new allowance.
        clock.advance(days: 1)
        let third = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 20)
        #expect(third.newCandidates.count > 0)
        #expect(t.people.counts.profileCollects + t.people.counts.companyCollects <= spent + 60)
    }

    @Test("a session survives a restart: a new process on the same SQLite file resumes at its cursor")
    func restartAndResume() async throws {
        let path = TestPipeline.temporarySQLitePath()
        let yaml = "store: {type: sqlite, path: \"\(path)\"}"
        let clock = ManualClock()
        var id = ""
        var firstIDs = Set<Int>()
        do {
            let t = try await TestPipeline.make(yaml: yaml, clock: clock)
            let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
            id = first.session.id
            firstIDs = Set(first.newCandidates.map(\.employeeID))
        }
        clock.advance(days: 5)
        let restarted = try await TestPipeline.make(yaml: yaml, clock: clock)
        let sessions = try await restarted.orchestrator.sessions()
        #expect(sessions.map(\.session.id) == [id])
        #expect(sessions.first?.candidates == 20)
        let more = try await restarted.orchestrator.loadMore(sessionID: .init(stored: id), count: 40)
        #expect(more.newCandidates.count == 40)
        #expect(firstIDs.isDisjoint(with: more.newCandidates.map(\.employeeID)))
        #expect(try await restarted.orchestrator.report(sessionID: .init(stored: id)).ranked.count == 60)
    }

    @Test("freshness: <3 days fresh, 3–89 stale but used, ≥90 collected again and fresh afterwards")
    func freshnessTable() async throws {
        let clock = ManualClock()
        let t = try await TestPipeline.make(clock: clock)
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        let paid = first.ledger.profiles.misses
        #expect(first.newCandidates.allSatisfy { $0.freshness == .fetched })
        for (day, expected, spends) in [
            (2.9, ProfileFreshness.cached, false), (3.0, .stale, false), (89.9, .stale, false),
            (90.0, .refetched, true),
        ] as [(Double, ProfileFreshness, Bool)] {
            clock.set(Date(timeIntervalSince1970: 1_795_000_000 + day * 86_400))
            let again = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
            #expect(again.newCandidates.allSatisfy { $0.freshness == expected }, "day \(day)")
            #expect((again.ledger.profiles.misses == paid) == spends, "day \(day)")
            #expect(spends || again.ledger.profiles.misses == 0, "day \(day)")
        }
        // Re-collected records got a new fetch time: the next read is fresh and free.
        let after = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        #expect(after.newCandidates.allSatisfy { $0.freshness == .cached })
        #expect(after.ledger.profiles.misses == 0)
    }

    @Test("companies are cached for 30 days")
    func companyWindow() async throws {
        let clock = ManualClock()
        let t = try await TestPipeline.make(clock: clock)
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        #expect(first.ledger.companies.misses > 0)
        clock.advance(days: 29)
        #expect(try await t.orchestrator.search(jd: TestPipeline.voiceJD).ledger.companies.misses == 0)
        clock.advance(days: 2)
        #expect(
            try await t.orchestrator.search(jd: TestPipeline.voiceJD).ledger.companies.misses
                == first.ledger.companies.misses)
    }

    @Test("ledger: per-session totals equal the vendor's own counts; money at the configured rate")
    func ledgerSums() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\npricing: {usd_per_credit: 0.5}")
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        let more = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 40)
        let report = try await t.orchestrator.report(sessionID: first.session.sessionID)
        let counts = t.people.counts
        #expect(report.ledger.creditsUsed == counts.profileCollects + counts.companyCollects)
        #expect(report.ledger.creditsUsed == first.ledger.creditsUsed + more.ledger.creditsUsed)
        #expect(report.ledger.profiles.misses == counts.profileCollects)
        #expect(report.costUSD.used == Double(report.ledger.creditsUsed) * 0.5)
    }

    @Test("two concurrent load-mores on one session never duplicate a candidate or skip a batch")
    func concurrentLoadMore() async throws {
        let path = TestPipeline.temporarySQLitePath()
        let t = try await TestPipeline.make(yaml: "store: {type: sqlite, path: \"\(path)\"}")
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        let id = first.session.id
        async let a = t.orchestrator.loadMore(sessionID: .init(stored: id), count: 40)
        async let b = t.orchestrator.loadMore(sessionID: .init(stored: id), count: 40)
        let (ra, rb) = try await (a, b)
        let report = try await t.orchestrator.report(sessionID: .init(stored: id))
        #expect(Set(report.ranked.map(\.employeeID)).count == report.ranked.count)
        #expect(report.ranked.count == first.newCandidates.count + ra.newCandidates.count + rb.newCandidates.count)
        #expect(t.people.counts.profilesBilledTwice.isEmpty)
    }
}

@Suite("orchestrator metrics")
struct OrchestratorMetricsTests {
    @Test("counters come from the injected factory: sessions, batches, credits, cache hits and misses")
    func counters() async throws {
        let metrics = TestMetrics()
        let t = try await TestPipeline.make(metrics: metrics)
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        _ = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 40)
        #expect(try metrics.expectCounter("scout_sessions_created_total").totalValue == 1)
        #expect(try metrics.expectCounter("scout_batches_completed_total").totalValue == 3)
        let report = try await t.orchestrator.report(sessionID: first.session.sessionID)
        #expect(try metrics.expectCounter("scout_credits_spent_total").totalValue == Int64(report.ledger.creditsUsed))
        #expect(try metrics.expectCounter("scout_cache_misses_total", [("cache", "profiles")]).totalValue == 60)
        // 20 then 40 with a quota of 20 per batch: three slices, each finishing its batch.
        #expect(try metrics.expectCounter("scout_slices_committed_total").totalValue == 3)
        let documented = try MetricsDocument.names(root: MetricsDocument.root(of: #filePath))
        let emitted = Set(metrics.counters.map(\.label) + metrics.recorders.map(\.label) + metrics.timers.map(\.label))
        #expect(emitted.contains("scout_cache_hit_ratio"))
        for name in emitted { #expect(documented.contains(name), "\(name) is emitted but not in docs/metrics.md") }
    }
}
