import Foundation
public import ScoutCore

/// The transport keys every vendor plugin shares: timeout, retries, backoff, rate limit and concurrency. Plugins list
/// ``keys`` with their own and call ``overlay(from:)`` in their `init(from:)`.
public struct VendorHTTPSettings: Sendable, Equatable {
    /// The window the rate limit is counted in; it names the key (`requests_per_second` / `requests_per_minute`).
    public enum RateUnit: String, Sendable { case second, minute }

    public var rateUnit: RateUnit
    /// Requests per ``rateUnit``.
    public var rate: Double
    /// Real-time limit of one attempt, head and body (a stalled stream times out).
    public var timeoutSeconds: Double
    public var maxRetries: Int
    public var backoffBaseSeconds: Double
    public var backoffMaxSeconds: Double
    public var maxConcurrency: Int

    public init(
        rateUnit: RateUnit, rate: Double, timeoutSeconds: Double = 30, maxRetries: Int = 3,
        backoffBaseSeconds: Double = 0.5,
        backoffMaxSeconds: Double = 30, maxConcurrency: Int = 8
    ) {
        self.rateUnit = rateUnit
        self.rate = rate
        self.timeoutSeconds = timeoutSeconds
        self.maxRetries = maxRetries
        self.backoffBaseSeconds = backoffBaseSeconds
        self.backoffMaxSeconds = backoffMaxSeconds
        self.maxConcurrency = maxConcurrency
    }

    var rateKey: String { "requests_per_\(rateUnit.rawValue)" }

    /// Documentation of the keys, with these settings as defaults.
    public var keys: [ConfigKey] {
        [
            ConfigKey(
                rateKey, "number", default: Self.format(rate),
                "client-side rate limit: at most this many starts in any window of the unit; lowered on 429 or a "
                    + "low-budget header, then recovered slowly (0.01–100000)"),
            ConfigKey("max_concurrency", "int", default: "\(maxConcurrency)", "requests in flight at once (1–256)"),
            ConfigKey(
                "timeout_seconds", "number", default: Self.format(timeoutSeconds),
                "limit of one attempt, including a streamed body (0.01–3600)"),
            ConfigKey(
                "max_retries", "int", default: "\(maxRetries)",
                "retries on 408/409/429/5xx/529, timeouts and cut streams (0–10)"),
            ConfigKey(
                "backoff_base_seconds", "number", default: Self.format(backoffBaseSeconds),
                "first backoff cap; doubles per retry, full jitter (0–600)"),
            ConfigKey(
                "backoff_max_seconds", "number", default: Self.format(backoffMaxSeconds),
                "largest backoff and largest Retry-After honoured (0–3600)"),
        ]
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Overlays the keys present in the plugin's mapping.
    public mutating func overlay(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        rate = try container.decode(Key(rateKey), default: rate)
        maxConcurrency = try container.decode(Key("max_concurrency"), default: maxConcurrency)
        timeoutSeconds = try container.decode(Key("timeout_seconds"), default: timeoutSeconds)
        maxRetries = try container.decode(Key("max_retries"), default: maxRetries)
        backoffBaseSeconds = try container.decode(Key("backoff_base_seconds"), default: backoffBaseSeconds)
        backoffMaxSeconds = try container.decode(Key("backoff_max_seconds"), default: backoffMaxSeconds)
    }

    public func validate() -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        problems.check(rateKey, rate, in: 0.01...100_000)
        problems.check("max_concurrency", maxConcurrency, in: 1...256)
        problems.check("timeout_seconds", timeoutSeconds, in: 0.01...3600)
        problems.check("max_retries", maxRetries, in: 0...10)
        problems.check("backoff_base_seconds", backoffBaseSeconds, in: 0...600)
        problems.check("backoff_max_seconds", backoffMaxSeconds, in: 0...3600)
        return problems
    }

    public var retryPolicy: RetryPolicy {
        RetryPolicy(maxRetries: maxRetries, baseDelay: backoffBaseSeconds, maxDelay: backoffMaxSeconds)
    }

    /// Seconds per rate window.
    public var rateWindowSeconds: Double { rateUnit == .second ? 1 : 60 }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
