import Foundation
import Logging
import ScoutCore
import ScoutPlugins
import ScoutSandbox

/// `scout-bench w1`: the W1 workload (issue #10) against an in-process `scout sandbox` with the vendors' latencies —
/// CoreSignal 120 ms at 18 requests a second, Tavily 300 ms, the LLM 1.5 s — through the real vendor plugins:
/// (a) search + the first 20 evaluated, (b) load more 100, (e) the same search again. Per step it prints the wall time,
/// the achievable bound (below), their ratio, the vendor calls, 429s, and the credits against their lower bound.
///
/// The bound is the critical path of overlapped rounds at the fixed concurrency (docs/benchmarks.md): the JD parse (one
/// LLM call), one Tavily round per discovery round but no fewer than ceil(web searches / concurrency), the CoreSignal rounds a step cannot overlap (a lookup round per batch
/// reached, a preview round per pass, one profile round and one company round before the first evaluation) or its
/// CoreSignal calls at 18 a second if that is longer, and ceil(evaluations / LLM concurrency) LLM rounds.
enum W1 {
    static let coreSignalMs = 120.0, tavilyMs = 300.0, llmMs = 1500.0
    static let coreSignalRPS = 18.0
    /// The fixed concurrency: candidates in flight (session.concurrency) and LLM calls at once (max_concurrency).
    static let concurrency = 8

    struct Counts {
        var coresignal = 0, tavily = 0, anthropic = 0, rateLimited = 0, credits = 0, previews = 0, searches = 0
        var employees: Set<String> = [], companies: Set<String> = []
        var employeeCollects = 0, companyCollects = 0

        init(_ s: SandboxStats) {
            coresignal = s.requests["coresignal"] ?? 0
            tavily = s.requests["tavily"] ?? 0
            anthropic = s.requests["anthropic"] ?? 0
            rateLimited = s.rateLimited
            credits = s.creditsSpent
            previews = s.previewPages
            searches = s.searches
            employees = Set(s.employeeCollects.keys)
            companies = Set(s.companyCollects.keys)
            employeeCollects = s.employeeCollects.values.reduce(0, +)
            companyCollects = s.companyCollects.values.reduce(0, +)
        }
    }

    /// What the events of one step say about its shape.
    struct Shape: Sendable {
        var strategiesStarted = 0, strategiesFinished = 0, batches = 0, evaluated = 0, parsed = 0
    }

