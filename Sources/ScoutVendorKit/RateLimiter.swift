import Foundation

/// Paces one vendor client: at most `limit` request starts in **any** window of `window` seconds (a sliding-window
/// log of start times), so a vendor that counts in fixed windows never sees more than `limit` in one of its own.
/// Callers take turns in order (first come, first served); the log holds the times starts were actually granted.
///
/// It adapts to the vendor (``observe(_:)``): a 429 or a "budget low" header halves the pace (at most once per window,
/// never below a tenth of the limit, at least one request per window), `Retry-After` or an exhausted budget pauses
/// every start until it has passed, and a limit the vendor announces caps the pace. After a slow-down the pace grows
/// back by a twentieth of the configured limit per quiet window (additive increase) up to that cap.
///
/// A limit below one (0.5 per second) means one request per `window / limit`; above one, fractions are dropped.
/// `margin` widens every window a little so scheduling and network jitter between a start here and the vendor's count
/// cannot put one request too many in a vendor's window.
public actor RateLimiter {
    /// A snapshot of the pace, for tests and logs.
    public struct Pace: Sendable, Equatable {
        /// Requests per window now allowed (adaptive).
        public var limit: Double
        /// The most it may grow back to: the configured limit, or less when the vendor announced less.
        public var ceiling: Double
        /// Clock time before which nothing starts.
        public var pausedUntil: Double
    }

    public let configured: Double
    public let window: Double
    public let margin: Double
    private let maxPause: Double
    private let clock: any VendorClock
    private let onPace: @Sendable (Double) -> Void
    private var ceiling: Double
    private var current: Double
    private var recoveredAt: Double
    private var lastSlowDown = -Double.infinity
    private var pausedUntil = -Double.infinity
    /// Granted start times, ascending; entries before `head` are expired.
    private var starts: [Double] = []
    private var head = 0

    /// A limiter of `limit` requests per `window` seconds; pauses the vendor asks for are capped at `maxPause`.
    /// `onPace` hears every change of the allowed requests per window (the configured limit first).
    public init(
        limit: Double, window: Double = 1, margin: Double = 0.05, maxPause: Double = 60, clock: any VendorClock,
        onPace: @escaping @Sendable (Double) -> Void = { _ in }
    ) {
        configured = max(limit, 0.000_001)
        self.window = max(window, 0.000_001)
        self.margin = max(0, margin)
        self.maxPause = max(0, maxPause)
        self.clock = clock
        ceiling = configured
        current = configured
        recoveredAt = clock.now()
        self.onPace = onPace
        onPace(configured)
    }

    public var pace: Pace { Pace(limit: current, ceiling: ceiling, pausedUntil: pausedUntil) }

    /// Waits until a request may start. Callers take turns in arrival order; the one whose turn it is waits for its
    /// slot and records the time it actually got it, so a late wake-up never lets a later caller start too early.
    public func acquire() async throws {
        if busy {
            await withCheckedContinuation { waiters.append($0) }
        } else {
            busy = true
        }
        defer { handOver() }
        while true {
            try Task.checkCancellation()
            let now = clock.now()
            recover(now: now)
            let slot = earliestStart(now: now)
            if slot <= now {
                starts.append(now)
                return
            }
            try await clock.sleep(seconds: slot - now)
        }
    }

    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    private func handOver() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }

    /// The earliest time a start fits: after any pause, and `width` after the start `count` back.
    private func earliestStart(now: Double) -> Double {
        let (count, span) = Self.shape(current, window: window)
        let width = span + margin
        while head < starts.count, starts[head] <= now - width { head += 1 }
        if head > 256, head * 2 > starts.count {
            starts.removeFirst(head)
            head = 0
        }
        var slot = max(now, pausedUntil)
        if starts.count - head >= count { slot = max(slot, starts[starts.count - count] + width) }
        return slot
    }

    /// Learns from one response's signal (see ``VendorRateHeaders``).
    public func observe(_ signal: RateLimitSignal) {
        let before = current
        defer { if current != before { onPace(current) } }
        let now = clock.now()
        recover(now: now)
        if let announced = signal.limit, announced >= 1 {
            ceiling = min(configured, announced)
            current = min(current, ceiling)
        }
        if signal.slowDown, now - lastSlowDown >= window {
            current = max(floorLimit, current / 2)
            lastSlowDown = now
            recoveredAt = now
        }
        if let pause = signal.pause, pause > 0 {
            pausedUntil = max(pausedUntil, now + min(pause, maxPause))
            recoveredAt = max(recoveredAt, pausedUntil)
        }
    }

    private var floorLimit: Double { min(ceiling, max(1, configured / 10)) }

    /// Additive increase: one step per whole window since the last change.
    private func recover(now: Double) {
        guard current < ceiling else {
            recoveredAt = now
            return
        }
        let windows = ((now - recoveredAt) / window).rounded(.down)
        guard windows >= 1 else { return }
        current = min(ceiling, current + windows * max(1, configured / 20))
        onPace(current)
        recoveredAt += windows * window
    }

    /// Starts per span: `limit` (fractions dropped) per `window`, or one per `window / limit` below one.
    static func shape(_ limit: Double, window: Double) -> (count: Int, span: Double) {
        limit >= 1 ? (Int(limit.rounded(.down)), window) : (1, window / limit)
    }
}

/// What one response says about the vendor's rate limit.
public struct RateLimitSignal: Sendable, Equatable {
    /// Slow down: a 429, or a header saying the remaining budget is low.
    public var slowDown: Bool
    /// Seconds before anything may start (`Retry-After`, or the time until an exhausted budget resets).
    public var pause: Double?
    /// Requests per window the vendor announces (in the client's own rate unit).
    public var limit: Double?

    public init(slowDown: Bool = false, pause: Double? = nil, limit: Double? = nil) {
        self.slowDown = slowDown
        self.pause = pause
        self.limit = limit
    }

    public static let none = RateLimitSignal()
}
