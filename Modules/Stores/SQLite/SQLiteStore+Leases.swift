import Foundation
import GRDB
public import ScoutCore

/// Slice leases as rows of `slice_leases` in the database file, so they hold across every process that opens it.
/// Times are the writer's wall clock (processes sharing a file share a machine, and so a clock).
extension SQLiteStore: SliceLeases {
    public func acquireSliceLease(sessionID: String, owner: String, ttl: Duration) async throws -> Bool {
        try await write("taking the slice lease of \(sessionID)") { db in
            let now = Date().timeIntervalSince1970
            // The row the statement wrote, if any (not `changesCount`, which a statement that writes nothing may
            // leave at an earlier statement's count).
            let holder = try String.fetchOne(
                db,
                sql: """
                    INSERT INTO slice_leases (session_id, owner, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT(session_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                    WHERE slice_leases.expires_at <= ? OR slice_leases.owner = excluded.owner
                    RETURNING owner
                    """,
                arguments: [sessionID, owner, now + Self.seconds(ttl), now])
            return holder == owner
        }
    }

    @discardableResult
    public func releaseSliceLease(sessionID: String, owner: String) async throws -> Bool {
        try await write("releasing the slice lease of \(sessionID)") { db in
            try String.fetchOne(
                db, sql: "DELETE FROM slice_leases WHERE session_id = ? AND owner = ? RETURNING owner",
                arguments: [sessionID, owner]) != nil
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
