public import Foundation
import PostgresNIO
public import ScoutCore

/// Who holds a record claim, and until when (server time).
public struct RecordClaim: Sendable, Equatable {
    public var owner: String
    public var expiresAt: Date
}

/// Cross-process claims on vendor records, so two sessions needing the same employee or company fetch it once.
/// Times come from the database server's clock, so processes need not agree on theirs.
///
/// The orchestrator's pattern: on a cache miss, `claimRecord`; the winner fetches, saves to the cache and calls
/// `releaseRecord`; a loser calls `awaitRelease` and reads the cache (claiming again if the record is still missing,
/// e.g. because the winner failed). A claim left by a crashed process expires after its TTL.
extension PostgresStore {
    /// Takes the claim on (kind, id) for `owner` when nobody holds it, its holder's claim expired, or `owner`
    /// already holds it (renewal). Returns false when another owner holds a live claim.
    public func claimRecord(_ kind: CreditKind, id: String, owner: String, ttl: Duration? = nil) async throws -> Bool {
        let seconds = Self.seconds(ttl ?? claimTTL)
        return try await run("claiming \(kind.rawValue) \(id)") { client in
            try await client.query(
                """
                INSERT INTO record_claims (kind, subject, owner, claimed_at, expires_at)
                VALUES (\(kind.rawValue), \(id), \(owner), clock_timestamp(), clock_timestamp() + make_interval(secs => \(seconds)))
                ON CONFLICT (kind, subject) DO UPDATE
                    SET owner = EXCLUDED.owner, claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
                    WHERE record_claims.expires_at <= clock_timestamp() OR record_claims.owner = EXCLUDED.owner
                RETURNING owner
                """, logger: logger
            ).collect().count == 1
        }
    }

    /// Gives up `owner`'s claim on (kind, id); false when `owner` did not hold it (it expired and was taken over).
    @discardableResult
    public func releaseRecord(_ kind: CreditKind, id: String, owner: String) async throws -> Bool {
        try await run("releasing \(kind.rawValue) \(id)") { client in
            try await client.query(
                """
                DELETE FROM record_claims WHERE kind = \(kind.rawValue) AND subject = \(id) AND owner = \(owner) RETURNING owner
                """, logger: logger
            ).collect().count == 1
        }
    }

    /// The live claim on (kind, id), if any.
    public func claimHolder(_ kind: CreditKind, id: String) async throws -> RecordClaim? {
        try await run("reading the claim on \(kind.rawValue) \(id)") { client in
            try await client.query(
                """
                SELECT owner, expires_at FROM record_claims
                WHERE kind = \(kind.rawValue) AND subject = \(id) AND expires_at > clock_timestamp()
                """, logger: logger
            ).all().first.map { row in
                RecordClaim(owner: try row.value("owner"), expiresAt: try row.value("expires_at"))
            }
        }
    }

    /// Waits until nobody holds a live claim on (kind, id), polling every `interval`; false when `timeout` passed first.
    public func awaitRelease(
        _ kind: CreditKind, id: String, timeout: Duration = .seconds(10), interval: Duration = .milliseconds(100)
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while try await claimHolder(kind, id: id) != nil {
            if ContinuousClock.now >= deadline { return false }
            try await Task.sleep(for: interval)
        }
        return true
    }

    /// Deletes expired claims; returns how many. Optional housekeeping: expired claims are taken over anyway.
    @discardableResult
    public func purgeExpiredClaims() async throws -> Int {
        try await run("purging expired claims") { client in
            try await client.query(
                "DELETE FROM record_claims WHERE expires_at <= clock_timestamp() RETURNING owner", logger: logger
            ).collect().count
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

extension PostgresStore: RecordClaims {}
