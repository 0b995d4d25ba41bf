import Foundation
import PostgresNIO
public import ScoutCore

extension PostgresStore: SessionWorkspaces {
    public func restoreSession(id: String, workspace: String) async throws -> Bool {
        try await run("restoring session \(id)") { client in
            try await client.query(
                """
                UPDATE search_sessions SET is_active = TRUE
                WHERE session_id = \(id) AND workspace = \(workspace) AND NOT is_active RETURNING session_id
                """, logger: logger
            ).collect().count > 0
        }
    }

    public func sessionPlace(id: String) async throws -> SessionPlace? {
        try await run("locating session \(id)") { client in
            try await client.query(
                "SELECT workspace, is_active FROM search_sessions WHERE session_id = \(id)", logger: logger
            )
            .all().first.map { SessionPlace(workspace: try $0.value("workspace"), isActive: try $0.value("is_active")) }
        }
    }

    public func workspaces() async throws -> [WorkspaceSummary] {
        try await run("listing workspaces") { client in
            try await client.query(
                """
                SELECT workspace, COUNT(*) FILTER (WHERE is_active)::int8 AS active,
                    COUNT(*) FILTER (WHERE NOT is_active)::int8 AS cleared
                FROM search_sessions GROUP BY workspace ORDER BY workspace
                """, logger: logger
            ).all().map { row in
                WorkspaceSummary(
                    name: try row.value("workspace"), activeSessions: Int(try row.value("active") as Int64),
                    clearedSessions: Int(try row.value("cleared") as Int64))
            }
        }
    }
}
