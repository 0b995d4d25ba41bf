public import Foundation
import Logging
import PostgresNIO
public import ScoutCore

/// Erasure in one transaction. Stored answers are matched with `strpos` on their lower-cased text
/// (``ErasureMatch/needles``), evaluations also by their key's prefix.
extension PostgresStore: PersonErasure {
    public func erasureSalt() async throws -> Data {
        if let salt = try await run(
            "reading the erasure salt",
            { client in
                try await client.query("SELECT salt FROM erasure_salt WHERE id = 1", logger: logger).all().first
                    .map { try $0.value("salt", as: Data.self) }
            })
        {
            return salt
        }
        let made = Data((0..<32).map { _ in UInt8.random(in: 0...255) })
        return try await transaction("making the erasure salt") { connection in
            _ = try await connection.query(
                "INSERT INTO erasure_salt (id, salt) VALUES (1, \(made)) ON CONFLICT (id) DO NOTHING", logger: logger
            ).collect()
            guard
                let row = try await connection.query("SELECT salt FROM erasure_salt WHERE id = 1", logger: logger)
                    .all().first
            else { throw ScoutError.store("postgres store: the erasure salt is missing") }
            return try row.value("salt", as: Data.self)
        }
    }

    public func employeeIDs(named name: String, workspace: String?) async throws -> [Int] {
        let wanted = ErasureMatch.normalize(name: name)
        return try await run("finding people by name") { client in
            let candidates = try await client.query(
                """
                SELECT c.employee_id, c.preview->>'name' AS name FROM session_candidates c
                JOIN search_sessions s ON s.session_id = c.session_id
                WHERE \(workspace)::text IS NULL OR s.workspace = \(workspace)
                """, logger: logger
            ).all()
            let profiles = try await client.query(
                "SELECT employee_id, profile_data->>'fullName' AS name FROM stored_profiles", logger: logger
            ).all()
            var ids = Set<Int>()
            for row in candidates + profiles {
                let found = try row.value("name", as: String?.self) ?? ""
                if ErasureMatch.normalize(name: found) == wanted {
                    ids.insert(Int(try row.value("employee_id", as: Int64.self)))
                }
            }
            return ids.sorted()
        }
    }

    public func erase(_ plan: ErasurePlan) async throws -> ErasureCounts {
        let ids = plan.match.employeeIDs.map(Int64.init), (subjects, evaluations) = plan.match.ledgerSubjects
        let needles = plan.match.needles, workspace = plan.workspace
        let prefixes = plan.match.employeeIDs.map(ErasureMatch.evaluationKeyPrefix)
        let scopedPrefix = WorkspaceCache.scopedPrefix
        let ownPrefix = workspace.map(WorkspaceCache.namespacePrefix) ?? ""
        let scope = ErasureAudit.scope(workspace), at = PostgresCoding.timestamp(plan.audit.at)
        return try await transaction("erasing people") { connection in
            func count(_ query: PostgresQuery) async throws -> Int {
                try await connection.query(query, logger: logger).collect().count
            }
            var counts = ErasureCounts()
            counts.candidates = try await count(
                """
                DELETE FROM session_candidates WHERE employee_id = ANY(\(ids)) AND session_id IN (
                    SELECT session_id FROM search_sessions WHERE \(workspace)::text IS NULL OR workspace = \(workspace))
                RETURNING 1
                """)
            counts.shortlists = try await count(
                """
                DELETE FROM session_shortlist WHERE employee_id = ANY(\(ids)) AND session_id IN (
                    SELECT session_id FROM search_sessions WHERE \(workspace)::text IS NULL OR workspace = \(workspace))
                RETURNING 1
                """)
            counts.profiles = try await count(
                "DELETE FROM stored_profiles WHERE employee_id = ANY(\(ids)) RETURNING 1")
            counts.answers = try await count(
                """
                DELETE FROM answer_cache
                WHERE (\(workspace)::text IS NULL OR NOT starts_with(namespace, \(scopedPrefix))
                       OR starts_with(namespace, \(ownPrefix)))
                  AND (EXISTS (SELECT 1 FROM unnest(\(needles)::text[]) n
                               WHERE strpos(lower(convert_from(answer, 'UTF8')), n) > 0)
                       OR EXISTS (SELECT 1 FROM unnest(\(prefixes)::text[]) p WHERE starts_with(answer_key, p)))
                RETURNING 1
                """)
            counts.idempotentAnswers = try await count(
                """
                DELETE FROM idempotency_keys
                WHERE (\(workspace)::text IS NULL OR workspace = \(workspace)) AND body IS NOT NULL
                  AND EXISTS (SELECT 1 FROM unnest(\(needles)::text[]) n
                              WHERE strpos(lower(convert_from(body, 'UTF8')), n) > 0)
                RETURNING 1
                """)
            counts.ledgerEntries = try await count(
                """
                UPDATE credit_ledger SET subject = 'erased'
                WHERE ((kind = 'profile' AND subject = ANY(\(subjects))) OR subject = ANY(\(evaluations)))
                  AND (\(workspace)::text IS NULL OR session_id IN (
                      SELECT session_id FROM search_sessions WHERE workspace = \(workspace)))
                RETURNING 1
                """)
            for hash in plan.suppress {
                _ = try await connection.query(
                    """
                    INSERT INTO erasure_suppressions (subject_hash, scope, added_at) VALUES (\(hash), \(scope), \(at))
                    ON CONFLICT (subject_hash, scope) DO NOTHING
                    """, logger: logger
                ).collect()
            }
            var audit = plan.audit
            audit.counts = counts
            try await Self.insert(audit, connection, logger: logger)
            return counts
        }
    }

