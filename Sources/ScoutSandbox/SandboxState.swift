import Foundation
import ScoutCore

/// What the sandbox counts, served on `GET /_sandbox/stats`.
public struct SandboxStats: Codable, Sendable, Equatable {
    /// Billed (200) employee collects per employee id.
    public var employeeCollects: [String: Int] = [:]
    /// Billed (200) company collects per company id.
    public var companyCollects: [String: Int] = [:]
    public var previewPages = 0
    public var searches = 0
    /// Requests per vendor, faults included.
    public var requests: [String: Int] = [:]
    /// Injected faults by kind ("5xx", "429", "cut", "malformed", "stall").
    public var faults: [String: Int] = [:]
    /// CoreSignal requests over the per-second rate (answered 429; not in `faults`).
    public var rateLimited = 0
    public var creditsSpent = 0
    /// Tokens of the LLM replies sent whole (Anthropic: streamed to the end; OpenAI-compatible: answered without
    /// streaming), as their `usage` reported them.
    public var llmInputTokens = 0
    public var llmOutputTokens = 0
    public var creditsRemaining: Int?

    public init() {}

    /// Employee ids billed more than once.
    public var duplicateEmployeeCollects: [String] { employeeCollects.filter { $0.value > 1 }.keys.sorted() }
}

/// A fault decided for one request.
enum SandboxFault: String {
    case serverError = "5xx", tooMany = "429", cut, malformed, stall
}

/// Mutable sandbox state: counters, the credit balance, the fault generator and the rate window.
final class SandboxState: Sendable {
    private struct Inner {
        var stats = SandboxStats()
        var random: UInt64
        var burstLeft: [SandboxVendor: Int] = [:]
        var window: (second: Int, count: Int) = (0, 0)
        var tavilyUsed = 0
    }

    let options: SandboxOptions
    private let inner: LockedValue<Inner>

    init(options: SandboxOptions) {
        self.options = options
        var stats = SandboxStats()
        stats.creditsRemaining = options.credits
        inner = LockedValue(Inner(stats: stats, random: options.faultSeed))
    }

    var stats: SandboxStats { inner.withLock { $0.stats } }

    func update(_ body: (inout SandboxStats) -> Void) { inner.withLock { body(&$0.stats) } }

    /// Counts a request and decides its fault, if any. `streaming` allows cut streams.
    func fault(for vendor: SandboxVendor, streaming: Bool) -> SandboxFault? {
        let o = options
        return inner.withLock { s -> SandboxFault? in
            s.stats.requests[vendor.rawValue, default: 0] += 1
            guard o.faultVendors.contains(vendor) else { return nil }
            func roll() -> Double {
                s.random &+= 0x9E37_79B9_7F4A_7C15
                var z = s.random
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
            }
            var fault: SandboxFault?
            if s.burstLeft[vendor, default: 0] > 0 {
                s.burstLeft[vendor, default: 0] -= 1
                fault = .tooMany
            } else if roll() < o.tooManyBurstRate {
                s.burstLeft[vendor] = max(0, o.burstLength - 1)
                fault = .tooMany
            } else if roll() < o.serverErrorRate {
                fault = .serverError
            } else if roll() < o.stallRate {
                fault = .stall
            } else if streaming, roll() < o.cutStreamRate {
                fault = .cut
            } else if roll() < o.malformedRate {
                fault = .malformed
            }
            if let fault { s.stats.faults[fault.rawValue, default: 0] += 1 }
            return fault
        }
    }

    /// A random number in 0..<1 from the fault generator.
    func roll() -> Double {
        inner.withLock { s in
            s.random &+= 0x9E37_79B9_7F4A_7C15
            return Double((s.random ^ (s.random >> 29)) >> 11 & ((1 << 53) - 1)) / Double(1 << 53)
        }
    }

    /// Whether the CoreSignal request fits this (fixed, wall-clock) second's rate, and what is left of it; `remaining`
    /// is nil when the rate is unlimited.
    func admitCoreSignal(now: Date = Date()) -> (admitted: Bool, remaining: Int?) {
        guard let limit = options.coreSignalRequestsPerSecond else { return (true, nil) }
        let second = Int(now.timeIntervalSince1970)
        return inner.withLock { s in
            if s.window.second != second { s.window = (second, 0) }
            s.window.count += 1
            if s.window.count > limit { s.stats.rateLimited += 1 }
            return (s.window.count <= limit, max(0, limit - s.window.count))
        }
    }

    /// Takes `credits` from the balance; false (nothing taken) when it runs short.
    func charge(_ credits: Int) -> Bool {
        inner.withLock { s in
            if let remaining = s.stats.creditsRemaining {
                guard remaining >= credits else { return false }
                s.stats.creditsRemaining = remaining - credits
            }
            s.stats.creditsSpent += credits
            return true
        }
    }

    /// Counts one Tavily search against the quota; false when it is spent.
    func useTavily() -> Bool {
        inner.withLock { s in
            if let quota = options.tavilyQuota, s.tavilyUsed >= quota { return false }
            s.tavilyUsed += 1
            return true
        }
    }
}
