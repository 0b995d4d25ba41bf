import Foundation
import GRDB
public import ScoutCore

extension SQLiteStore: SessionWorkspaces {
    public func restoreSession(id: String, workspace: String) async throws -> Bool {
        try await setActive(true, id: id, workspace: workspace, context: "restoring session \(id)")
    }

    public func sessionPlace(id: String) async throws -> SessionPlace? {
        try await read("locating session \(id)") { db in
            try Row.fetchOne(
                db, sql: "SELECT workspace, is_active FROM search_sessions WHERE session_id = ?", arguments: [id]
            )
            .map { SessionPlace(workspace: $0["workspace"], isActive: $0["is_active"]) }
        }
    }

    public func workspaces() async throws -> [WorkspaceSummary] {
        try await read("listing workspaces") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT workspace, SUM(is_active) AS active, SUM(1 - is_active) AS cleared
                    FROM search_sessions GROUP BY workspace ORDER BY workspace
                    """
            ).map {
                WorkspaceSummary(name: $0["workspace"], activeSessions: $0["active"], clearedSessions: $0["cleared"])
            }
        }
    }
}
