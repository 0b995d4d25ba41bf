public import Foundation
public import ScoutCore

extension MemoryStore {
    public func cachedProfile(employeeID: Int) -> Cached<Profile>? { profiles[employeeID] }

    public func saveProfile(_ profile: Profile, fetchedAt: Date) {
        profiles[profile.employeeID] = Cached(profile, fetchedAt: fetchedAt)
    }

    public func cachedCompany(id: Int) -> Cached<CompanyRecord>? { companies[id] }

    public func saveCompany(_ company: CompanyRecord, fetchedAt: Date) {
        companies[company.id] = Cached(company, fetchedAt: fetchedAt)
    }

    public func companyLookup(key: String) -> CompanyLookup? { lookups[key] }

    public func saveCompanyLookup(key: String, lookup: CompanyLookup) { lookups[key] = lookup }

    public func cachedAnswer(namespace: String, key: String) -> Cached<Data>? { answers[namespace + "\u{0}" + key] }

    public func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) {
        answers[namespace + "\u{0}" + key] = Cached(value, fetchedAt: fetchedAt)
    }

    public func record(_ entries: [LedgerEntry]) { ledger.append(contentsOf: entries) }

    public func creditsUsed(since: Date) -> Int {
        ledger.lazy.filter { !$0.cacheHit && $0.at >= since && !CreditKind.otherVendors.contains($0.kind) }.reduce(0) {
            $0 + $1.credits
        }
    }

    public func ledgerTotals(sessionID: String?) -> LedgerTotals {
        guard let sessionID else { return LedgerTotals(entries: ledger) }
        return LedgerTotals(entries: ledger.lazy.filter { $0.sessionID == sessionID })
    }
}
