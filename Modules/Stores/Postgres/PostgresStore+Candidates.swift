import Foundation
import PostgresNIO
public import ScoutCore

extension PostgresStore {
    static let candidateColumns = """
        session_id, employee_id, batch_index, ordinal, preview, status, freshness, profile_fetched_at, evaluation, note,
        found_at
        """
    /// Column types of ``candidateColumns``, cast explicitly so a NULL bind never has to be guessed.
    static let candidateTypes = [
        "text", "bigint", "integer", "integer", "jsonb", "text", "text", "timestamptz", "jsonb", "text", "timestamptz",
    ]

    public func candidates(sessionID: String) async throws -> [SessionCandidate] {
        try await run("reading candidates of \(sessionID)") { client in
            try await client.query(
                """
                SELECT session_id, employee_id, batch_index, ordinal, preview::text AS preview, status, freshness,
                    profile_fetched_at, evaluation::text AS evaluation, note, found_at
                FROM session_candidates WHERE session_id = \(sessionID) ORDER BY ordinal, inserted_seq
                """, logger: logger
            ).all().map(Self.candidate(from:))
        }
    }

    /// One transaction: a compare-and-set `UPDATE … WHERE` the stored cursor is `expected` (concurrent committers
    /// queue on the row lock and re-check the cursor, so exactly one wins), then one multi-row insert of the
    /// candidates (`ON CONFLICT (session_id, employee_id) DO NOTHING`), then `total_discovered` grows by the rows
    /// actually inserted. Throws `sessionNotFound` for an unknown or cleared session.
    public func commit(_ commit: BatchCommit) async throws -> Bool {
        let id = commit.sessionID, expected = commit.expected, next = commit.next,
            at = PostgresCoding.timestamp(commit.at)
        let insert = try Self.insertQuery(commit.candidates, sessionID: id)
        return try await transaction("committing to session \(id)") { connection in
            let moved = try await connection.query(
                """
                UPDATE search_sessions SET batch_index = \(next.batchIndex), batch_offset = \(next.offset),
                    batch_yielded = \(next.yielded), updated_at = \(at), last_accessed = \(at)
                WHERE session_id = \(id) AND is_active AND batch_index = \(expected.batchIndex)
                    AND batch_offset = \(expected.offset) AND batch_yielded = \(expected.yielded)
                RETURNING session_id
                """, logger: logger
            ).collect()
            guard !moved.isEmpty else {
                let exists = try await connection.query(
                    "SELECT 1 FROM search_sessions WHERE session_id = \(id) AND is_active", logger: logger
                ).collect()
                if exists.isEmpty { throw ScoutError.sessionNotFound(id) }
                return false
            }
            guard let insert else { return true }
            let inserted = try await connection.query(insert, logger: logger).collect().count
            if inserted > 0 {
                _ = try await connection.query(
                    "UPDATE search_sessions SET total_discovered = total_discovered + \(inserted) WHERE session_id = \(id)",
                    logger: logger
                ).collect()
            }
            return true
        }
    }

    public func replaceFailedEvaluation(
        sessionID: String, employeeID: Int, with evaluation: Evaluation
    ) async throws -> Bool {
        let json = try PostgresCoding.json(evaluation)
        return try await run("rescoring candidate \(employeeID) of \(sessionID)") { client in
            try await !client.query(
                """
                UPDATE session_candidates SET evaluation = \(json)::jsonb
                WHERE session_id = \(sessionID) AND employee_id = \(employeeID) AND evaluation->>'status' = 'failed'
                RETURNING employee_id
                """, logger: logger
            ).collect().isEmpty
        }
    }

    /// `INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING RETURNING employee_id` for all candidates; nil when none.
    /// Rows go in list order, so the first of two duplicates wins.
    static func insertQuery(_ candidates: [SessionCandidate], sessionID: String) throws -> PostgresQuery? {
        guard !candidates.isEmpty else { return nil }
        var binds = PostgresBindings(capacity: candidates.count * 11)
        var rows: [String] = []
        for candidate in candidates {
            let first = binds.count + 1
            binds.append(sessionID)
            binds.append(candidate.employeeID)
            binds.append(candidate.batchIndex)
            binds.append(candidate.ordinal)
            binds.append(try PostgresCoding.json(candidate.preview))
            binds.append(candidate.status.rawValue)
            binds.append(candidate.freshness?.rawValue)
            binds.append(PostgresCoding.timestamp(candidate.profileFetchedAt))
            binds.append(try candidate.evaluation.map { try PostgresCoding.json($0) })
            binds.append(candidate.note)
            binds.append(PostgresCoding.timestamp(candidate.foundAt))
            rows.append("(" + zip(first..., Self.candidateTypes).map { "$\($0)::\($1)" }.joined(separator: ", ") + ")")
        }
        return PostgresQuery(
            unsafeSQL: """
                INSERT INTO session_candidates (\(candidateColumns)) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (session_id, employee_id) DO NOTHING RETURNING employee_id
                """, binds: binds)
    }

    static func candidate(from row: PostgresRandomAccessRow) throws -> SessionCandidate {
        let freshness: String? = try row.value("freshness")
        let evaluation: String? = try row.value("evaluation")
        return SessionCandidate(
            sessionID: try row.value("session_id"),
            employeeID: try row.value("employee_id"),
            batchIndex: try row.value("batch_index"),
            ordinal: try row.value("ordinal"),
            preview: try PostgresCoding.decode(CandidatePreview.self, from: row.value("preview"), column: "preview"),
            status: try PostgresCoding.raw(SessionCandidate.Status.self, row.value("status"), column: "status"),
            freshness: try freshness.map { try PostgresCoding.raw(ProfileFreshness.self, $0, column: "freshness") },
            profileFetchedAt: try row.value("profile_fetched_at"),
            evaluation: try evaluation.map {
                try PostgresCoding.decode(Evaluation.self, from: $0, column: "evaluation")
            },
            note: try row.value("note"),
            foundAt: try row.value("found_at"))
    }
}
