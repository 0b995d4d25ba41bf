import Foundation
import GRDB
public import ScoutCore

extension SQLiteStore {
    static let candidateColumns = """
        session_id, employee_id, batch_index, ordinal, preview, status, freshness, profile_fetched_at, evaluation, note,
        found_at
        """

    public func candidates(sessionID: String) async throws -> [SessionCandidate] {
        try await read("reading candidates of \(sessionID)") { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(Self.candidateColumns) FROM session_candidates WHERE session_id = ? ORDER BY ordinal, rowid",
                arguments: [sessionID]
            ).map(Self.candidate(from:))
        }
    }

    /// One immediate write transaction: compares the stored cursor with `expected`, inserts the new candidates
    /// (`ON CONFLICT(session_id, employee_id) DO NOTHING`), then moves the cursor and recounts `total_discovered`
    /// from the stored candidates. Throws `sessionNotFound` for an unknown or cleared session.
    public func commit(_ commit: BatchCommit) async throws -> Bool {
        let id = commit.sessionID
        let rows = try commit.candidates.map { try Self.arguments(for: $0, sessionID: id) }
        let next = commit.next, expected = commit.expected, at = SQLiteCoding.seconds(commit.at)
        return try await write("committing to session \(id)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT batch_index, batch_offset, batch_yielded FROM search_sessions WHERE session_id = ? AND is_active = 1",
                    arguments: [id])
            else { throw ScoutError.sessionNotFound(id) }
            let stored = SessionCursor(
                batchIndex: row["batch_index"], offset: row["batch_offset"], yielded: row["batch_yielded"])
            guard stored == expected else { return false }
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO session_candidates (\(Self.candidateColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(session_id, employee_id) DO NOTHING
                    """)
            for arguments in rows { try insert.execute(arguments: arguments) }
            try db.execute(
                sql: """
                    UPDATE search_sessions SET batch_index = ?, batch_offset = ?, batch_yielded = ?,
                        total_discovered = (SELECT COUNT(*) FROM session_candidates WHERE session_id = ?),
                        updated_at = ?, last_accessed = ?
                    WHERE session_id = ?
                    """,
                arguments: [next.batchIndex, next.offset, next.yielded, id, at, at, id])
            return true
        }
    }

    public func replaceFailedEvaluation(
        sessionID: String, employeeID: Int, with evaluation: Evaluation
    ) async throws -> Bool {
        let json = try SQLiteCoding.json(evaluation)
        return try await write("rescoring candidate \(employeeID) of \(sessionID)") { db in
            try db.execute(
                sql: """
                    UPDATE session_candidates SET evaluation = ?
                    WHERE session_id = ? AND employee_id = ? AND json_extract(evaluation, '$.status') = 'failed'
                    """,
                arguments: [json, sessionID, employeeID])
            return db.changesCount > 0
        }
    }

    static func arguments(for candidate: SessionCandidate, sessionID: String) throws -> StatementArguments {
        [
            sessionID, candidate.employeeID, candidate.batchIndex, candidate.ordinal,
            try SQLiteCoding.json(candidate.preview),
            candidate.status.rawValue, candidate.freshness?.rawValue,
            candidate.profileFetchedAt.map(SQLiteCoding.seconds),
            try candidate.evaluation.map { try SQLiteCoding.json($0) }, candidate.note,
            SQLiteCoding.seconds(candidate.foundAt),
        ]
    }

    static func candidate(from row: Row) throws -> SessionCandidate {
        let freshness: String? = row["freshness"]
        let fetchedAt: Double? = row["profile_fetched_at"]
        let evaluation: String? = row["evaluation"]
        return SessionCandidate(
            sessionID: row["session_id"],
            employeeID: row["employee_id"],
            batchIndex: row["batch_index"],
            ordinal: row["ordinal"],
            preview: try SQLiteCoding.decode(CandidatePreview.self, from: row["preview"], column: "preview"),
            status: try SQLiteCoding.raw(SessionCandidate.Status.self, row["status"], column: "status"),
            freshness: try freshness.map { try SQLiteCoding.raw(ProfileFreshness.self, $0, column: "freshness") },
            profileFetchedAt: fetchedAt.map(SQLiteCoding.date),
            evaluation: try evaluation.map { try SQLiteCoding.decode(Evaluation.self, from: $0, column: "evaluation") },
            note: row["note"],
            foundAt: SQLiteCoding.date(row["found_at"]))
    }
}
