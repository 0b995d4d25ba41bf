public import Foundation
import GRDB
public import ScoutCore

extension SQLiteStore {
    public func record(_ entries: [LedgerEntry]) async throws {
        guard !entries.isEmpty else { return }
        let rows: [StatementArguments] = entries.map {
            [$0.sessionID, $0.kind.rawValue, $0.subject, $0.credits, $0.cacheHit, SQLiteCoding.seconds($0.at)]
        }
        try await write("recording \(entries.count) ledger entries") { db in
            let insert = try db.cachedStatement(
                sql:
                    "INSERT INTO credit_ledger (session_id, kind, subject, credits, cache_hit, at) VALUES (?, ?, ?, ?, ?, ?)"
            )
            for arguments in rows { try insert.execute(arguments: arguments) }
        }
    }

    public func creditsUsed(since: Date) async throws -> Int {
        try await read("reading credits used since \(since)") { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT COALESCE(SUM(credits), 0) FROM credit_ledger WHERE cache_hit = 0 AND at >= ? AND kind NOT IN (\(CreditKind.otherVendorsSQL))",
                arguments: [SQLiteCoding.seconds(since)]) ?? 0
        }
    }

    /// Aggregated in SQL: one row per (kind, cache hit).
    public func ledgerTotals(sessionID: String?) async throws -> LedgerTotals {
        try await read("reading ledger totals") { db in
            let filter = sessionID == nil ? "" : "WHERE session_id = ?"
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT kind, cache_hit, COUNT(*) AS calls, COALESCE(SUM(credits), 0) AS credits
                    FROM credit_ledger \(filter) GROUP BY kind, cache_hit
                    """,
                arguments: sessionID.map { [$0] } ?? [])
            var totals = LedgerTotals()
            for row in rows {
                let kind = try SQLiteCoding.raw(CreditKind.self, row["kind"], column: "kind")
                let hit: Bool = row["cache_hit"], calls: Int = row["calls"], credits: Int = row["credits"]
                totals.add(kind: kind, cacheHit: hit, calls: calls, credits: credits)
            }
            return totals
        }
    }
}
