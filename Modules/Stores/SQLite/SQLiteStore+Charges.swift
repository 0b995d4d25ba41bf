import Foundation
import GRDB
public import ScoutCore

/// Pending charges as rows of `pending_charges`; a settle is one immediate transaction with the ledger entry and the
/// record's cache write.
extension SQLiteStore: PendingCharges {
    public func recordPendingCharge(_ charge: PendingCharge) async throws {
        let e = charge.entry
        let arguments: StatementArguments = [
            charge.id, charge.owner, e.sessionID, e.kind.rawValue, e.subject, e.credits, SQLiteCoding.seconds(e.at),
            SQLiteCoding.seconds(charge.recordedAt),
        ]
        try await write("recording a pending charge for \(e.kind.rawValue) \(e.subject)") { db in
            try db.execute(
                sql: """
                    INSERT INTO pending_charges (id, owner, session_id, kind, subject, credits, at, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments)
        }
    }

    @discardableResult
    public func settlePendingCharge(id: String, entry: LedgerEntry?, record: ChargedRecord?) async throws -> Bool {
        let ledger: StatementArguments? = entry.map {
            [$0.sessionID, $0.kind.rawValue, $0.subject, $0.credits, $0.cacheHit, SQLiteCoding.seconds($0.at)]
        }
        let save: (sql: String, arguments: StatementArguments)?
        switch record {
        case .profile(let profile, let at):
            save = (
                """
                INSERT INTO stored_profiles (employee_id, profile_data, fetched_at) VALUES (?, ?, ?)
                ON CONFLICT(employee_id) DO UPDATE SET profile_data = excluded.profile_data, fetched_at = excluded.fetched_at
                """, [profile.employeeID, try SQLiteCoding.json(profile), SQLiteCoding.seconds(at)]
            )
        case .company(let company, let at):
            save = (
                """
                INSERT INTO stored_companies (company_id, company_data, fetched_at) VALUES (?, ?, ?)
                ON CONFLICT(company_id) DO UPDATE SET company_data = excluded.company_data, fetched_at = excluded.fetched_at
                """, [company.id, try SQLiteCoding.json(company), SQLiteCoding.seconds(at)]
            )
        case nil: save = nil
        }
        return try await write("settling pending charge \(id)") { db in
            try db.execute(sql: "DELETE FROM pending_charges WHERE id = ?", arguments: [id])
            let wasPending = db.changesCount == 1
            if wasPending, let ledger {
                try db.execute(
                    sql:
                        "INSERT INTO credit_ledger (session_id, kind, subject, credits, cache_hit, at) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: ledger)
            }
            if let save { try db.execute(sql: save.sql, arguments: save.arguments) }
            return wasPending
        }
    }

    public func pendingCharges() async throws -> [PendingCharge] {
        try await read("reading pending charges") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, owner, session_id, kind, subject, credits, at, recorded_at FROM pending_charges
                    ORDER BY recorded_at, rowid
                    """
            ).map { row in
                PendingCharge(
                    id: row["id"], owner: row["owner"],
                    entry: LedgerEntry(
                        sessionID: row["session_id"],
                        kind: try SQLiteCoding.raw(CreditKind.self, row["kind"], column: "kind"),
                        subject: row["subject"], credits: row["credits"], cacheHit: false,
                        at: SQLiteCoding.date(row["at"])),
                    recordedAt: SQLiteCoding.date(row["recorded_at"]))
            }
        }
    }
}
