public import Foundation

/// When and how long to retry: exponential backoff with full jitter on 408, 409, 429, 5xx (incl. 529) and timeouts,
/// honouring `x-should-retry`, `retry-after-ms` and `Retry-After` (seconds or an HTTP date). Other 4xx are final.
public struct RetryPolicy: Sendable, Equatable {
    /// Retries after the first attempt (so `maxRetries + 1` attempts in all).
    public var maxRetries: Int
    /// The backoff cap of the first retry, in seconds; doubled per retry.
    public var baseDelay: Double
    /// The largest backoff (and the largest server-requested delay honoured), in seconds.
    public var maxDelay: Double

    public init(maxRetries: Int = 3, baseDelay: Double = 0.5, maxDelay: Double = 30) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Whether a response status may be retried; `x-should-retry` overrides the status rule when present.
    public static func isRetryable(status: Int, headers: VendorHeaders) -> Bool {
        if let flag = headers["x-should-retry"]?.lowercased() {
            if flag == "true" { return true }
            if flag == "false" { return false }
        }
        return status == 408 || status == 409 || status == 429 || status >= 500
    }

    /// The delay before retry number `retry` (1-based): the server's request when it gives one (capped at
    /// `maxDelay`), else a uniformly random delay in `0...min(maxDelay, baseDelay × 2^(retry-1))`.
    public func delay(
        retry: Int, headers: VendorHeaders?, now: Date = Date(), random: (ClosedRange<Double>) -> Double
    ) -> Double {
        if let headers, let requested = Self.serverDelay(headers, now: now) {
            return min(max(0, requested), maxDelay)
        }
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(max(0, retry - 1))))
        return random(0...max(0, ceiling))
    }

    /// `retry-after-ms`, else `retry-after` as (fractional) seconds or an HTTP date; nil when absent or unreadable.
    public static func serverDelay(_ headers: VendorHeaders, now: Date = Date()) -> Double? {
        if let ms = headers["retry-after-ms"].flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), ms >= 0 {
            return ms / 1000
        }
        guard let value = headers["retry-after"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        if let seconds = Double(value), seconds >= 0 { return seconds }
        if let date = httpDate(value) { return max(0, date.timeIntervalSince(now)) }
        return nil
    }

    /// Parses an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