    public func suppressed(_ hashes: [String], workspace: String) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try await run("reading the suppression list") { client in
            Set(
                try await client.query(
                    """
                    SELECT subject_hash FROM erasure_suppressions
                    WHERE subject_hash = ANY(\(hashes)) AND (scope = \(workspace) OR scope = '*')
                    """, logger: logger
                ).all().map { try $0.value("subject_hash", as: String.self) })
        }
    }

    public func allow(_ hashes: [String], workspace: String?, audit: ErasureAudit) async throws -> Int {
        try await transaction("allowing suppressed people") { connection in
            let removed = try await connection.query(
                """
                DELETE FROM erasure_suppressions
                WHERE subject_hash = ANY(\(hashes)) AND (\(workspace)::text IS NULL OR scope = \(workspace))
                RETURNING 1
                """, logger: logger
            ).collect().count
            try await Self.insert(audit, connection, logger: logger)
            return removed
        }
    }

    public func erasureAudits(workspace: String?) async throws -> [ErasureAudit] {
        try await run("reading the erasure audit") { client in
            try await client.query(
                """
                SELECT id, action, subject_hash, scope, actor, counts::text AS counts, at FROM erasure_audit
                WHERE \(workspace)::text IS NULL OR scope = \(workspace) ORDER BY at DESC, seq DESC
                """, logger: logger
            ).all().map { row in
                ErasureAudit(
                    id: try row.value("id"),
                    action: try PostgresCoding.raw(ErasureAudit.Action.self, try row.value("action"), column: "action"),
                    subjectHash: try row.value("subject_hash"), scope: try row.value("scope"),
                    actor: try row.value("actor"),
                    counts: try PostgresCoding.decode(
                        ErasureCounts.self, from: try row.value("counts"), column: "counts"),
                    at: try row.value("at"))
            }
        }
    }

    private static func insert(_ audit: ErasureAudit, _ connection: PostgresConnection, logger: Logger) async throws {
        let counts = try PostgresCoding.json(audit.counts), at = PostgresCoding.timestamp(audit.at)
        _ = try await connection.query(
            """
            INSERT INTO erasure_audit (id, action, subject_hash, scope, actor, counts, at)
            VALUES (\(audit.id), \(audit.action.rawValue), \(audit.subjectHash), \(audit.scope), \(audit.actor), \(counts)::jsonb, \(at))
            """, logger: logger
        ).collect()
    }
}
