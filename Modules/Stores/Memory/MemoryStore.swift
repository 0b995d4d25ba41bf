public import Foundation
public import ScoutCore

/// A `ScoutStore` held in memory by an actor: for tests, benchmarks and one-shot runs. Nothing survives the process.
public actor MemoryStore: ScoutStore {
    var sessionsByID: [String: SearchSession] = [:]
    /// Candidates per session in insertion order.
    var candidatesBySession: [String: [SessionCandidate]] = [:]
    var profiles: [Int: Cached<Profile>] = [:]
    var companies: [Int: Cached<CompanyRecord>] = [:]
    var lookups: [String: CompanyLookup] = [:]
    var answers: [String: Cached<Data>] = [:]
    var ledger: [LedgerEntry] = []
    var sliceLeases: [String: SliceLease] = [:]
    /// Starred employee ids per session, in the order they were added.
    var shortlists: [String: [Int]] = [:]
    var pending: [PendingCharge] = []
    var chargeOwnerRows: [String: ChargeOwner] = [:]
    var idempotency = IdempotencyTable()
    /// Suppressed subject hashes, each with the workspaces it holds in (`*`: every one).
    var suppressions: [String: Set<String>] = [:]
    var audits: [ErasureAudit] = []
    var salt: Data?

    public init() {}

    public func createSession(_ session: SearchSession) throws {
        guard sessionsByID[session.id] == nil else {
            throw ScoutError.store("memory store: session \(session.id) already exists")
        }
        sessionsByID[session.id] = session
    }

    public func session(id: String, workspace: String) -> SearchSession? {
        guard let session = sessionsByID[id], session.isActive, session.workspace == workspace else { return nil }
        return session
    }

    public func sessions(workspace: String, limit: Int, offset: Int) -> [SearchSession] {
        let active = sessionsByID.values.filter { $0.isActive && $0.workspace == workspace }.sorted { a, b in
            if a.lastAccessed != b.lastAccessed { return a.lastAccessed > b.lastAccessed }
            if a.createdAt != b.createdAt { return a.createdAt > b.createdAt }
            return a.id < b.id
        }
        return Array(active.dropFirst(max(0, offset)).prefix(max(0, limit)))
    }

    public func touchSession(id: String, at: Date) throws {
        guard sessionsByID[id]?.isActive == true else { throw ScoutError.sessionNotFound(id) }
        sessionsByID[id]?.lastAccessed = at
    }

    public func candidates(sessionID: String) -> [SessionCandidate] {
        // A stable sort keeps insertion order among equal ordinals.
        (candidatesBySession[sessionID] ?? []).enumerated()
            .sorted { ($0.element.ordinal, $0.offset) < ($1.element.ordinal, $1.offset) }
            .map(\.element)
    }

    /// Compares the cursor and applies the whole commit within one actor turn, so it is atomic.
    /// Throws `sessionNotFound` for an unknown or cleared session.
    public func commit(_ commit: BatchCommit) throws -> Bool {
        guard var session = sessionsByID[commit.sessionID], session.isActive else {
            throw ScoutError.sessionNotFound(commit.sessionID)
        }
        guard session.cursor == commit.expected else { return false }
        var stored = candidatesBySession[commit.sessionID] ?? []
        var seen = Set(stored.map(\.employeeID))
        for var candidate in commit.candidates where seen.insert(candidate.employeeID).inserted {
            candidate.sessionID = commit.sessionID
            stored.append(candidate)
        }
        candidatesBySession[commit.sessionID] = stored
        session.cursor = commit.next
        session.updatedAt = commit.at
        session.lastAccessed = commit.at
        sessionsByID[commit.sessionID] = session
        return true
    }

    public func replaceFailedEvaluation(sessionID: String, employeeID: Int, with evaluation: Evaluation) -> Bool {
        guard
            let index = candidatesBySession[sessionID]?.firstIndex(where: {
                $0.employeeID == employeeID && $0.evaluation?.status == .failed
            })
        else { return false }
        candidatesBySession[sessionID]?[index].evaluation = evaluation
        return true
    }

    public func clearSession(id: String, workspace: String) -> Bool {
        guard let session = sessionsByID[id], session.isActive, session.workspace == workspace else { return false }
        sessionsByID[id]?.isActive = false
        return true
    }

    public func clearAllSessions(workspace: String) -> Int {
        let ids = sessionsByID.values.filter { $0.isActive && $0.workspace == workspace }.map(\.id)
        for id in ids { sessionsByID[id]?.isActive = false }
        return ids.count
    }
}

extension MemoryStore {
    /// The `memory` factory.
    public static let factory = PluginFactory<any ScoutStore>(
        type: "memory",
        summary: "sessions, cache and ledger in memory; lost when the process ends",
        config: EmptyConfig.self
    ) { _, _ in MemoryStore() }
}
