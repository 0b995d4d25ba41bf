public import Foundation

/// A store that forwards every ``ScoutStore`` call to `base`: adopt it and implement only the calls to change
/// (the experiment runner's metering store, test stores). Optional abilities (``RecordClaims``, ``StoreMigrations`` …)
/// are not forwarded: a decorator that keeps them adopts them itself.
public protocol StoreDecorator: ScoutStore {
    var base: any ScoutStore { get }
}

extension StoreDecorator {
    public func createSession(_ session: SearchSession) async throws { try await base.createSession(session) }
    public func session(id: String, workspace: String) async throws -> SearchSession? {
        try await base.session(id: id, workspace: workspace)
    }
    public func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession] {
        try await base.sessions(workspace: workspace, limit: limit, offset: offset)
    }
    public func touchSession(id: String, at: Date) async throws { try await base.touchSession(id: id, at: at) }
    public func candidates(sessionID: String) async throws -> [SessionCandidate] {
        try await base.candidates(sessionID: sessionID)
    }
    public func commit(_ commit: BatchCommit) async throws -> Bool { try await base.commit(commit) }
    public func replaceFailedEvaluation(
        sessionID: String, employeeID: Int, with evaluation: Evaluation
    ) async throws -> Bool {
        try await base.replaceFailedEvaluation(sessionID: sessionID, employeeID: employeeID, with: evaluation)
    }
    public func clearSession(id: String, workspace: String) async throws -> Bool {
        try await base.clearSession(id: id, workspace: workspace)
    }
    public func clearAllSessions(workspace: String) async throws -> Int {
        try await base.clearAllSessions(workspace: workspace)
    }
    public func cachedProfile(employeeID: Int) async throws -> Cached<Profile>? {
        try await base.cachedProfile(employeeID: employeeID)
    }
    public func saveProfile(_ profile: Profile, fetchedAt: Date) async throws {
        try await base.saveProfile(profile, fetchedAt: fetchedAt)
    }
    public func cachedCompany(id: Int) async throws -> Cached<CompanyRecord>? { try await base.cachedCompany(id: id) }
    public func saveCompany(_ company: CompanyRecord, fetchedAt: Date) async throws {
        try await base.saveCompany(company, fetchedAt: fetchedAt)
    }
    public func companyLookup(key: String) async throws -> CompanyLookup? { try await base.companyLookup(key: key) }
    public func saveCompanyLookup(key: String, lookup: CompanyLookup) async throws {
        try await base.saveCompanyLookup(key: key, lookup: lookup)
    }
    public func cachedAnswer(namespace: String, key: String) async throws -> Cached<Data>? {
        try await base.cachedAnswer(namespace: namespace, key: key)
    }
    public func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) async throws {
        try await base.saveAnswer(namespace: namespace, key: key, value: value, fetchedAt: fetchedAt)
    }
    public func record(_ entries: [LedgerEntry]) async throws { try await base.record(entries) }
    public func ledgerTotals(sessionID: String?) async throws -> LedgerTotals {
        try await base.ledgerTotals(sessionID: sessionID)
    }
    public func creditsUsed(since: Date) async throws -> Int { try await base.creditsUsed(since: since) }
}
