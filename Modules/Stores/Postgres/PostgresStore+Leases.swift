import Foundation
import PostgresNIO
public import ScoutCore

/// Slice leases as rows of `slice_leases` with an expiry by the database server's clock: plain statements, no
/// session-level advisory lock, so they work behind a transaction pooler (Supabase's port 6543) too.
extension PostgresStore: SliceLeases {
    public func acquireSliceLease(sessionID: String, owner: String, ttl: Duration) async throws -> Bool {
        let seconds = Self.seconds(ttl)
        return try await run("taking the slice lease of \(sessionID)") { client in
            try await client.query(
                """
                INSERT INTO slice_leases (session_id, owner, expires_at)
                VALUES (\(sessionID), \(owner), clock_timestamp() + make_interval(secs => \(seconds)))
                ON CONFLICT (session_id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
                    WHERE slice_leases.expires_at <= clock_timestamp() OR slice_leases.owner = EXCLUDED.owner
                RETURNING owner
                """, logger: logger
            ).collect().count == 1
        }
    }

    @discardableResult
    public func releaseSliceLease(sessionID: String, owner: String) async throws -> Bool {
        try await run("releasing the slice lease of \(sessionID)") { client in
            try await client.query(
                "DELETE FROM slice_leases WHERE session_id = \(sessionID) AND owner = \(owner) RETURNING owner",
                logger: logger
            ).collect().count == 1
        }
    }
}
