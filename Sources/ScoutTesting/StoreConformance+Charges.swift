import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    /// ``PendingCharges``: recorded, listed, and settled once, with the ledger entry and the record in one step.
    static let chargeChecks: [Check] = [
        Check("a pending charge settles once: its ledger entry and its record together") { store in
            let charges = try #require(StoreAbilities(of: store).charges, "the store offers pending charges")
            let entry = LedgerEntry(
                sessionID: "s", kind: .profile, subject: "1", credits: 10, cacheHit: false, at: F.time(0))
            try await charges.recordPendingCharge(
                PendingCharge(id: "c1", owner: "h:1:t", entry: entry, recordedAt: F.time(0)))
            let pending = try await charges.pendingCharges()
            #expect(pending.map(\.id) == ["c1"])
            #expect(pending.first?.entry.subject == "1" && pending.first?.entry.credits == 10)
            #expect(pending.first?.owner == "h:1:t")
            #expect(try await store.ledgerTotals(sessionID: "s").creditsUsed == 0, "pending is not spent yet")
            let profile = F.profile(1)
            #expect(
                try await charges.settlePendingCharge(
                    id: "c1", entry: entry, record: .profile(profile, fetchedAt: F.time(5))))
            #expect(try await charges.pendingCharges().isEmpty)
            #expect(try await store.ledgerTotals(sessionID: "s").creditsUsed == 10)
            #expect(close(try await store.cachedProfile(employeeID: 1)?.fetchedAt, F.time(5)))
            // Settled again (a reconciliation that raced the settle): the entry is not written twice.
            #expect(try await charges.settlePendingCharge(id: "c1", entry: entry, record: nil) == false)
            #expect(try await store.ledgerTotals(sessionID: "s").creditsUsed == 10)
        },
        Check("a pending charge that was not billed settles without a ledger entry") { store in
            let charges = try #require(StoreAbilities(of: store).charges, "the store offers pending charges")
            let entry = LedgerEntry(
                sessionID: "s", kind: .company, subject: "7", credits: 10, cacheHit: false, at: F.time(0))
            try await charges.recordPendingCharge(
                PendingCharge(id: "c2", owner: "h:1:t", entry: entry, recordedAt: F.time(0)))
            #expect(try await charges.settlePendingCharge(id: "c2", entry: nil, record: nil))
            #expect(try await charges.pendingCharges().isEmpty)
            #expect(try await store.ledgerTotals(sessionID: "s").creditsUsed == 0)
            #expect(try await store.cachedCompany(id: 7) == nil)
        },
    ]
}
