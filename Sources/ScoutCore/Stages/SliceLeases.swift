import Foundation

/// One worker per slice: a short lease on a session that a load-more holds while it works one slice of the session's
/// current batch and commits it. A concurrent load-more on the same session waits for the lease, then reads the session
/// again and continues from the new cursor, instead of redoing the slice and losing the cursor race (issue 10).
/// The holder renews the lease while it works; a lease left by a crashed holder expires after its time to live, so a
/// killed worker never blocks a session for longer than that. The cursor compare-and-set of ``SessionStore/commit(_:)``
/// stays the guarantee of exactly-once commits; the lease only keeps others from doing the work twice.
/// Implemented by every built-in store (memory: in the process; sqlite: a row in the file, so it holds across the
/// processes sharing it; postgres: a row with an expiry by the server's clock — no session advisory lock, which a
/// transaction pooler would not keep). Conformance: `StoreConformance.leaseChecks` in ScoutTesting.
public protocol SliceLeases: Sendable {
    /// True when `owner` now holds the lease on the session for `ttl` (also when it already did: a renewal); false
    /// while another owner's lease is live.
    func acquireSliceLease(sessionID: String, owner: String, ttl: Duration) async throws -> Bool
    /// Gives up `owner`'s lease; false when `owner` held none (it expired and was taken over, or was never taken).
    @discardableResult
    func releaseSliceLease(sessionID: String, owner: String) async throws -> Bool
}
