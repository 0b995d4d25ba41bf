public import Foundation
import PostgresNIO
public import ScoutCore

/// Pending charges as rows of `pending_charges`; a settle is one transaction with the ledger entry and the record's
/// cache write. Whoever deletes the pending row writes the ledger entry, so a charge reconciled by another process
/// is never written twice.
extension PostgresStore: PendingCharges {
    public func recordPendingCharge(_ charge: PendingCharge) async throws {
        let e = charge.entry, at = PostgresCoding.timestamp(e.at),
            recorded = PostgresCoding.timestamp(charge.recordedAt)
        // One statement: the charge and its owner's activity.
        try await run("recording a pending charge for \(e.kind.rawValue) \(e.subject)") { client in
            try await client.query(
                """
                WITH recorded AS (
                    INSERT INTO pending_charges (id, owner, session_id, kind, subject, credits, at, recorded_at)
                    VALUES (\(charge.id), \(charge.owner), \(e.sessionID), \(e.kind.rawValue), \(e.subject), \(e.credits), \(at), \(recorded))
                    RETURNING owner
                )
                UPDATE charge_owners SET last_active_at = GREATEST(last_active_at, \(recorded))
                WHERE owner IN (SELECT owner FROM recorded)
                """, logger: logger
            ).collect()
        }
    }

    @discardableResult
    public func settlePendingCharge(id: String, entry: LedgerEntry?, record: ChargedRecord?) async throws -> Bool {
        var save: PostgresQuery?
        switch record {
        case .profile(let profile, let fetchedAt):
            let data = try PostgresCoding.json(profile), at = PostgresCoding.timestamp(fetchedAt)
            save = """
                INSERT INTO stored_profiles (employee_id, profile_data, fetched_at) VALUES (\(profile.employeeID), \(data)::jsonb, \(at))
                ON CONFLICT (employee_id) DO UPDATE SET profile_data = EXCLUDED.profile_data, fetched_at = EXCLUDED.fetched_at
                """
        case .company(let company, let fetchedAt):
            let data = try PostgresCoding.json(company), at = PostgresCoding.timestamp(fetchedAt)
            save = """
                INSERT INTO stored_companies (company_id, company_data, fetched_at) VALUES (\(company.id), \(data)::jsonb, \(at))
                ON CONFLICT (company_id) DO UPDATE SET company_data = EXCLUDED.company_data, fetched_at = EXCLUDED.fetched_at
                """
        case nil: save = nil
        }
        let query = save
        return try await transaction("settling pending charge \(id)") { connection in
            let owners = try await connection.query(
                "DELETE FROM pending_charges WHERE id = \(id) RETURNING owner", logger: logger
            ).collect()
            let wasPending = owners.count == 1
            if wasPending, let e = entry {
                let owner = try owners[0].decode(String.self)
                _ = try await connection.query(
                    """
                    INSERT INTO credit_ledger (session_id, kind, subject, credits, cache_hit, at)
                    VALUES (\(e.sessionID), \(e.kind.rawValue), \(e.subject), \(e.credits), \(e.cacheHit), \(PostgresCoding.timestamp(e.at)))
                    """, logger: logger
                ).collect()
                _ = try await connection.query(
                    """
                    UPDATE charge_owners SET settled_credits = settled_credits + \(e.credits),
                    last_active_at = GREATEST(last_active_at, \(PostgresCoding.timestamp(Date()))) WHERE owner = \(owner)
                    """, logger: logger
                ).collect()
            }
            if let query { _ = try await connection.query(query, logger: logger).collect() }
            return wasPending
        }
    }

    public func markPendingChargeSent(id: String, at: Date) async throws {
        let sent = PostgresCoding.timestamp(at)
        try await run("marking pending charge \(id) sent again") { client in
            try await client.query(
                """
                WITH marked AS (UPDATE pending_charges SET recorded_at = \(sent) WHERE id = \(id) RETURNING owner)
                UPDATE charge_owners SET last_active_at = GREATEST(last_active_at, \(sent))
                WHERE owner IN (SELECT owner FROM marked)
                """, logger: logger
            ).collect()
        }
    }

    public func pendingCharges() async throws -> [PendingCharge] {
        try await run("reading pending charges") { client in
            try await client.query(
                """
                SELECT id, owner, session_id, kind, subject, credits, at, recorded_at FROM pending_charges
                ORDER BY recorded_at, id
                """, logger: logger
            ).all().map { row in
                PendingCharge(
                    id: try row.value("id"), owner: try row.value("owner"),
                    entry: LedgerEntry(
                        sessionID: try row.value("session_id"),
                        kind: try PostgresCoding.raw(CreditKind.self, try row.value("kind"), column: "kind"),
                        subject: try row.value("subject"), credits: try row.value("credits"), cacheHit: false,
                        at: try row.value("at")),
                    recordedAt: try row.value("recorded_at"))
            }
        }
    }

    public func registerChargeOwner(_ owner: ChargeOwner) async throws {
        let started = PostgresCoding.timestamp(owner.startedAt), active = PostgresCoding.timestamp(owner.lastActiveAt)
        try await run("registering charge owner \(owner.owner)") { client in
            try await client.query(
                """
                INSERT INTO charge_owners (owner, credits_before, settled_credits, started_at, last_active_at)
                VALUES (\(owner.owner), \(owner.creditsBefore), \(owner.settledCredits), \(started), \(active))
                ON CONFLICT (owner) DO NOTHING
                """, logger: logger
            ).collect()
        }
    }

    public func chargeOwners() async throws -> [ChargeOwner] {
        try await run("reading charge owners") { client in
            try await client.query(
                """
                SELECT owner, credits_before, settled_credits, started_at, last_active_at FROM charge_owners
                ORDER BY started_at, owner
                """, logger: logger
            ).all().map { row in
                ChargeOwner(
                    owner: try row.value("owner"), creditsBefore: try row.value("credits_before", as: Int?.self),
                    settledCredits: try row.value("settled_credits"), startedAt: try row.value("started_at"),
                    lastActiveAt: try row.value("last_active_at"))
            }
        }
    }

    public func removeChargeOwner(_ owner: String) async throws {
        try await run("removing charge owner \(owner)") { client in
            try await client.query("DELETE FROM charge_owners WHERE owner = \(owner)", logger: logger).collect()
        }
    }
}
