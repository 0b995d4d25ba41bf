import Foundation

/// What a store guarantees beyond one process.
public struct StoreCapabilities: Sendable, Equatable {
    /// Several processes may share the store and still process each batch once.
    public var multiProcess: Bool

    public init(multiProcess: Bool) { self.multiProcess = multiProcess }
}

/// Persistent search sessions and their candidates.
/// Conformance: `StoreConformance` in ScoutTesting.
public protocol SessionStore: Sendable {
    var capabilities: StoreCapabilities { get }
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
    /// Soft-deletes one session; false when there was no such active session.
    func clearSession(id: String, workspace: String) async throws -> Bool
    /// Soft-deletes every active session of a workspace; returns how many.
    func clearAllSessions(workspace: String) async throws -> Int
}
