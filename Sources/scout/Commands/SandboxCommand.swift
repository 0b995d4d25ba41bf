public import ArgumentParser
import Foundation
import Logging
public import SampleWorld
import ScoutSandbox

/// `scout sandbox` — loopback fakes of CoreSignal, Tavily, Anthropic and an OpenAI-compatible server over the sample
/// world, with faults, for `docs/examples/plugins.sandbox.yaml`.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve loopback fakes of the vendors (CoreSignal, Tavily, Anthropic, OpenAI-compatible).",
        discussion:
            "Any non-empty key is accepted unless --anthropic-key names the one. GET /_sandbox/stats shows billed calls per employee and company id. Ctrl-C stops."
    )

    @Option(name: .long, help: "Port on 127.0.0.1 (0 picks a free port).")
    var port = 8787
    @Option(name: .long, help: "Sample world seed.")
    var seed: UInt64 = 42
    @Option(name: .long, help: "Sample world variant: standard or paraphrased (real-world wording).")
    var world: WorldVariant = .standard
    @Option(name: .long, help: "Seed of the fault generator.")
    var faultSeed: UInt64 = 7
    @Option(name: .customLong("fault-5xx"), help: "Share of requests answered 503/500 (529 for Anthropic), e.g. 0.05.")
    var fault5xx = 0.0
    @Option(
        name: .customLong("fault-429-burst"), help: "Share of requests that start a burst of 429s with Retry-After.")
    var fault429Burst = 0.0
    @Option(name: .long, help: "Length of a 429 burst.")
    var burstLength = 3
    @Option(name: .long, help: "Retry-After of a 429, in seconds.")
    var retryAfter = 1.0
    @Option(name: .long, help: "Share of streamed LLM replies cut mid-way (dropped connection or an error event).")
    var cutStreams = 0.0
    @Option(name: .long, help: "Share of 200 replies with a malformed body (never billed).")
    var malformed = 0.0
    @Option(
        name: .long,
        help: "Vendors the faults hit, comma-separated (coresignal, tavily, anthropic, openai); all when omitted.")
    var faultVendors: String?
    @Option(name: .long, help: "The only Anthropic key accepted (others get 401); any non-empty key when omitted.")
    var anthropicKey: String?
    @Option(name: .long, help: "Share of requests that stall, then answer 504.")
    var stalls = 0.0
    @Option(name: .long, help: "Seconds a stall lasts.")
    var stallSeconds = 5.0
    @Option(name: .long, help: "CoreSignal credit balance (402 when spent); unlimited when omitted.")
    var credits: Int?
    @Option(name: .long, help: "Credits per CoreSignal collect.")
    var collectCredits = 1
    @Option(name: .long, help: "Credits per CoreSignal preview page.")
    var previewCredits = 0
    @Option(name: .long, help: "CoreSignal requests per second before 429; unlimited when omitted.")
    var coresignalRps: Int?
    @Option(name: .long, help: "Tavily searches before 432; unlimited when omitted.")
    var tavilyQuota: Int?
    @Option(name: .long, help: "Added latency per request for every vendor, in milliseconds.")
    var latencyMs = 0
    @Option(name: .long, help: "Added latency per CoreSignal request, in milliseconds (overrides --latency-ms).")
    var latencyCoresignalMs: Int?
    @Option(name: .long, help: "Added latency per Tavily request, in milliseconds (overrides --latency-ms).")
    var latencyTavilyMs: Int?
    @Option(name: .long, help: "Added latency per Anthropic request, in milliseconds (overrides --latency-ms).")
    var latencyAnthropicMs: Int?
    @Option(name: .long, help: "Added latency per OpenAI-compatible request, in milliseconds (overrides --latency-ms).")
    var latencyOpenaiMs: Int?

    /// The latency flag of each vendor, by name, falling back to `--latency-ms`.
    var latencies: [(flag: String, vendor: SandboxVendor, milliseconds: Int)] {
        let overrides: [(String, SandboxVendor, Int?)] = [
            ("--latency-coresignal-ms", .coresignal, latencyCoresignalMs),
            ("--latency-tavily-ms", .tavily, latencyTavilyMs),
            ("--latency-anthropic-ms", .anthropic, latencyAnthropicMs),
            ("--latency-openai-ms", .openai, latencyOpenaiMs),
        ]
        return overrides.map { (flag: $0.0, vendor: $0.1, milliseconds: $0.2 ?? latencyMs) }
    }

    func validate() throws {
        if let faultVendors {
            for name in faultVendors.split(separator: ",") where SandboxVendor(rawValue: String(name)) == nil {
                throw ValidationError(
                    "--fault-vendors: unknown vendor '\(name)' (coresignal, tavily, anthropic, openai)")
            }
        }
        if latencyMs < 0 { throw ValidationError("--latency-ms must be 0 or more, got \(latencyMs)") }
        for (flag, _, milliseconds) in latencies where milliseconds < 0 {
            throw ValidationError("\(flag) must be 0 or more, got \(milliseconds)")
        }
    }

    func run() async throws {
        var options = SandboxOptions()
        options.worldSeed = seed
        options.worldVariant = world
        options.faultSeed = faultSeed
        options.serverErrorRate = fault5xx
        options.tooManyBurstRate = fault429Burst
        options.burstLength = burstLength
        options.retryAfterSeconds = retryAfter
        options.cutStreamRate = cutStreams
        options.malformedRate = malformed
        options.stallRate = stalls
        options.stallSeconds = stallSeconds
        options.anthropicKey = anthropicKey
        if let faultVendors {
            options.faultVendors = Set(
                faultVendors.split(separator: ",").compactMap { SandboxVendor(rawValue: String($0)) })
        }
        options.credits = credits
        options.collectCredits = collectCredits
        options.previewPageCredits = previewCredits
        options.coreSignalRequestsPerSecond = coresignalRps
        options.tavilyQuota = tavilyQuota
        for (_, vendor, milliseconds) in latencies { options.latencyMilliseconds[vendor] = milliseconds }
        for (name, rate) in [
            ("--fault-5xx", fault5xx), ("--fault-429-burst", fault429Burst), ("--cut-streams", cutStreams),
            ("--malformed", malformed), ("--stalls", stalls),
        ] where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1, got \(rate)")
        }
        let sandbox = ScoutSandbox(options: options, logger: Logger(label: "scout.sandbox"))
        let server = try await sandbox.start(port: port)
        let banner = """
            Scout sandbox on \(server.root) (Ctrl-C stops)
              coresignal base_url: \(server.coreSignalBaseURL)
              tavily base_url:     \(server.tavilyBaseURL)
              claude base_url:     \(server.anthropicBaseURL)
              openai base_url:     \(server.openAIBaseURL)
              stats:               \(server.statsURL)

            """
        FileHandle.standardOutput.write(Data(banner.utf8))
        await server.wait()
    }
}

extension WorldVariant: ExpressibleByArgument {}
