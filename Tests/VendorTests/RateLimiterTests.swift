import Foundation
import ScoutCore
import ScoutVendorKit
import Testing

/// The pacing of vendor calls on a virtual clock: no test here waits in real time.
@Suite("rate limiter")
struct RateLimiterTests {
    /// The most starts in any window of `width` seconds (a fixed window of that width is one of them).
    static func busiest(_ starts: [Double], width: Double) -> Int {
        starts.indices.map { i in starts[i...].prefix { $0 < starts[i] + width }.count }.max() ?? 0
    }

    /// The clock time of each of `count` acquisitions made one after another.
    static func starts(_ count: Int, _ limiter: RateLimiter, _ clock: VirtualVendorClock) async throws -> [Double] {
        var starts: [Double] = []
        for _ in 0..<count {
            try await limiter.acquire()
            starts.append(clock.now())
        }
        return starts
    }

    @Test("sliding window: 5 a second start 5 at once, then 5 a window later; never 6 in any second")
    func slidingWindow() async throws {
        let clock = VirtualVendorClock()
        let limiter = RateLimiter(limit: 5, window: 1, margin: 0, clock: clock)
        let starts = try await Self.starts(11, limiter, clock)
        #expect(starts == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2])
        #expect(clock.now() == 2)
        #expect(Self.busiest(starts, width: 1) == 5)
    }

    @Test(
        "at the plan's 18 a second, 60 calls put at most 18 into any second, fixed or sliding (the old burst let 27 in)"
    )
    func planRate() async throws {
        let clock = VirtualVendorClock()
        let limiter = RateLimiter(limit: 18, window: 1, clock: clock)
        let starts = try await Self.starts(60, limiter, clock)
        #expect(Self.busiest(starts, width: 1.05) == 18, "the margin keeps jitter from adding one")
        for second in 0..<5 {
            #expect(starts.filter { Int($0.rounded(.down)) == second }.count <= 18)
        }
        #expect(abs(clock.now() - 3 * 1.05) < 1e-9, "60 calls need the 4th window: it opens 3 margins later")
    }

    @Test("a per-minute limit lets the whole window's calls go at once: 100 Tavily searches without 0.6 s gaps")
    func perMinute() async throws {
        let clock = VirtualVendorClock()
        let limiter = RateLimiter(limit: 100, window: 60, clock: clock)
        for _ in 0..<100 { try await limiter.acquire() }
        #expect(clock.now() == 0)
        #expect(clock.sleeps.isEmpty)
        try await limiter.acquire()
        #expect(abs(clock.now() - 60.05) < 1e-9, "the 101st waits for the first to leave the window")
    }

    @Test("below one per window: 0.5 a second is one call every 2 s")
    func fractional() async throws {
        let clock = VirtualVendorClock()
        let limiter = RateLimiter(limit: 0.5, window: 1, margin: 0, clock: clock)
        #expect(try await Self.starts(3, limiter, clock) == [0, 2, 4])
    }

    @Test("a 429 halves the pace once per window and pauses for Retry-After; it grows back a twentieth per window")
    func adaptive() async throws {
        let clock = VirtualVendorClock()
        let limiter = RateLimiter(limit: 36, window: 1, margin: 0, clock: clock)
        await limiter.observe(RateLimitSignal(slowDown: true, pause: 1))
        await limiter.observe(RateLimitSignal(slowDown: true, pause: 1))
        let pace = await limiter.pace
        #expect(pace.limit == 18 && pace.ceiling == 36 && pace.pausedUntil == 1)
        let starts = try await Self.starts(19, limiter, clock)
        #expect(starts.prefix(18).allSatisfy { $0 == 1 }, "nothing starts before Retry-After has passed")
        #expect(starts.last == 2)
        await limiter.observe(.none)
        #expect(abs(await limiter.pace.limit - 19.8) < 1e-9, "one quiet window after the pause: plus a twentieth of 36")
        try await clock.sleep(seconds: 10)
        try await limiter.acquire()
        #expect(await limiter.pace.limit == 36, "back to the configured rate, never above it")
        for _ in 0..<10 { await limiter.observe(RateLimitSignal(slowDown: true)); try await clock.sleep(seconds: 1) }
        #expect(await limiter.pace.limit >= 3.6, "never below a tenth of the limit")
    }

    @Test("a limit the vendor announces caps the pace; a larger one later lifts the cap up to the configured limit")
    func announcedLimit() async throws {
        let clock = VirtualVendorClock()
        let limiter = RateLimiter(limit: 36, window: 1, margin: 0, clock: clock)
        await limiter.observe(RateLimitSignal(limit: 18))
        #expect(await limiter.pace.limit == 18)
        for _ in 0..<19 { try await limiter.acquire() }
        #expect(clock.now() == 1)
        await limiter.observe(RateLimitSignal(limit: 100))
        #expect(await limiter.pace.ceiling == 36)
        try await clock.sleep(seconds: 20)
        try await limiter.acquire()
        #expect(await limiter.pace.limit == 36)
    }

    @Test("vendor headers: CoreSignal x-ratelimit-*, Anthropic retry-after and anthropic-ratelimit-*, Tavily 429")
    func headers() {
        let limited = VendorRateHeaders.coreSignal.signal(
            status: 429,
            headers: VendorHeaders([("x-ratelimit-limit-second", "18"), ("x-ratelimit-remaining-second", "0")]),
            unit: .second)
        #expect(limited == RateLimitSignal(slowDown: true, pause: 1, limit: 18), "no Retry-After: back off one window")
        let fine = VendorRateHeaders.coreSignal.signal(
            status: 200,
            headers: VendorHeaders([("X-RateLimit-Limit-Second", "18"), ("x-ratelimit-remaining-second", "0")]),
            unit: .second)
        #expect(fine == RateLimitSignal(limit: 18))
        #expect(
            VendorRateHeaders.coreSignal.signal(
                status: 429, headers: VendorHeaders([("Retry-After", "2")]), unit: .second
            ).pause == 2)

        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let reset = ISO8601DateFormatter().string(from: now.addingTimeInterval(14))
        let anthropic = VendorRateHeaders.anthropic.signal(
            status: 200,
            headers: VendorHeaders([
                ("anthropic-ratelimit-requests-limit", "50"), ("anthropic-ratelimit-requests-remaining", "30"),
                ("anthropic-ratelimit-tokens-limit", "80000"), ("anthropic-ratelimit-tokens-remaining", "0"),
                ("anthropic-ratelimit-tokens-reset", reset),
            ]), unit: .minute, now: now)
        #expect(anthropic == RateLimitSignal(slowDown: true, pause: 14, limit: 50), "out of tokens: wait for the reset")
        let low = VendorRateHeaders.anthropic.signal(
            status: 200,
            headers: VendorHeaders([
                ("anthropic-ratelimit-requests-limit", "50"), ("anthropic-ratelimit-requests-remaining", "2"),
            ]), unit: .minute, now: now)
        #expect(low == RateLimitSignal(slowDown: true, limit: 50), "2 of 50 left is low")
        let retry = VendorRateHeaders.anthropic.signal(
            status: 429, headers: VendorHeaders([("retry-after", "14")]), unit: .minute, now: now)
        #expect(retry == RateLimitSignal(slowDown: true, pause: 14))

        #expect(
            VendorRateHeaders.tavily.signal(status: 429, headers: VendorHeaders(), unit: .minute)
                == RateLimitSignal(slowDown: true))
        #expect(VendorRateHeaders.tavily.signal(status: 200, headers: VendorHeaders(), unit: .minute) == .none)
    }
}