    static func run(arguments: [String]) async throws {
        let jdPath = value("--jd", in: arguments) ?? "docs/examples/voice-ai-ml-engineer.md"
        let template = value("--config", in: arguments) ?? "docs/examples/plugins.sandbox.yaml"
        let jd = try String(contentsOfFile: jdPath, encoding: .utf8)
        var options = SandboxOptions()
        options.coreSignalRequestsPerSecond = Int(coreSignalRPS)
        options.latencyMilliseconds = [.coresignal: Int(coreSignalMs), .tavily: Int(tavilyMs), .anthropic: Int(llmMs)]
        let quiet = Logger(label: "scout-bench", factory: { _ in SwiftLogNoOpLogHandler() })
        let sandbox = ScoutSandbox(options: options, logger: quiet)
        let server = try await sandbox.start()
        defer { Task { await server.stop() } }

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scout-bench-w1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var yaml = try String(contentsOfFile: template, encoding: .utf8)
            .replacingOccurrences(of: "http://127.0.0.1:8787", with: server.root)
            .replacingOccurrences(of: "requests_per_second: 50", with: "requests_per_second: \(Int(coreSignalRPS))")
        yaml += "\nstore: {type: sqlite, path: \"\(dir.appendingPathComponent("scout.sqlite").path)\"}\n"
        yaml += "session: {concurrency: \(concurrency)}\n"
        let registry = try BuiltinPlugins.registry()
        let environment = ["CORESIGNAL_API_KEY": "bench", "TAVILY_API_KEY": "bench", "ANTHROPIC_API_KEY": "bench"]
        let config = try ConfigLoader(registry: registry, environment: environment).load(yaml: yaml, file: template)
        let runtime = RuntimeContext(logger: quiet, secrets: SecretResolver(environment: environment))
        let pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let orchestrator = Orchestrator(pipeline: pipeline, logger: quiet)
        let prices = (
            profile: pipeline.people.limits.profileCredits, company: pipeline.people.limits.companyCredits,
            preview: pipeline.people.limits.previewPageCredits
        )

        print(
            "W1 against scout sandbox: CoreSignal \(Int(coreSignalMs)) ms at \(Int(coreSignalRPS)) rps, Tavily "
                + "\(Int(tavilyMs)) ms, LLM \(Int(llmMs)) ms; concurrency \(concurrency); prices "
                + "\(prices.profile)/\(prices.company)/\(prices.preview)")
        print(
            "| step | wall | bound | ratio | CoreSignal calls | Tavily calls | LLM calls | 429s | credits | credit lower bound |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        var sessionID: SessionID?
        try await pipeline.run(logger: quiet) {
            for step in ["(a) search + first 20 evaluated", "(b) load more 100", "(e) the same search again"] {
                let shape = LockedValue(Shape())
                let trace = arguments.contains("--trace")
                let origin = ContinuousClock.now
                let events: ScoutEventHandler = { event in
                    if trace {
                        let label = "\(event)".prefix(90)
                        print(String(format: "  %7.2f s  ", seconds(ContinuousClock.now - origin)) + label)
                    }
                    shape.withLock { s in
                        switch event {
                        case .requirementsParsed: s.parsed += 1
                        case .discoveryStarted(let ids): s.strategiesStarted += ids.count
                        case .strategyFinished, .strategyFailed: s.strategiesFinished += 1
                        case .batchStarted: s.batches += 1
                        case .candidateEvaluated: s.evaluated += 1
                        default: break
                        }
                    }
                }
                let before = Counts(sandbox.stats)
                let start = ContinuousClock.now
                if step.hasPrefix("(b)"), let id = sessionID {
                    _ = try await orchestrator.loadMore(sessionID: id, count: 100, events: events)
                } else {
                    let result = try await orchestrator.search(jd: jd, count: 20, events: events)
                    if sessionID == nil { sessionID = result.session.sessionID }
                }
                let wall = seconds(ContinuousClock.now - start)
                let after = Counts(sandbox.stats)
                let s = shape.withLock { $0 }
                let cs = after.coresignal - before.coresignal
                let discoveryRounds =
                    s.strategiesStarted == 0 ? 0 : (s.strategiesFinished > s.strategiesStarted ? 2 : 1)
                let llmCalls = after.anthropic - before.anthropic
                let evaluations = max(0, llmCalls - (s.parsed > 0 && llmCalls > 0 ? 1 : 0))
                let parseRound = s.parsed > 0 && llmCalls > 0 ? llmMs : 0
                let csRounds =
                    cs == 0
                    ? 0.0 : Double(s.batches + (after.previews > before.previews ? s.batches : 0) + 2) * coreSignalMs
                // CoreSignal calls overlap the LLM rounds: the stream at 18 a second feeds the evaluations.
                let llmRounds = Double((evaluations + concurrency - 1) / concurrency) * llmMs
                let peopleAndEvaluation = max(csRounds + llmRounds, Double(cs) / coreSignalRPS * 1000)
                // Web searches: a round per discovery round, and no fewer than the calls need at `concurrency` in flight.
                let tavilyCalls = after.tavily - before.tavily
                let tavilyRounds =
                    tavilyCalls == 0 ? 0 : max(discoveryRounds, (tavilyCalls + concurrency - 1) / concurrency)
                let bound = (parseRound + Double(tavilyRounds) * tavilyMs + peopleAndEvaluation) / 1000
                let newEmployees = after.employees.subtracting(before.employees).count
                let newCompanies = after.companies.subtracting(before.companies).count
                let lowerCredits =
                    newEmployees * prices.profile + newCompanies * prices.company
                    + (after.previews - before.previews) * prices.preview
                let ratio = bound > 0 ? String(format: "%.2f", wall / bound) : "—"
                print(
                    "| \(step) | \(String(format: "%.2f s", wall)) | \(String(format: "%.2f s", bound)) | \(ratio) | "
                        + "\(cs) | \(after.tavily - before.tavily) | \(llmCalls) | "
                        + "\(after.rateLimited - before.rateLimited) | \(after.credits - before.credits) | \(lowerCredits) |"
                )
            }
        }
        try? FileManager.default.removeItem(at: dir)
    }

    static func value(_ name: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
