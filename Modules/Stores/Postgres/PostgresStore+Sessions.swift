public import Foundation
import PostgresNIO
public import ScoutCore

extension PostgresStore {
    static let sessionColumns = """
        session_id, workspace, jd_text, search_query::text AS search_query, companies::text AS companies,
        company_batches::text AS company_batches, settings::text AS settings, batch_index, batch_offset, batch_yielded,
        is_active, last_accessed, created_at, updated_at
        """

    public func createSession(_ session: SearchSession) async throws {
        let requirements = try PostgresCoding.json(session.requirements),
            companies = try PostgresCoding.json(session.companies)
        let batches = try PostgresCoding.json(session.batches), settings = try PostgresCoding.json(session.settings)
        try await run("creating session \(session.id)") { client in
            try await client.query(
                """
                INSERT INTO search_sessions (session_id, workspace, jd_text, search_query, companies, company_batches,
                    settings, batch_index, batch_offset, batch_yielded, is_active, last_accessed, created_at, updated_at)
                VALUES (\(session.id), \(session.workspace), \(session.jdText), \(requirements)::jsonb, \(companies)::jsonb,
                    \(batches)::jsonb, \(settings)::jsonb, \(session.cursor.batchIndex), \(session.cursor.offset),
                    \(session.cursor.yielded), \(session.isActive), \(PostgresCoding.timestamp(session.lastAccessed)),
                    \(PostgresCoding.timestamp(session.createdAt)), \(PostgresCoding.timestamp(session.updatedAt)))
                """, logger: logger
            ).collect()
        }
    }

    public func session(id: String, workspace: String) async throws -> SearchSession? {
        try await run("reading session \(id)") { client in
            try await client.query(
                """
                SELECT \(unescaped: Self.sessionColumns) FROM search_sessions
                WHERE session_id = \(id) AND workspace = \(workspace) AND is_active
                """, logger: logger
            ).all().first.map(Self.session(from:))
        }
    }

    public func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession] {
        try await run("listing sessions of \(workspace)") { client in
            try await client.query(
                """
                SELECT \(unescaped: Self.sessionColumns) FROM search_sessions WHERE workspace = \(workspace) AND is_active
                ORDER BY last_accessed DESC, created_at DESC, session_id LIMIT \(max(0, limit)) OFFSET \(max(0, offset))
                """, logger: logger
            ).all().map(Self.session(from:))
        }
    }

    public func touchSession(id: String, at: Date) async throws {
        let touched = try await run("touching session \(id)") { client in
            try await client.query(
                """
                UPDATE search_sessions SET last_accessed = \(PostgresCoding.timestamp(at))
                WHERE session_id = \(id) AND is_active RETURNING session_id
                """, logger: logger
            ).collect().count
        }
        if touched == 0 { throw ScoutError.sessionNotFound(id) }
    }

    public func clearSession(id: String, workspace: String) async throws -> Bool {
        try await run("clearing session \(id)") { client in
            try await client.query(
                """
                UPDATE search_sessions SET is_active = FALSE
                WHERE session_id = \(id) AND workspace = \(workspace) AND is_active RETURNING session_id
                """, logger: logger
            ).collect().count > 0
        }
    }

    public func clearAllSessions(workspace: String) async throws -> Int {
        try await run("clearing sessions of \(workspace)") { client in
            try await client.query(
                """
                UPDATE search_sessions SET is_active = FALSE WHERE workspace = \(workspace) AND is_active RETURNING session_id
                """, logger: logger
            ).collect().count
        }
    }

    static func session(from row: PostgresRandomAccessRow) throws -> SearchSession {
        SearchSession(
            id: try row.value("session_id"),
            workspace: try row.value("workspace"),
            jdText: try row.value("jd_text"),
            requirements: try PostgresCoding.decode(
                JobRequirements.self, from: row.value("search_query"), column: "search_query"),
            companies: try PostgresCoding.decode([Company].self, from: row.value("companies"), column: "companies"),
            batches: try PostgresCoding.decode(
                [CompanyBatch].self, from: row.value("company_batches"), column: "company_batches"),
            settings: try PostgresCoding.decode(SessionSettings.self, from: row.value("settings"), column: "settings"),
            cursor: SessionCursor(
                batchIndex: try row.value("batch_index"), offset: try row.value("batch_offset"),
                yielded: try row.value("batch_yielded")),
            isActive: try row.value("is_active"),
            createdAt: try row.value("created_at"),
            updatedAt: try row.value("updated_at"),
            lastAccessed: try row.value("last_accessed"))
    }
}
