public import Foundation
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
            try db.execute(
                sql: "UPDATE charge_owners SET last_active_at = max(last_active_at, ?) WHERE owner = ?",
                arguments: [SQLiteCoding.seconds(charge.recordedAt), charge.owner])
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
            let owner = try String.fetchOne(db, sql: "SELECT owner FROM pending_charges WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM pending_charges WHERE id = ?", arguments: [id])
            let wasPending = db.changesCount == 1
            if wasPending, let ledger, let entry {
                try db.execute(
                    sql:
                        "INSERT INTO credit_ledger (session_id, kind, subject, credits, cache_hit, at) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: ledger)
                try db.execute(
                    sql: """
                        UPDATE charge_owners SET settled_credits = settled_credits + ?, last_active_at = max(last_active_at, ?)
                        WHERE owner = ?
                        """, arguments: [entry.credits, SQLiteCoding.seconds(Date()), owner])
            }
            if let save { try db.execute(sql: save.sql, arguments: save.arguments) }
            return wasPending
        }
    }

    public func markPendingChargeSent(id: String, at: Date) async throws {
        try await write("marking pending charge \(id) sent again") { db in
            try db.execute(
                sql: "UPDATE pending_charges SET recorded_at = ? WHERE id = ?",
                arguments: [SQLiteCoding.seconds(at), id])
            try db.execute(
                sql: """
                    UPDATE charge_owners SET last_active_at = max(last_active_at, ?)
                    WHERE owner = (SELECT owner FROM pending_charges WHERE id = ?)
                    """, arguments: [SQLiteCoding.seconds(at), id])
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

    public func registerChargeOwner(_ owner: ChargeOwner) async throws {
        let arguments: StatementArguments = [
            owner.owner, owner.creditsBefore, owner.settledCredits, SQLiteCoding.seconds(owner.startedAt),
            SQLiteCoding.seconds(owner.lastActiveAt),
        ]
        try await write("registering charge owner \(owner.owner)") { db in
            try db.execute(
                sql: """
                    INSERT INTO charge_owners (owner, credits_before, settled_credits, started_at, last_active_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT(owner) DO NOTHING
                    """, arguments: arguments)
        }
    }

    public func chargeOwners() async throws -> [ChargeOwner] {
        try await read("reading charge owners") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT owner, credits_before, settled_credits, started_at, last_active_at FROM charge_owners
                    ORDER BY started_at, owner
                    """
            ).map { row in
                ChargeOwner(
                    owner: row["owner"], creditsBefore: row["credits_before"], settledCredits: row["settled_credits"],
                    startedAt: SQLiteCoding.date(row["started_at"]),
                    lastActiveAt: SQLiteCoding.date(row["last_active_at"]))
            }
        }
    }

    public func removeChargeOwner(_ owner: String) async throws {
        try await write("removing charge owner \(owner)") { db in
            try db.execute(sql: "DELETE FROM charge_owners WHERE owner = ?", arguments: [owner])
        }
    }
}
