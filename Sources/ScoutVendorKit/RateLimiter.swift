import Foundation

/// A token bucket: `rate` requests per `per` seconds with bursts up to `burst`. Each caller takes its token before
/// waiting (the bucket may go negative), so waiters are served in order and the rate is never exceeded.
public actor RateLimiter {
    private let ratePerSecond: Double
    private let capacity: Double
    private let clock: any VendorClock
    private var tokens: Double
    private var updated: Double

    /// A limiter of `rate` requests per `per` seconds; `burst` defaults to `max(1, rate)` for per-second limits.
    public init(rate: Double, per seconds: Double = 1, burst: Double? = nil, clock: any VendorClock) {
        let perSecond = max(rate, 0.000_001) / max(seconds, 0.000_001)
        let size = max(1, burst ?? min(rate, max(1, perSecond)))
        ratePerSecond = perSecond
        capacity = size
        self.clock = clock
        tokens = size
        updated = clock.now()
    }

    /// Waits until a request may go out.
    public func acquire() async throws {
        let now = clock.now()
        tokens = min(capacity, tokens + (now - updated) * ratePerSecond)
        updated = now
        tokens -= 1
        if tokens < 0 {
            try await clock.sleep(seconds: -tokens / ratePerSecond)
        }
    }
}
