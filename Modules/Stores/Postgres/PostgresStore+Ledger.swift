public import Foundation
import PostgresNIO
public import ScoutCore

extension PostgresStore {
    /// One multi-row insert for all entries.
    public func record(_ entries: [LedgerEntry]) async throws {
        guard !entries.isEmpty else { return }
        var binds = PostgresBindings(capacity: entries.count * 6)
        var rows: [String] = []
        for entry in entries {
            let first = binds.count + 1
            binds.append(entry.sessionID)
            binds.append(entry.kind.rawValue)
            binds.append(entry.subject)
            binds.append(entry.credits)
            binds.append(entry.cacheHit)
            binds.append(PostgresCoding.timestamp(entry.at))
            let types = ["text", "text", "text", "integer", "boolean", "timestamptz"]
            rows.append("(" + zip(first..., types).map { "$\($0)::\($1)" }.joined(separator: ", ") + ")")
        }
        let query = PostgresQuery(
            unsafeSQL: """
                INSERT INTO credit_ledger (session_id, kind, subject, credits, cache_hit, at) VALUES \(rows.joined(separator: ", "))
                """, binds: binds)
        try await run("recording \(entries.count) ledger entries") { client in
            try await client.query(query, logger: logger).collect()
        }
    }

    public func creditsUsed(since: Date) async throws -> Int {
        try await run("reading credits used since \(since)") { client in
            let rows = try await client.query(
                """
                SELECT COALESCE(SUM(credits), 0)::bigint AS credits FROM credit_ledger WHERE NOT cache_hit AND at >= \(PostgresCoding.timestamp(since)) AND kind NOT IN (\(unescaped: CreditKind.otherVendorsSQL))
                """, logger: logger
            ).all()
            return try rows.first?.value("credits") ?? 0
        }
    }

    /// Aggregated in SQL: one row per (kind, cache hit).
    public func ledgerTotals(sessionID: String?) async throws -> LedgerTotals {
        try await run("reading ledger totals") { client in
            let rows = try await client.query(
                """
                SELECT kind, cache_hit, COUNT(*)::bigint AS calls, COALESCE(SUM(credits), 0)::bigint AS credits
                FROM credit_ledger WHERE \(sessionID)::text IS NULL OR session_id = \(sessionID)::text GROUP BY kind, cache_hit
                """, logger: logger
            ).all()
            var totals = LedgerTotals()
            for row in rows {
                let kind = try PostgresCoding.raw(CreditKind.self, row.value("kind"), column: "kind")
                let hit: Bool = try row.value("cache_hit"), calls: Int = try row.value("calls"),
                    credits: Int = try row.value("credits")
                totals.add(kind: kind, cacheHit: hit, calls: calls, credits: credits)
            }
            return totals
        }
    }
}
