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
        Check("a charge owner keeps its first balance and counts the credits of its charges settled as billed") {
            store in
            let charges = try #require(StoreAbilities(of: store).charges, "the store offers pending charges")
            try await charges.registerChargeOwner(ChargeOwner(owner: "h:1:a", creditsBefore: 500, startedAt: F.time(0)))
            // Registered again (another pipeline of the same process): the first balance stays.
            try await charges.registerChargeOwner(ChargeOwner(owner: "h:1:a", creditsBefore: 90, startedAt: F.time(9)))
            try await charges.registerChargeOwner(ChargeOwner(owner: "h:2:b", creditsBefore: nil, startedAt: F.time(1)))
            var owners = try await charges.chargeOwners()
            #expect(owners.map(\.owner) == ["h:1:a", "h:2:b"])
            #expect(owners.first?.creditsBefore == 500 && owners.first?.settledCredits == 0)
            #expect(owners.last?.creditsBefore == nil)
            #expect(close(owners.first?.startedAt, F.time(0)))
            func charge(_ id: String, _ owner: String, credits: Int, at: Double) -> PendingCharge {
                PendingCharge(
                    id: id, owner: owner,
                    entry: LedgerEntry(
                        sessionID: "s", kind: .profile, subject: id, credits: credits, cacheHit: false,
                        at: F.time(at)),
                    recordedAt: F.time(at))
            }
            // Recording marks the owner active; settling as billed adds its credits; not billed adds none.
            try await charges.recordPendingCharge(charge("p1", "h:1:a", credits: 10, at: 30))
            try await charges.recordPendingCharge(charge("p2", "h:1:a", credits: 7, at: 31))
            try await charges.recordPendingCharge(charge("p3", "h:1:a", credits: 5, at: 32))
            owners = try await charges.chargeOwners()
            #expect(close(owners.first?.lastActiveAt, F.time(32)))
            #expect(close(owners.last?.lastActiveAt, F.time(1)), "another owner is not touched")
            // A retry of p2's call left later: its send time and its owner's activity move forward.
            try await charges.markPendingChargeSent(id: "p2", at: F.time(40))
            try await charges.markPendingChargeSent(id: "gone", at: F.time(50))
            #expect(close(try await charges.pendingCharges().first { $0.id == "p2" }?.recordedAt, F.time(40)))
            #expect(close(try await charges.chargeOwners().first?.lastActiveAt, F.time(40)))
            let p1 = try #require(try await charges.pendingCharges().first { $0.id == "p1" })
            try await charges.settlePendingCharge(id: "p1", entry: p1.entry, record: nil)
            try await charges.settlePendingCharge(id: "p2", entry: nil, record: nil)
            // Settled twice: counted once.
            try await charges.settlePendingCharge(id: "p1", entry: p1.entry, record: nil)
            owners = try await charges.chargeOwners()
            #expect(owners.first?.settledCredits == 10)
            #expect(owners.last?.settledCredits == 0)
            try await charges.removeChargeOwner("h:1:a")
            #expect(try await charges.chargeOwners().map(\.owner) == ["h:2:b"])
            // A charge of an owner that is not registered settles as before.
            try await charges.settlePendingCharge(
                id: "p3", entry: charge("p3", "h:1:a", credits: 5, at: 32).entry, record: nil)
            #expect(try await store.ledgerTotals(sessionID: "s").creditsUsed == 15)
        },
    ]
}
