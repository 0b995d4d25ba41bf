import Foundation

/// Implemented by stores that several processes share, so that two processes needing the same record at the same
/// time fetch it from the vendor once: the winner of the claim fetches and caches it; the others wait for the release
/// and read the cache. A claim is a short lease: its holder renews it every third of ``claimTTL`` while it works, so
/// a claim left by a crashed (killed) process expires within seconds and the survivors go on.
public protocol RecordClaims: Sendable {
    /// How long a claim holds unless renewed (the default `ttl`).
    var claimTTL: Duration { get }
    /// True when `owner` now holds the claim (also when it already did); false while another owner's claim is live.
    func claimRecord(_ kind: CreditKind, id: String, owner: String, ttl: Duration?) async throws -> Bool
    /// Releases `owner`'s claim; false when it held none.
    func releaseRecord(_ kind: CreditKind, id: String, owner: String) async throws -> Bool
    /// Waits until nobody holds a live claim; false when `timeout` passed first.
    func awaitRelease(_ kind: CreditKind, id: String, timeout: Duration, interval: Duration) async throws -> Bool
}

extension RecordClaims {
    public var claimTTL: Duration { .seconds(5) }
}
