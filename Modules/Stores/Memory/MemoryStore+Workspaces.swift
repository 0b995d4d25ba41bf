import Foundation
public import ScoutCore

extension MemoryStore: SessionWorkspaces {
    public func restoreSession(id: String, workspace: String) -> Bool {
        guard let session = sessionsByID[id], !session.isActive, session.workspace == workspace else { return false }
        sessionsByID[id]?.isActive = true
        return true
    }

    public func sessionPlace(id: String) -> SessionPlace? {
        sessionsByID[id].map { SessionPlace(workspace: $0.workspace, isActive: $0.isActive) }
    }

    public func workspaces() -> [WorkspaceSummary] {
        Dictionary(grouping: sessionsByID.values, by: \.workspace).map { name, sessions in
            let active = sessions.filter(\.isActive).count
            return WorkspaceSummary(name: name, activeSessions: active, clearedSessions: sessions.count - active)
        }.sorted { $0.name < $1.name }
    }
}
