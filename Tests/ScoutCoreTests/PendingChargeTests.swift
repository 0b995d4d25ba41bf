import Foundation
import Logging
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// Issue 10: a billed call is a pending charge until it is settled with the record's write; what a killed process
/// left pending is settled as billed when the next pipeline is prepared.
@Suite("pending charges: settled with the record, reconciled on start")
struct PendingChargeTests {
    static let host = ProcessInfo.processInfo.hostName

    @Test("prepare settles a stopped process's pending charges as billed and leaves a live process's alone")
    func reconcile() async throws {
        let path = TestPipeline.temporarySQLitePath()
        let yaml = "store: {type: sqlite, path: \"\(path)\"}"
        let t = try await TestPipeline.make(yaml: yaml)
        let pipeline = t.orchestrator.pipeline
        let charges = try #require(pipeline.abilities.charges)
        func charge(_ id: String, owner: String, subject: String, age: TimeInterval) -> PendingCharge {
            PendingCharge(
                id: id, owner: owner,
                entry: LedgerEntry(
                    sessionID: "s", kind: .profile, subject: subject, credits: 1, cacheHit: false, at: Date()),
                recordedAt: Date().addingTimeInterval(-age))
        }
        // A dead process on this host (a pid that no process has), an old charge from another host, and a live one.
        try await charges.recordPendingCharge(charge("dead", owner: "\(Self.host):2147483000:x", subject: "1", age: 1))
        try await charges.recordPendingCharge(charge("old", owner: "elsewhere:12:x", subject: "2", age: 600))
        try await charges.recordPendingCharge(charge("live", owner: "elsewhere:12:y", subject: "3", age: 1))
        try await charges.recordPendingCharge(charge("init", owner: "\(Self.host):1:z", subject: "4", age: 1))
        #expect(try await pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 2)
        #expect(Set(try await charges.pendingCharges().map(\.id)) == ["live", "init"])
        #expect(try await pipeline.store.ledgerTotals(sessionID: "s").creditsUsed == 2)
        // Reopened by a new process (prepare runs the reconciliation): nothing more is settled.
        let again = try await TestPipeline.make(yaml: yaml)
        try await again.orchestrator.pipeline.prepare()
        #expect(try await again.orchestrator.pipeline.store.ledgerTotals(sessionID: "s").creditsUsed == 2)
    }

    @Test("every billed collect is settled: nothing stays pending and the ledger equals the vendor's collects")
    func settled() async throws {
        let t = try await TestPipeline.make(
            yaml: "store: {type: sqlite, path: \"\(TestPipeline.temporarySQLitePath())\"}")
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        _ = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 20)
        let charges = try #require(t.orchestrator.pipeline.abilities.charges)
        #expect(try await charges.pendingCharges().isEmpty)
        let ledger = try await t.orchestrator.pipeline.store.ledgerTotals(sessionID: first.session.id)
        #expect(ledger.profiles.misses == t.people.counts.profileCollects)
        #expect(ledger.companies.misses == t.people.counts.companyCollects)
    }
}
