import Foundation
import MemoryStore
import ScoutCore

/// A memory store with one deliberate defect, to show that the conformance checks can fail.
struct FaultyStore: ScoutStore {
    enum Fault: Sendable {
        /// Re-saves keep the first fetch time (prior-art defect 5).
        case staleFetchedAt
        /// Commits ignore the expected cursor (no compare-and-set).
        case ignoresCursor
    }

    let fault: Fault
    let inner = MemoryStore()

    func createSession(_ session: SearchSession) async throws { try await inner.createSession(session) }
    func session(id: String, workspace: String) async throws -> SearchSession? {
        await inner.session(id: id, workspace: workspace)
    }
    func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession] {
        await inner.sessions(workspace: workspace, limit: limit, offset: offset)
    }
    func touchSession(id: String, at: Date) async throws { try await inner.touchSession(id: id, at: at) }
    func candidates(sessionID: String) async throws -> [SessionCandidate] {
        await inner.candidates(sessionID: sessionID)
    }
    func clearSession(id: String, workspace: String) async throws -> Bool {
        await inner.clearSession(id: id, workspace: workspace)
    }
    func clearAllSessions(workspace: String) async throws -> Int { await inner.clearAllSessions(workspace: workspace) }

    func commit(_ commit: BatchCommit) async throws -> Bool {
        var commit = commit
        if fault == .ignoresCursor, let stored = await inner.session(id: commit.sessionID, workspace: "default") {
            commit.expected = stored.cursor
        }
        return try await inner.commit(commit)
    }

    func replaceFailedEvaluation(
        sessionID: String, employeeID: Int, with evaluation: Evaluation
    ) async throws -> Bool {
        await inner.replaceFailedEvaluation(sessionID: sessionID, employeeID: employeeID, with: evaluation)
    }
    func cachedAnswer(namespace: String, key: String) async throws -> Cached<Data>? {
        await inner.cachedAnswer(namespace: namespace, key: key)
    }
    func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) async throws {
        await inner.saveAnswer(namespace: namespace, key: key, value: value, fetchedAt: fetchedAt)
    }

    func cachedProfile(employeeID: Int) async throws -> Cached<Profile>? {
        await inner.cachedProfile(employeeID: employeeID)
    }
    func saveProfile(_ profile: Profile, fetchedAt: Date) async throws {
        let previous = await inner.cachedProfile(employeeID: profile.employeeID)?.fetchedAt
        await inner.saveProfile(profile, fetchedAt: fault == .staleFetchedAt ? previous ?? fetchedAt : fetchedAt)
    }
    func cachedCompany(id: Int) async throws -> Cached<CompanyRecord>? { await inner.cachedCompany(id: id) }
    func saveCompany(_ company: CompanyRecord, fetchedAt: Date) async throws {
        await inner.saveCompany(company, fetchedAt: fetchedAt)
    }
    func companyLookup(key: String) async throws -> CompanyLookup? { await inner.companyLookup(key: key) }
    func saveCompanyLookup(key: String, lookup: CompanyLookup) async throws {
        await inner.saveCompanyLookup(key: key, lookup: lookup)
    }
    func record(_ entries: [LedgerEntry]) async throws { await inner.record(entries) }
    func ledgerTotals(sessionID: String?) async throws -> LedgerTotals {
        await inner.ledgerTotals(sessionID: sessionID)
    }
    func creditsUsed(since: Date) async throws -> Int { await inner.creditsUsed(since: since) }
}
