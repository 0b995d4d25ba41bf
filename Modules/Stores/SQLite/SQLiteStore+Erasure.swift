public import Foundation
import GRDB
public import ScoutCore

/// Erasure in one immediate transaction. Text is matched in lower case by `instr` (SQLite's `lower` folds ASCII only,
/// so a name is matched as given in other scripts), ids by their JSON members (``ErasureMatch/needles``).
extension SQLiteStore: PersonErasure {
    public func erasureSalt() async throws -> Data {
        if let salt = try await read(
            "reading the erasure salt",
            { db in
                try Data.fetchOne(db, sql: "SELECT salt FROM erasure_salt WHERE id = 1")
            })
        {
            return salt
        }
        return try await write("making the erasure salt") { db in
            if let salt = try Data.fetchOne(db, sql: "SELECT salt FROM erasure_salt WHERE id = 1") { return salt }
            let salt = Data((0..<32).map { _ in UInt8.random(in: 0...255) })
            try db.execute(sql: "INSERT INTO erasure_salt (id, salt) VALUES (1, ?)", arguments: [salt])
            return salt
        }
    }

    public func employeeIDs(named name: String, workspace: String?) async throws -> [Int] {
        let wanted = ErasureMatch.normalize(name: name)
        return try await read("finding people by name") { db in
            var ids = Set<Int>()
            let candidates = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.employee_id, json_extract(c.preview, '$.name') AS name FROM session_candidates c
                    JOIN search_sessions s ON s.session_id = c.session_id WHERE ? IS NULL OR s.workspace = ?
                    """, arguments: [workspace, workspace])
            let profiles = try Row.fetchAll(
                db, sql: "SELECT employee_id, json_extract(profile_data, '$.fullName') AS name FROM stored_profiles")
            for row in candidates + profiles
            where ErasureMatch.normalize(name: (row["name"] as String?) ?? "") == wanted {
                ids.insert(row["employee_id"])
            }
            return ids.sorted()
        }
    }

    public func erase(_ plan: ErasurePlan) async throws -> ErasureCounts {
        try await write("erasing people") { db in
            let ids = plan.match.employeeIDs
            let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
            let sessions = "SELECT session_id FROM search_sessions WHERE ? IS NULL OR workspace = ?"
            var counts = ErasureCounts()
            try db.execute(
                sql: "DELETE FROM session_candidates WHERE employee_id IN (\(list)) AND session_id IN (\(sessions))",
                arguments: [plan.workspace, plan.workspace])
            counts.candidates = db.changesCount
            try db.execute(
                sql: "DELETE FROM session_shortlist WHERE employee_id IN (\(list)) AND session_id IN (\(sessions))",
                arguments: [plan.workspace, plan.workspace])
            counts.shortlists = db.changesCount
            try db.execute(sql: "DELETE FROM stored_profiles WHERE employee_id IN (\(list))")
            counts.profiles = db.changesCount
            counts.answers = try Self.deleteMatches(
                db, table: "answer_cache", keys: ["namespace", "answer_key"], text: "answer", plan: plan)
            counts.idempotentAnswers = try Self.deleteMatches(
                db, table: "idempotency_keys", keys: ["workspace", "idem_key"], text: "body", plan: plan)
            let (profile, any) = plan.match.ledgerSubjects
            let marks = { (list: [String]) in list.isEmpty ? "NULL" : list.map { _ in "?" }.joined(separator: ",") }
            try db.execute(
                sql: """
                    UPDATE credit_ledger SET subject = 'erased'
                    WHERE ((kind = 'profile' AND subject IN (\(marks(profile)))) OR subject IN (\(marks(any))))
                    AND (? IS NULL OR session_id IN (\(sessions)))
                    """,
                arguments: StatementArguments(profile + any) + [plan.workspace, plan.workspace, plan.workspace])
            counts.ledgerEntries = db.changesCount
            for hash in plan.suppress {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO erasure_suppressions (subject_hash, scope, added_at) VALUES (?, ?, ?)",
                    arguments: [hash, ErasureAudit.scope(plan.workspace), plan.audit.at.timeIntervalSince1970])
            }
            var audit = plan.audit
            audit.counts = counts
            try Self.insert(audit, db)
            return counts
        }
    }

    /// Deletes the rows of `table` that mention the people (by `text`, or an evaluation key) and that the plan's
    /// workspace sees; returns how many.
    private static func deleteMatches(
        _ db: Database, table: String, keys: [String], text: String, plan: ErasurePlan
    ) throws -> Int {
        let needles = plan.match.needles
        guard !needles.isEmpty else { return 0 }
        let found = needles.map { _ in "instr(lower(CAST(\(text) AS TEXT)), ?) > 0" }.joined(separator: " OR ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT \(keys[0]) AS a, \(keys[1]) AS b, coalesce(\(found), 0) AS found FROM \(table)",
            arguments: StatementArguments(needles))
        var removed = 0
        for row in rows {
            let a: String = row["a"], b: String = row["b"]
            let visible =
                table == "answer_cache"
                ? ErasureMatch.namespace(a, visibleTo: plan.workspace) : (plan.workspace == nil || a == plan.workspace)
            guard visible,
                (row["found"] as Bool?) == true || (table == "answer_cache" && plan.match.matches(answerKey: b))
            else {
                continue
            }
            try db.execute(sql: "DELETE FROM \(table) WHERE \(keys[0]) = ? AND \(keys[1]) = ?", arguments: [a, b])
            removed += 1
        }
        return removed
    }

    public func suppressed(_ hashes: [String], workspace: String) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try await read("reading the suppression list") { db in
            let marks = hashes.map { _ in "?" }.joined(separator: ",")
            return Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT subject_hash FROM erasure_suppressions
                        WHERE subject_hash IN (\(marks)) AND (scope = ? OR scope = '*')
                        """, arguments: StatementArguments(hashes + [workspace])))
        }
    }

    public func allow(_ hashes: [String], workspace: String?, audit: ErasureAudit) async throws -> Int {
        try await write("allowing suppressed people") { db in
            var removed = 0
            for hash in hashes {
                try db.execute(
                    sql: "DELETE FROM erasure_suppressions WHERE subject_hash = ? AND (? IS NULL OR scope = ?)",
                    arguments: [hash, workspace, workspace])
                removed += db.changesCount
            }
            try Self.insert(audit, db)
            return removed
        }
    }

    public func erasureAudits(workspace: String?) async throws -> [ErasureAudit] {
        try await read("reading the erasure audit") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, action, subject_hash, scope, actor, counts, at FROM erasure_audit
                    WHERE ? IS NULL OR scope = ? ORDER BY at DESC, rowid DESC
                    """, arguments: [workspace, workspace]
            ).map { row in
                ErasureAudit(
                    id: row["id"],
                    action: try SQLiteCoding.raw(ErasureAudit.Action.self, row["action"], column: "action"),
                    subjectHash: row["subject_hash"], scope: row["scope"], actor: row["actor"],
                    counts: try SQLiteCoding.decode(ErasureCounts.self, from: row["counts"], column: "counts"),
                    at: SQLiteCoding.date(row["at"]))
            }
        }
    }

    private static func insert(_ audit: ErasureAudit, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO erasure_audit (id, action, subject_hash, scope, actor, counts, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                audit.id, audit.action.rawValue, audit.subjectHash, audit.scope, audit.actor,
                try SQLiteCoding.json(audit.counts), audit.at.timeIntervalSince1970,
            ])
    }
}
