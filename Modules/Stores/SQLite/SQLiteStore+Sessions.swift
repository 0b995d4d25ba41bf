public import Foundation
import GRDB
public import ScoutCore

extension SQLiteStore {
    static let sessionColumns = """
        session_id, workspace, jd_text, search_query, companies, company_batches, settings, batch_index, batch_offset,
        batch_yielded, is_active, last_accessed, created_at, updated_at
        """

    public func createSession(_ session: SearchSession) async throws {
        let arguments: StatementArguments = [
            session.id, session.workspace, session.jdText, try SQLiteCoding.json(session.requirements),
            try SQLiteCoding.json(session.companies), try SQLiteCoding.json(session.batches),
            try SQLiteCoding.json(session.settings), session.cursor.batchIndex, session.cursor.offset,
            session.cursor.yielded, session.isActive, SQLiteCoding.seconds(session.lastAccessed),
            SQLiteCoding.seconds(session.createdAt), SQLiteCoding.seconds(session.updatedAt),
        ]
        try await write("creating session \(session.id)") { db in
            try db.execute(
                sql:
                    "INSERT INTO search_sessions (\(Self.sessionColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: arguments)
        }
    }

    public func session(id: String, workspace: String) async throws -> SearchSession? {
        try await read("reading session \(id)") { db in
            try Row.fetchOne(
                db,
                sql:
                    "SELECT \(Self.sessionColumns) FROM search_sessions WHERE session_id = ? AND workspace = ? AND is_active = 1",
                arguments: [id, workspace]
            ).map(Self.session(from:))
        }
    }

    public func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession] {
        try await read("listing sessions of \(workspace)") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.sessionColumns) FROM search_sessions WHERE workspace = ? AND is_active = 1
                    ORDER BY last_accessed DESC, created_at DESC, session_id LIMIT ? OFFSET ?
                    """,
                arguments: [workspace, max(0, limit), max(0, offset)]
            ).map(Self.session(from:))
        }
    }

    public func touchSession(id: String, at: Date) async throws {
        try await write("touching session \(id)") { db in
            try db.execute(
                sql: "UPDATE search_sessions SET last_accessed = ? WHERE session_id = ? AND is_active = 1",
                arguments: [SQLiteCoding.seconds(at), id])
            if db.changesCount == 0 { throw ScoutError.sessionNotFound(id) }
        }
    }

    public func clearSession(id: String, workspace: String) async throws -> Bool {
        try await setActive(false, id: id, workspace: workspace, context: "clearing session \(id)")
    }

    /// Flips a session of the workspace to `active`; false when it is not in the other state (or not there).
    func setActive(_ active: Bool, id: String, workspace: String, context: String) async throws -> Bool {
        try await write(context) { db in
            try db.execute(
                sql:
                    "UPDATE search_sessions SET is_active = ? WHERE session_id = ? AND workspace = ? AND is_active = ?",
                arguments: [active, id, workspace, !active])
            return db.changesCount > 0
        }
    }

    public func clearAllSessions(workspace: String) async throws -> Int {
        try await write("clearing sessions of \(workspace)") { db in
            try db.execute(
                sql: "UPDATE search_sessions SET is_active = 0 WHERE workspace = ? AND is_active = 1",
                arguments: [workspace])
            return db.changesCount
        }
    }

    static func session(from row: Row) throws -> SearchSession {
        SearchSession(
            id: row["session_id"],
            workspace: row["workspace"],
            jdText: row["jd_text"],
            requirements: try SQLiteCoding.decode(
                JobRequirements.self, from: row["search_query"], column: "search_query"),
            companies: try SQLiteCoding.decode([Company].self, from: row["companies"], column: "companies"),
            batches: try SQLiteCoding.decode(
                [CompanyBatch].self, from: row["company_batches"], column: "company_batches"),
            settings: try SQLiteCoding.decode(SessionSettings.self, from: row["settings"], column: "settings"),
            cursor: SessionCursor(
                batchIndex: row["batch_index"], offset: row["batch_offset"], yielded: row["batch_yielded"]),
            isActive: row["is_active"],
            createdAt: SQLiteCoding.date(row["created_at"]),
            updatedAt: SQLiteCoding.date(row["updated_at"]),
            lastAccessed: SQLiteCoding.date(row["last_accessed"]))
    }
}
