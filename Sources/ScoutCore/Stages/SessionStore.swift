public import Foundation

/// Persistent search sessions and their candidates.
/// What a store offers beyond this (claims, reservations, workspaces, migrations) is resolved once into
/// ``StoreAbilities`` when the pipeline is built.
/// Conformance: `StoreConformance` in ScoutTesting.
public protocol SessionStore: Sendable {
    func createSession(_ session: SearchSession) async throws
    /// An active session by id, within a workspace; nil when unknown, cleared, or another workspace's.
    func session(id: String, workspace: String) async throws -> SearchSession?
    /// Active sessions of a workspace, most recently accessed first.
    func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession]
    func touchSession(id: String, at: Date) async throws
    /// Candidates of a session in discovery order, including unavailable ones.
    func candidates(sessionID: String) async throws -> [SessionCandidate]
    /// Atomically inserts the candidates (ignoring any already in the session) and moves the cursor from
    /// `expected` to `next`. Returns false, changing nothing, when the stored cursor is not `expected`.
    func commit(_ commit: BatchCommit) async throws -> Bool
    /// Replaces the evaluation of a session's candidate whose stored evaluation FAILED (a rescore from the cached
    /// profile). Returns false, changing nothing, when there is no such candidate or its evaluation did not fail
    /// (another rescore came first).
    func replaceFailedEvaluation(sessionID: String, employeeID: Int, with evaluation: Evaluation) async throws -> Bool
    /// Soft-deletes one session; false when there was no such active session.
    func clearSession(id: String, workspace: String) async throws -> Bool
    /// Soft-deletes every active session of a workspace; returns how many.
    func clearAllSessions(workspace: String) async throws -> Int
}
