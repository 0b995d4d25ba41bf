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
    static let host = PendingCharge.localHost

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

    /// A dead process on this host (a pid no process has).
    static let dead = "\(host):2147483000:x"

    /// The sample world's people with the vendor balance a test sets, read by a free probe it counts.
    struct BalanceSource: PeopleSource, CreditBalanceProbe {
        let base: any PeopleSource
        let balance: LockedValue<Int?>
        let probes = LockedValue(0)
        var limits: PeopleSourceLimits { base.limits }
        func resolveCompanyID(_ company: Company) async throws -> Int? { try await base.resolveCompanyID(company) }
        func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage {
            try await base.searchPreviews(query, page: page)
        }
        func collectProfile(employeeID: Int) async throws -> Profile? {
            try await base.collectProfile(employeeID: employeeID)
        }
        func collectCompany(id: Int) async throws -> CompanyRecord? { try await base.collectCompany(id: id) }
        func creditsRemaining() async throws -> Int? {
            probes.withLock { $0 += 1 }
            return balance.withLock { $0 }
        }
    }

    /// A pipeline over a fresh SQLite file whose people source reports `balance`, and `owner` registered with
    /// `before` and three pending charges of 10 credits (oldest first: a profile, a company, a preview page), 20 credits
    /// (two profiles) settled before them.
    static func killedOwner(
        before: Int?, balance: Int?, owner: String = dead, age: TimeInterval = 30
    ) async throws -> (pipeline: Pipeline, charges: any PendingCharges, source: BalanceSource) {
        let t = try await TestPipeline.make(
            yaml: "store: {type: sqlite, path: \"\(TestPipeline.temporarySQLitePath())\"}")
        var pipeline = t.orchestrator.pipeline
        let source = BalanceSource(base: pipeline.people, balance: LockedValue(balance))
        pipeline.people = source
        let charges = try #require(pipeline.abilities.charges)
        let started = Date().addingTimeInterval(-age)
        try await charges.registerChargeOwner(ChargeOwner(owner: owner, creditsBefore: before, startedAt: started))
        for (index, id) in ["settled1", "settled2", "a", "b", "c"].enumerated() {
            let kind: CreditKind = id == "b" ? .company : id == "c" ? .previewPage : .profile
            let entry = LedgerEntry(
                sessionID: "s", kind: kind, subject: String(index + 1), credits: 10, cacheHit: false, at: Date())
            try await charges.recordPendingCharge(
                PendingCharge(id: id, owner: owner, entry: entry, recordedAt: started.addingTimeInterval(Double(index)))
            )
            if id.hasPrefix("settled") { try await charges.settlePendingCharge(id: id, entry: entry, record: nil) }
        }
        return (pipeline, charges, source)
    }

    @Test("a killed process's charges are settled by the vendor's balance: only what it billed is in the ledger")
    func reconciledByBalance() async throws {
        // 100 before, 20 settled, 60 now: 20 of the 30 pending were billed — the two oldest.
        let (pipeline, charges, source) = try await Self.killedOwner(before: 100, balance: 60)
        #expect(try await pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 2)
        #expect(try await charges.pendingCharges().isEmpty)
        #expect(try await pipeline.store.ledgerTotals(sessionID: "s").creditsUsed == 40)
        let totals = try await pipeline.store.ledgerTotals(sessionID: "s")
        #expect(
            totals.profiles.misses == 3 && totals.companies.misses == 1 && totals.previewPages == 0,
            "the oldest pending charges are the billed ones")
        #expect(source.probes.withLock { $0 } == 1)
        // The killed owner is gone; this process is registered with the balance just read, so it reads no more.
        let owners = try await charges.chargeOwners()
        #expect(!owners.contains { $0.owner == Self.dead })
        #expect(owners.map(\.creditsBefore) == [60])
        try await pipeline.reconcilePendingCharges(logger: Logger(label: "test"))
        #expect(source.probes.withLock { $0 } == 1)
    }

    @Test("the balance cannot tell: no balance before, another owner active, or a drop no charges explain — all billed")
    func reconciledAsBilled() async throws {
        // No balance before its first billed call: nothing is read, everything pending is billed.
        var t = try await Self.killedOwner(before: nil, balance: 60)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        #expect(t.source.probes.withLock { $0 } == 0)
        #expect(try await t.pipeline.store.ledgerTotals(sessionID: "s").creditsUsed == 50)
        // The balance fell by more than the pending charges (someone else spent on the key): all billed.
        t = try await Self.killedOwner(before: 100, balance: 10)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        // The balance fell by less than was settled (a second credit pool, a top-up): all billed.
        t = try await Self.killedOwner(before: 100, balance: 95)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        // The vendor does not say: all billed.
        t = try await Self.killedOwner(before: 100, balance: nil)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        // Another owner was active after the killed one started: its spend is in the drop too, so all billed.
        t = try await Self.killedOwner(before: 100, balance: 60)
        try await t.charges.registerChargeOwner(
            ChargeOwner(owner: "elsewhere:9:z", creditsBefore: 70, startedAt: Date()))
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        #expect(t.source.probes.withLock { $0 } == 0)
        // A process of another host (or pid namespace), its charges old enough to be abandoned: it may be alive and
        // still retrying, so its balance is not read.
        t = try await Self.killedOwner(before: 100, balance: 60, owner: "elsewhere:12:q", age: 600)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        #expect(t.source.probes.withLock { $0 } == 0)
        // A process that lived longer than an hour (a top-up during its life would hide as calls not billed).
        t = try await Self.killedOwner(before: 100, balance: 60, age: 4_000)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        #expect(t.source.probes.withLock { $0 } == 0)
        // Exactly explained, every pending charge billed: 30 of 30.
        t = try await Self.killedOwner(before: 100, balance: 50)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 3)
        // None billed (all three stopped before they reached the vendor).
        t = try await Self.killedOwner(before: 100, balance: 80)
        #expect(try await t.pipeline.reconcilePendingCharges(logger: Logger(label: "test")) == 0)
        #expect(try await t.pipeline.store.ledgerTotals(sessionID: "s").creditsUsed == 20)
    }

    @Test("the first billed call of a process registers it with the balance read before it, once")
    func registeredBeforeFirstBilledCall() async throws {
        let t = try await TestPipeline.make(
            yaml: "store: {type: sqlite, path: \"\(TestPipeline.temporarySQLitePath())\"}")
        let source = BalanceSource(base: t.orchestrator.pipeline.people, balance: LockedValue(1_000))
        let orchestrator = t.orchestrator { $0.people = source }
        let pipeline = orchestrator.pipeline
        let first = try await orchestrator.search(jd: TestPipeline.voiceJD)
        _ = try await orchestrator.loadMore(sessionID: first.session.sessionID, count: 10)
        #expect(source.probes.withLock { $0 } == 1)
        let charges = try #require(pipeline.abilities.charges)
        let owners = try await charges.chargeOwners()
        #expect(owners.count == 1)
        #expect(owners.first?.creditsBefore == 1_000)
        let used = try await pipeline.store.ledgerTotals(sessionID: first.session.id).creditsUsed
        #expect(used > 0 && owners.first?.settledCredits == used, "every billed charge is counted for its owner")
    }

    /// The sample world's people with hooks that run before a collect and before a billed company look-up, and the
    /// limits a test sets.
    struct HookedSource: PeopleSource {
        let base: any PeopleSource
        var limits: PeopleSourceLimits
        var beforeCollect: @Sendable (Int) async throws -> Void = { _ in }
        var beforeLookup: @Sendable (Company) async throws -> Void = { _ in }

        init(_ base: any PeopleSource, limits: (inout PeopleSourceLimits) -> Void) {
            self.base = base
            var changed = base.limits
            limits(&changed)
            self.limits = changed
        }
        func resolveCompanyID(_ company: Company) async throws -> Int? {
            try await beforeLookup(company)
            return try await base.resolveCompanyID(company)
        }
        func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage {
            try await base.searchPreviews(query, page: page)
        }
        func collectProfile(employeeID: Int) async throws -> Profile? {
            try await beforeCollect(employeeID)
            return try await base.collectProfile(employeeID: employeeID)
        }
        func collectCompany(id: Int) async throws -> CompanyRecord? { try await base.collectCompany(id: id) }
    }

    /// An orchestrator on a fresh SQLite file whose people source `hook` makes from the sample world's (with the
    /// store's pending charges at hand), and those charges.
    static func hooked(
        _ hook: (any PeopleSource, any PendingCharges) -> HookedSource
    ) async throws -> (Orchestrator, any PendingCharges) {
        let t = try await TestPipeline.make(
            yaml: "store: {type: sqlite, path: \"\(TestPipeline.temporarySQLitePath())\"}")
        let charges = try #require(t.orchestrator.pipeline.abilities.charges)
        return (t.orchestrator { $0.people = hook($0.people, charges) }, charges)
    }

    @Test("a retried billed request moves its pending charge's send time forward, so a restart waits for it too")
    func retryMarksSendTime() async throws {
        // Each collect announces its request twice, the second time (a retry) a little later, and notes its pending
        // charge as the store held it after each announcement.
        let seenTimes = LockedValue<[(first: Date, retry: Date)]>([])
        let (orchestrator, charges) = try await Self.hooked { people, charges in
            var source = HookedSource(people) { $0.announcesBilledSends = true }
            source.beforeCollect = { employeeID in
                try await BilledSend.announce()
                let first = try await charges.pendingCharges().first { $0.entry.subject == String(employeeID) }
                try await Task.sleep(for: .milliseconds(20))
                try await BilledSend.announce()
                let retry = try await charges.pendingCharges().first { $0.entry.subject == String(employeeID) }
                if let first, let retry { seenTimes.withLock { $0.append((first.recordedAt, retry.recordedAt)) } }
            }
            return source
        }
        _ = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 5)
        let seen = seenTimes.withLock { $0 }
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.retry.timeIntervalSince($0.first) >= 0.015 }, "\(seen)")
        #expect(try await charges.pendingCharges().isEmpty)
    }

    @Test("a billed company look-up is a pending charge while the vendor is asked, settled into the ledger after")
    func billedLookupIsPending() async throws {
        // Every company look-up goes to the billed one (3 credits); note whether its pending charge was in the store
        // while the vendor was asked.
        let seenLookups = LockedValue<[Bool]>([])
        let (orchestrator, charges) = try await Self.hooked { people, charges in
            var source = HookedSource(people) { $0.companyLookupCredits = 3 }
            source.beforeLookup = { company in
                let pending = try await charges.pendingCharges().contains {
                    $0.entry.kind == .companyLookup && $0.entry.subject == company.name
                }
                seenLookups.withLock { $0.append(pending) }
            }
            return source
        }
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 5)
        let lookups = seenLookups.withLock { $0 }
        #expect(!lookups.isEmpty && lookups.allSatisfy { $0 }, "\(lookups)")
        #expect(result.ledger.companyLookups == lookups.count)
        #expect(try await charges.pendingCharges().isEmpty)
    }

    @Test("the balance a reconciliation read is this process's baseline: its first billed call reads no other")
    func reconciliationRegistersThisProcess() async throws {
        let (pipeline, _, source) = try await Self.killedOwner(before: 100, balance: 60)
        try await pipeline.reconcilePendingCharges(logger: Logger(label: "test"))
        #expect(source.probes.withLock { $0 } == 1)
        let orchestrator = Orchestrator(pipeline: pipeline, clock: ManualClock(), logger: Logger(label: "test"))
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 5)
        #expect(result.ledger.creditsUsed > 0)
        #expect(source.probes.withLock { $0 } == 1, "the first billed call read the balance again")
    }
}
