public import ScoutCore

/// Pending charges in the actor: a settle is one actor turn, so the charge, its ledger entry and its record change
/// together.
extension MemoryStore: PendingCharges {
    public func recordPendingCharge(_ charge: PendingCharge) {
        pending.append(charge)
    }

    @discardableResult
    public func settlePendingCharge(id: String, entry: LedgerEntry?, record: ChargedRecord?) -> Bool {
        let wasPending = pending.contains { $0.id == id }
        pending.removeAll { $0.id == id }
        if wasPending, let entry { ledger.append(entry) }
        switch record {
        case .profile(let profile, let at): profiles[profile.employeeID] = Cached(profile, fetchedAt: at)
        case .company(let company, let at): companies[company.id] = Cached(company, fetchedAt: at)
        case nil: break
        }
        return wasPending
    }

    public func pendingCharges() -> [PendingCharge] { pending }
}
