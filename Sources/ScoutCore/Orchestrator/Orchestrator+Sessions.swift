import Foundation

/// A session with its ranked candidates and spend, for `show`, `export` and the HTTP session route.
public struct SessionReport: Sendable {
    public var session: SearchSession
    /// Evaluated candidates, best first (failed evaluations last).
    public var ranked: [SessionCandidate]
    /// Ids attempted but unavailable at the vendor.
    public var unavailable: [SessionCandidate]
    public var ledger: LedgerTotals
    public var usdPerCredit: Double

    public var costUSD: (used: Double, saved: Double) { ledger.cost(usdPerCredit: usdPerCredit) }
}

/// One line of `scout sessions`.
public struct SessionSummary: Sendable {
    public var session: SearchSession
    public var candidates: Int
    public var ledger: LedgerTotals
}

extension Orchestrator {
    /// Orders candidates for display: successful evaluations by overall score (ties by discovery order), then failures.
    public static func rank(_ candidates: [SessionCandidate]) -> [SessionCandidate] {
        candidates.filter { $0.status == .evaluated }.sorted { a, b in
            let fa = a.evaluation?.status == .ok, fb = b.evaluation?.status == .ok
            if fa != fb { return fa }
            let sa = a.evaluation?.overall ?? 0, sb = b.evaluation?.overall ?? 0
            if sa != sb { return sa > sb }
            return a.ordinal < b.ordinal
        }
    }

    public func report(sessionID id: SessionID, workspace: String? = nil) async throws -> SessionReport {
        let (session, candidates) = try await openSession(id, workspace: workspace)
        return SessionReport(
            session: session, ranked: Self.rank(candidates),
            unavailable: candidates.filter { $0.status == .unavailable },
            ledger: try await pipeline.store.ledgerTotals(sessionID: session.id),
            usdPerCredit: pipeline.pricing.usdPerCredit)
    }

    /// An active session of the workspace (default: the configured one) with its candidates, its last access now;
    /// `session_not_found` when there is none.
    func openSession(
        _ id: SessionID, workspace: String?
    ) async throws -> (session: SearchSession, candidates: [SessionCandidate]) {
        let sessionID = id.rawValue
        let workspace = workspace ?? pipeline.session.workspace
        guard let stored = try await pipeline.store.session(id: sessionID, workspace: workspace) else {
            throw ScoutError.sessionNotFound(sessionID)
        }
        let session = try await withCachedIDs(stored)
        try await pipeline.store.touchSession(id: sessionID, at: clock.now())
        return (session, try await pipeline.store.candidates(sessionID: sessionID))
    }

    public func sessions(workspace: String? = nil, limit: Int = 50, offset: Int = 0) async throws -> [SessionSummary] {
        let sessions = try await pipeline.store.sessions(
            workspace: workspace ?? pipeline.session.workspace, limit: limit, offset: offset)
        var out: [SessionSummary] = []
        for session in sessions {
            let candidates = try await pipeline.store.candidates(sessionID: session.id).filter {
                $0.status == .evaluated
            }.count
            out.append(
                SessionSummary(
                    session: session, candidates: candidates,
                    ledger: try await pipeline.store.ledgerTotals(sessionID: session.id)))
        }
        return out
    }

    public func clear(sessionID: SessionID, workspace: String? = nil) async throws {
        guard
            try await pipeline.store.clearSession(
                id: sessionID.rawValue, workspace: workspace ?? pipeline.session.workspace)
        else {
            throw ScoutError.sessionNotFound(sessionID.rawValue)
        }
    }

    public func clearAll(workspace: String? = nil) async throws -> Int {
        try await pipeline.store.clearAllSessions(workspace: workspace ?? pipeline.session.workspace)
    }
}
