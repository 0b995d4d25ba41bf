import Foundation
import ScoutCore

/// Monotonic time and sleeping for the vendor plumbing (rate limiting and backoff). Inject ``VirtualVendorClock`` in
/// tests so backoff and rate limits never really sleep. Request timeouts always use real time.
public protocol VendorClock: Sendable {
    /// Monotonic seconds since an arbitrary origin.
    func now() -> Double
    /// Sleeps (or pretends to); throws `CancellationError` when the task is cancelled.
    func sleep(seconds: Double) async throws
}

/// The real monotonic clock.
public struct SystemVendorClock: VendorClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return try Task.checkCancellation() }
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }
}

/// A clock whose sleeps return at once and advance its time; records every sleep. For tests.
public final class VirtualVendorClock: VendorClock {
    private let state = LockedValue((now: 0.0, sleeps: [Double]()))

    public init() {}

    public func now() -> Double { state.withLock { $0.now } }

    public func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        state.withLock {
            $0.sleeps.append(seconds)
            $0.now += max(0, seconds)
        }
        await Task.yield()
    }

    /// Every sleep requested so far, in order.
    public var sleeps: [Double] { state.withLock { $0.sleeps } }
}
