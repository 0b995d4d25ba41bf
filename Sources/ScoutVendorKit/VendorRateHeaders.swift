public import Foundation

/// How a vendor states its rate limit on a response (vendor-contracts.md), read into a ``RateLimitSignal`` for the
/// client's ``RateLimiter``. Every vendor: a 429 slows down and its `retry-after-ms` / `Retry-After` pauses.
public enum VendorRateHeaders: Sendable, Equatable {
    /// A 429 and `Retry-After` only.
    case generic
    /// CoreSignal (§1.5): `x-ratelimit-limit-second` / `x-ratelimit-remaining-second` (seen live; `-minute` for a
    /// per-minute client). The limit caps the pace; a 429 without `Retry-After` pauses one window, the ~1 s back-off
    /// the contract asks for. `remaining` 0 on a 200 is what a full window at the limit looks like, so it changes
    /// nothing: the announced limit already keeps the next start out of the vendor's window.
    case coreSignal
    /// Anthropic (§3.3): `retry-after` and `anthropic-ratelimit-{requests|tokens|input-tokens|output-tokens}-
    /// {limit|remaining|reset}` (reset an RFC 3339 time). The requests limit caps the pace (per minute); any bucket
    /// at 5% or less of its limit slows down, and an empty one pauses until its reset.
    case anthropic
    /// Tavily (§2): per-minute limits with no documented headers: a 429 and `Retry-After` only.
    case tavily

    /// Headers whose remaining budget counts as low at or below this share of the limit.
    static let lowShare = 0.05

    /// The signal of one response of a client counting per `unit`.
    public func signal(
        status: Int, headers: VendorHeaders, unit: VendorHTTPSettings.RateUnit, now: Date = Date()
    ) -> RateLimitSignal {
        var signal = RateLimitSignal(
            slowDown: status == 429, pause: status == 429 ? RetryPolicy.serverDelay(headers, now: now) : nil)
        switch self {
        case .generic, .tavily:
            break
        case .coreSignal:
            let limit = Self.number(headers["x-ratelimit-limit-\(unit.rawValue)"])
            if let limit, limit >= 1 { signal.limit = limit }
            if status == 429, signal.pause == nil {
                signal.pause = unit == .second ? 1 : 60
            }
        case .anthropic:
            if unit == .minute, let limit = Self.number(headers["anthropic-ratelimit-requests-limit"]), limit >= 1 {
                signal.limit = limit
            }
            for bucket in ["requests", "tokens", "input-tokens", "output-tokens"] {
                guard let remaining = Self.number(headers["anthropic-ratelimit-\(bucket)-remaining"]) else { continue }
                let limit = Self.number(headers["anthropic-ratelimit-\(bucket)-limit"])
                if remaining <= (limit.map { $0 * Self.lowShare } ?? 0) { signal.slowDown = true }
                if remaining <= 0, let reset = headers["anthropic-ratelimit-\(bucket)-reset"].flatMap(Self.rfc3339) {
                    let wait = reset.timeIntervalSince(now)
                    if wait > 0 { signal.pause = max(signal.pause ?? 0, wait) }
                }
            }
        }
        return signal
    }

    static func number(_ text: String?) -> Double? {
        text.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// An RFC 3339 time, with or without fractional seconds.
    static func rfc3339(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: trimmed)
    }
}
