import Foundation

/// Where a session lives and whether it is active; what the CLI tells a user who looks in the wrong workspace.
public struct SessionPlace: Sendable, Equatable {
    public var workspace: String
    /// False once the session was cleared (soft-deleted); `restoreSession` brings it back.
    public var isActive: Bool

    public init(workspace: String, isActive: Bool) {
        self.workspace = workspace
        self.isActive = isActive
    }
}

/// One workspace of a store, with its session counts.
public struct WorkspaceSummary: Sendable, Equatable {
    public var name: String
    public var activeSessions: Int
    public var clearedSessions: Int

    public init(name: String, activeSessions: Int, clearedSessions: Int) {
        self.name = name
        self.activeSessions = activeSessions
        self.clearedSessions = clearedSessions
    }
}

/// Soft-delete undone, and the store seen across workspaces. These are operator functions: the CLI uses them; an API
/// that serves several tenants must not answer one tenant with another's workspace.
/// Conformance: `StoreConformance.workspaceChecks` in ScoutTesting.
public protocol SessionWorkspaces: Sendable {
    /// Makes a cleared session of the workspace active again; false when there is no such cleared session.
    func restoreSession(id: String, workspace: String) async throws -> Bool
    /// The workspace and state of a session, whichever workspace it is in; nil when the id is unknown.
    func sessionPlace(id: String) async throws -> SessionPlace?
    /// Every workspace that has sessions, by name.
    func workspaces() async throws -> [WorkspaceSummary]
}
