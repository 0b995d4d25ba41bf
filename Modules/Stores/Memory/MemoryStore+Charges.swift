public import Foundation
public import ScoutCore

/// Pending charges in the actor: a settle is one actor turn, so the charge, its ledger entry and its record change
/// together.
extension MemoryStore: PendingCharges {
    public func recordPendingCharge(_ charge: PendingCharge) {
        pending.append(charge)
        if let active = chargeOwnerRows[charge.owner]?.lastActiveAt, active < charge.recordedAt {
            chargeOwnerRows[charge.owner]?.lastActiveAt = charge.recordedAt
        }
    }

    @discardableResult
    public func settlePendingCharge(id: String, entry: LedgerEntry?, record: ChargedRecord?) -> Bool {
        let charge = pending.first { $0.id == id }
        pending.removeAll { $0.id == id }
        if let charge, let entry {
            ledger.append(entry)
            chargeOwnerRows[charge.owner]?.settledCredits += entry.credits
            let now = Date()
            if let active = chargeOwnerRows[charge.owner]?.lastActiveAt, active < now {
                chargeOwnerRows[charge.owner]?.lastActiveAt = now
            }
        }
        switch record {
        case .profile(let profile, let at): profiles[profile.employeeID] = Cached(profile, fetchedAt: at)
        case .company(let company, let at): companies[company.id] = Cached(company, fetchedAt: at)
        case nil: break
        }
        return charge != nil
    }

    public func markPendingChargeSent(id: String, at: Date) {
        guard let index = pending.firstIndex(where: { $0.id == id }) else { return }
        pending[index].recordedAt = at
        let owner = pending[index].owner
        if let active = chargeOwnerRows[owner]?.lastActiveAt, active < at { chargeOwnerRows[owner]?.lastActiveAt = at }
    }

    public func pendingCharges() -> [PendingCharge] { pending }

    public func registerChargeOwner(_ owner: ChargeOwner) {
        if chargeOwnerRows[owner.owner] == nil { chargeOwnerRows[owner.owner] = owner }
    }

    public func chargeOwners() -> [ChargeOwner] { chargeOwnerRows.values.sorted { $0.startedAt < $1.startedAt } }

    public func removeChargeOwner(_ owner: String) { chargeOwnerRows[owner] = nil }
}
