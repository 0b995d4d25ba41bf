import Foundation
import PostgresNIO
public import ScoutCore

/// A daily credit ceiling per vendor that holds across processes: used by the core's `budget.daily_credits`
/// through ``CreditReservations``. Reserve before a billed call, settle after it. A reservation left by a crashed process
/// stops counting after its TTL. Days are UTC days of the database server's clock.
extension PostgresStore {
    /// Holds `credits` for `vendor` today, or throws `budgetExceeded` when spent + held + `credits` would pass
    /// `dailyLimit`. Serialised per vendor by a transaction-scoped advisory lock (safe behind a transaction pooler).
    public func reserveCredits(
        vendor: String, credits: Int, dailyLimit: Int, ttl: Duration? = nil
    ) async throws -> CreditReservation {
        let id = UUID().uuidString.lowercased(), seconds = Self.seconds(ttl ?? Self.reservationTTL)
        return try await transaction("reserving \(credits) \(vendor) credits") { connection in
            _ = try await connection.query("SELECT pg_advisory_xact_lock(7305, hashtext(\(vendor)))", logger: logger)
                .collect()
            let row = try await connection.query(
                """
                WITH today AS (SELECT (clock_timestamp() AT TIME ZONE 'UTC')::date AS day)
                SELECT today.day::text AS day,
                    COALESCE((SELECT spent FROM credit_budget_days b WHERE b.vendor = \(vendor) AND b.day = today.day), 0)::bigint AS spent,
                    COALESCE((SELECT SUM(credits) FROM credit_reservations r WHERE r.vendor = \(vendor) AND r.day = today.day
                        AND r.expires_at > clock_timestamp()), 0)::bigint AS held
                FROM today
                """, logger: logger
            ).all().first
            guard let row else {
                throw ScoutError.store("postgres store: reading the \(vendor) budget returned nothing")
            }
            let day: String = try row.value("day"), spent: Int = try row.value("spent"),
                held: Int = try row.value("held")
            guard spent + held + credits <= dailyLimit else {
                throw ScoutError(
                    .budgetExceeded,
                    "\(vendor) daily credit budget reached: \(spent) of \(dailyLimit) credits "
                        + "spent on \(day) (\(held) held by calls in flight); the next call needs \(credits)")
            }
            _ = try await connection.query(
                """
                INSERT INTO credit_reservations (id, vendor, day, credits, expires_at)
                VALUES (\(id), \(vendor), \(day)::date, \(credits), clock_timestamp() + make_interval(secs => \(seconds)))
                """, logger: logger
            ).collect()
            return CreditReservation(id: id, vendor: vendor, day: day, credits: credits)
        }
    }

    /// How long a reservation counts unless settled: a billed call's whole life (retries and backoff included), so
    /// not the record claims' short, renewed time to live.
    public static let reservationTTL: Duration = .seconds(120)

    /// Settles a reservation: drops it and adds `spent` credits (at most the reserved amount) to its day.
    public func settleCredits(_ reservation: CreditReservation, spent: Int) async throws {
        let kept = min(max(0, spent), reservation.credits)
        try await transaction("settling \(reservation.vendor) credits") { connection in
            _ = try await connection.query(
                "DELETE FROM credit_reservations WHERE id = \(reservation.id)", logger: logger
            ).collect()
            _ = try await connection.query(
                """
                INSERT INTO credit_budget_days (vendor, day, spent) VALUES (\(reservation.vendor), \(reservation.day)::date, \(kept))
                ON CONFLICT (vendor, day) DO UPDATE SET spent = credit_budget_days.spent + EXCLUDED.spent
                """, logger: logger
            ).collect()
        }
    }

    /// Credits settled for `vendor` today (UTC, server time).
    public func creditsSpentToday(vendor: String) async throws -> Int {
        try await run("reading \(vendor) credits spent today") { client in
            try await client.query(
                """
                SELECT COALESCE(SUM(spent), 0)::bigint AS spent FROM credit_budget_days
                WHERE vendor = \(vendor) AND day = (clock_timestamp() AT TIME ZONE 'UTC')::date
                """, logger: logger
            ).all().first?.value("spent") ?? 0
        }
    }
}

extension PostgresStore: CreditReservations {}
