import Foundation
import Logging

extension Orchestrator {
    /// The lookup-cache key of a discovered company.
    static func lookupKey(_ company: Company) -> String {
        "name:" + company.key + "|web:" + (company.website ?? "")
    }

    /// Vendor ids for `companies`, in order (nil: unknown to the people source), `session.concurrency` at once. Each
    /// goes through the lookup cache, then the people source's free lookup, then — only when that cannot tell — its
    /// billed lookup, which is budgeted and written to the ledger like every billed call.
    func resolveIDs(_ companies: [Company], sessionID: String, ledger: LedgerSink) async throws -> [Int?] {
        var ids = [Int?](repeating: nil, count: companies.count)
        let width = max(1, pipeline.session.concurrency)
        try await withThrowingTaskGroup(of: (Int, Int?).self) { group in
            var next = 0, finished = 0
            while next < companies.count || !group.isEmpty {
                while next < companies.count, next - finished < width {
                    let index = next, company = companies[index]
                    next += 1
                    group.addTask { (index, try await self.resolveID(company, sessionID: sessionID, ledger: ledger)) }
                }
                guard let (index, id) = try await group.next() else { break }
                ids[index] = id
                finished += 1
            }
        }
        return ids
    }

    /// One company's vendor id (see ``resolveIDs(_:sessionID:ledger:)``).
    func resolveID(_ company: Company, sessionID: String, ledger: LedgerSink) async throws -> Int? {
        if let id = company.vendorID { return id }
        let key = Self.lookupKey(company)
        if let cached = try await records.companyLookup(key: key) { return cached.vendorID }
        let people = pipeline.people
        collector.book.startRegistration()
        let id: Int?
        switch try await people.lookUpCompanyID(company) {
        case .found(let found): id = found
        case .notFound: id = nil
        case .ambiguous:
            // A billed preview page: a pending charge until its answer, like every billed call (``ChargeBook``).
            let credits = people.limits.companyLookupCredits
            let entry = LedgerEntry(
                sessionID: sessionID, kind: .companyLookup, subject: company.name, credits: credits, cacheHit: false,
                at: clock.now())
            id = try await collector.budget.spending(sessionID: sessionID, credits: credits, billed: { _ in true }) {
                guard credits > 0 else { return try await people.resolveCompanyID(company) }
                return try await collector.book.billed(entry, ledger: ledger, isBilled: { _ in true }) {
                    try await people.resolveCompanyID(company)
                }
            }
        }
        try await records.saveCompanyLookup(
            key: key, lookup: CompanyLookup(vendorID: id, checkedAt: clock.now()))
        return id
    }

    /// The session with the vendor ids the lookup cache already holds filled in (no vendor call).
    func withCachedIDs(_ session: SearchSession) async throws -> SearchSession {
        var session = session
        var known: [String: Int?] = [:]
        func fill(_ company: inout Company) async throws {
            guard company.vendorID == nil else { return }
            let key = Self.lookupKey(company)
            if known[key] == nil { known[key] = try await records.companyLookup(key: key)?.vendorID }
            company.vendorID = known[key] ?? nil
        }
        for index in session.companies.indices { try await fill(&session.companies[index]) }
        for b in session.batches.indices {
            for c in session.batches[b].companies.indices { try await fill(&session.batches[b].companies[c]) }
        }
        return session
    }

    /// Batch `index` of `session` ready to search: its companies' ids resolved now if no earlier call did (lazily, so a
    /// session pays only for the batches it reaches), those unknown to the people source dropped, and so are those
    /// whose id an earlier batch's different company already has (two names of one company).
    func resolvedBatch(
        _ index: Int, of session: SearchSession, ledger: LedgerSink
    ) async throws -> PreparedBatch {
        var batch = session.batches[index]
        guard !batch.companies.isEmpty else { return (batch, [], []) }
        var taken: [Int: String] = [:]
        for earlier in session.batches.prefix(index) {
            for company in earlier.companies {
                let id: Int?
                if let known = company.vendorID {
                    id = known
                } else {
                    id = try await records.companyLookup(key: Self.lookupKey(company))?.vendorID ?? nil
                }
                if let id, taken[id] == nil { taken[id] = company.key }
            }
        }
        let ids = try await resolveIDs(batch.companies, sessionID: session.id, ledger: ledger)
        var resolved: [Company] = [], unresolved: [Company] = []
        for (company, id) in zip(batch.companies, ids) {
            guard let id else { unresolved.append(company); continue }
            if let owner = taken[id], owner != company.key { continue }
            taken[id] = company.key
            var company = company
            company.vendorID = id
            if !resolved.contains(where: { $0.vendorID == id }) { resolved.append(company) }
        }
        batch.companies = resolved
        return (batch, resolved, unresolved)
    }
}
