import Foundation
public import SampleWorld

/// Flags of the sandbox: keys, credits, limits and faults. Faults are decided by a seeded generator, so one seed
/// gives one sequence of decisions.
public struct SandboxOptions: Sendable {
    /// Expected keys; nil accepts any non-empty key.
    public var coreSignalKey: String?
    public var tavilyKey: String?
    public var anthropicKey: String?
    public var openAIKey: String?
    /// Sample world seed.
    public var worldSeed: UInt64 = 42
    /// Sample world variant: the built-in vocabulary, or the paraphrased words real data is written in.
    public var worldVariant: WorldVariant = .standard
    /// Seed of the fault generator.
    public var faultSeed: UInt64 = 7
    /// CoreSignal credit balance; nil is unlimited. Billed only on 200 (collect, preview page).
    public var credits: Int?
    public var collectCredits = 1
    public var previewPageCredits = 0
    /// Preview pages served per query; later pages are empty.
    public var previewPageCap = 5
    /// Tavily requests allowed before 432; nil is unlimited.
    public var tavilyQuota: Int?
    /// CoreSignal requests per second before 429; nil is unlimited.
    public var coreSignalRequestsPerSecond: Int?
    /// Added latency per request, per vendor, in milliseconds.
    public var latencyMilliseconds: [SandboxVendor: Int] = [:]
    /// Share of requests answered with a 5xx (503/500; 529 for Anthropic).
    public var serverErrorRate = 0.0
    /// Share of requests that start a burst of 429s with `Retry-After`.
    public var tooManyBurstRate = 0.0
    /// Length of a 429 burst.
    public var burstLength = 3
    /// `Retry-After` of a 429, in seconds.
    public var retryAfterSeconds = 1.0
    /// Share of streamed replies cut mid-way (Anthropic alternates a dropped connection and an `error` event).
    public var cutStreamRate = 0.0
    /// Share of 200 replies whose body is malformed (not billed).
    public var malformedRate = 0.0
    /// Share of requests that stall for `stallSeconds` and then answer 504 (a gateway timeout; never billed).
    public var stallRate = 0.0
    public var stallSeconds = 5.0
    /// The vendors the faults above hit (e.g. only `anthropic`, for an LLM that answers garbage while the rest works).
    public var faultVendors = Set(SandboxVendor.allCases)

    public init() {}
}

/// The four faked vendors.
public enum SandboxVendor: String, Sendable, CaseIterable, Codable {
    case coresignal, tavily, anthropic, openai
}
