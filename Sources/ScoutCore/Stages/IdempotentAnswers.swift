public import Foundation

/// A finished answer to an idempotent request: its status and body.
public struct IdempotentAnswer: Sendable, Equatable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}

/// What ``IdempotentAnswers/claimIdempotencyKey(_:owner:now:limits:)`` found.
public enum IdempotencyClaim: Sendable, Equatable {
    /// The caller owns the key: it runs the request, renews the claim while it runs and finishes it.
    case claimed
    /// Another attempt (in this or another process) runs the request: wait and claim again.
    case inFlight
    /// The first attempt's answer.
    case replay(IdempotentAnswer)
    /// The key was used for a different request (another fingerprint).
    case mismatch
}

/// One idempotent request: the workspace and `Idempotency-Key` it is filed under and the fingerprint of the request.
public struct IdempotencyKey: Sendable, Equatable {
    public var workspace: String
    public var key: String
    /// A SHA-256 (hex) of the canonical request (method, route, JSON with sorted keys).
    public var fingerprint: String

    public init(workspace: String, key: String, fingerprint: String) {
        self.workspace = workspace
        self.key = key
        self.fingerprint = fingerprint
    }
}

/// The bounds of the idempotency store. Entries are kept per workspace: evicting for room only ever removes the same
/// workspace's oldest answers, so another tenant's traffic never changes a workspace's answers.
public struct IdempotencyLimits: Sendable, Equatable {
    /// Finished answers kept per workspace (the oldest are evicted first).
    public var maxEntries: Int
    /// Bytes of finished answers kept per workspace.
    public var maxBytes: Int
    /// An answer larger than this is not kept (a retry runs again) rather than held.
    public var maxAnswerBytes: Int
    /// How long a finished answer is replayed.
    public var ttl: Duration
    /// How long an in-flight claim lives without renewal; its holder renews it every third of this.
    public var claimTTL: Duration

    public init(
        maxEntries: Int = 1_000, maxBytes: Int = 64 << 20, maxAnswerBytes: Int = 2 << 20,
        ttl: Duration = .seconds(86_400), claimTTL: Duration = .seconds(30)
    ) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
        self.maxAnswerBytes = maxAnswerBytes
        self.ttl = ttl
        self.claimTTL = claimTTL
    }

    /// Whether a finished answer is kept: not a server error (5xx), and not larger than ``maxAnswerBytes``.
    public func keeps(_ answer: IdempotentAnswer) -> Bool {
        answer.status < 500 && answer.body.count <= maxAnswerBytes
    }

    /// `duration` in seconds.
    public static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Answers to idempotent requests (`Idempotency-Key`), kept by the store per (workspace, key) so they survive restarts
/// and are shared by every process on the store. An in-flight claim makes concurrent retries wait for the first
/// attempt instead of running again. Times are the caller's clock (`now`). Resolved into ``StoreAbilities/idempotency``.
/// Conformance: `StoreConformance.idempotencyChecks` in ScoutTesting.
public protocol IdempotentAnswers: Sendable {
    /// In one transaction: the key's finished answer (``IdempotencyClaim/replay(_:)``) or ``IdempotencyClaim/mismatch``
    /// when it was filed under another fingerprint; else the claim, taken when the key is new, its answer expired, its
    /// claim expired, or `owner` holds it already (a renewal); else ``IdempotencyClaim/inFlight``.
    func claimIdempotencyKey(
        _ key: IdempotencyKey, owner: String, now: Date, limits: IdempotencyLimits
    ) async throws -> IdempotencyClaim
    /// Ends `owner`'s claim: keeps `answer` when ``IdempotencyLimits/keeps(_:)`` allows (then evicts the workspace's
    /// oldest answers beyond its bounds, and its expired ones); otherwise, or for a nil answer, forgets the key so a
    /// retry runs again. Does nothing when `owner` no longer holds the claim.
    func finishIdempotencyKey(
        _ key: IdempotencyKey, owner: String, answer: IdempotentAnswer?, now: Date, limits: IdempotencyLimits
    ) async throws
}
