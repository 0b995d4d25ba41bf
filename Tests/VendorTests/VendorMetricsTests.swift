import ClaudeEvaluator
import CoreSignalPeopleSource
import Foundation
import Logging
import MetricsTestKit
import OpenAICompatibleEvaluator
import SampleWorld
import ScoutCore
import ScoutSandbox
import ScoutTesting
import ScoutVendorKit
import TavilyWebSearch
import Testing

@Suite("vendor call metrics")
struct VendorMetricsTests {
    static func requests(_ metrics: TestMetrics, _ vendor: String, _ status: String) -> Int64 {
        (try? metrics.expectCounter(VendorMetrics.requestsLabel, [("vendor", vendor), ("status", status)]))?.totalValue
            ?? 0
    }

    static func counter(_ metrics: TestMetrics, _ label: String, _ vendor: String) -> Int64 {
        (try? metrics.expectCounter(label, [("vendor", vendor)]))?.totalValue ?? 0
    }

    static func timings(_ metrics: TestMetrics, _ vendor: String) -> Int {
        (try? metrics.expectTimer(VendorMetrics.durationLabel, [("vendor", vendor)]))?.values.count ?? 0
    }

    static func tavily(
        _ baseURL: String, metrics: TestMetrics, timeout: Double = 30, retries: Int = 10
    ) -> TavilyWebSearch {
        var config = TavilyWebSearch.Config()
        config.baseURL = baseURL
        config.http = testHTTP(.minute, timeout: timeout, retries: retries)
        return TavilyWebSearch(
            config: config, apiKey: Secret("tvly-test-key"), logger: quietLogger, vendorClock: VirtualVendorClock(),
            metrics: metrics)
    }

    @Test("vendor ids: coresignal, tavily, anthropic, openai_compatible")
    func vendorIDs() {
        #expect(
            ["CoreSignal", "Tavily", "Anthropic", "OpenAI-compatible"].map(VendorMetrics.id(of:))
                == ["coresignal", "tavily", "anthropic", "openai_compatible"])
    }

    @Test("sandbox 429 bursts: every attempt, 429 and retry is counted and timed")
    func rateLimited() async throws {
        var options = SandboxOptions()
        options.tooManyBurstRate = 0.3
        options.burstLength = 2
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let metrics = TestMetrics()
            let search = Self.tavily(server.tavilyBaseURL, metrics: metrics)
            for _ in 0..<6 { _ = try await search.search(WebQuery("voice ai")) }
            let tooMany = Int64(sandbox.stats.faults["429"] ?? 0)
            #expect(tooMany > 0)
            #expect(Self.counter(metrics, VendorMetrics.rateLimitedLabel, "tavily") == tooMany)
            #expect(Self.requests(metrics, "tavily", "429") == tooMany)
            #expect(Self.requests(metrics, "tavily", "200") == 6)
            #expect(Self.counter(metrics, VendorMetrics.retriesLabel, "tavily") == tooMany)
            #expect(Self.timings(metrics, "tavily") == sandbox.stats.requests["tavily"])
        }
    }

    @Test("timeouts and transport errors are counted with status timeout and transport")
    func timeoutAndTransport() async throws {
        let metrics = TestMetrics()
        // The HTTP client refuses the scheme at once: a transport error without a status.
        _ = await #expect(throws: ScoutError.self) {
            try await Self.tavily("ftp://127.0.0.1:1", metrics: metrics, timeout: 2, retries: 1).search(WebQuery("x"))
        }
        #expect(Self.requests(metrics, "tavily", "transport") == 2)
        #expect(Self.counter(metrics, VendorMetrics.retriesLabel, "tavily") == 1)
        var options = SandboxOptions()
        options.stallRate = 1
        options.stallSeconds = 0.6
        try await withSandbox(options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            _ = await #expect(throws: ScoutError.self) {
                try await Self.tavily(server.tavilyBaseURL, metrics: metrics, timeout: 0.15, retries: 0).search(
                    WebQuery("x"))
            }
        }
        #expect(Self.requests(metrics, "tavily", "timeout") == 1)
        #expect(Self.timings(metrics, "tavily") == 3)
    }

    @Test("each vendor plugin's factory records through BuildContext.metrics under its vendor id")
    func factories() async throws {
        try await withSandbox { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let metrics = TestMetrics()
            let context = BuildContext(
                id: "vendor", path: "plugins[0]", logger: quietLogger, metrics: metrics, clock: SystemClock(),
                secrets: SecretResolver(environment: [
                    "CORESIGNAL_API_KEY": "cs", "TAVILY_API_KEY": "tv", "ANTHROPIC_API_KEY": "an",
                ]),
                dataDirectory: FileManager.default.temporaryDirectory)
            var coreSignal = CoreSignalPeopleSource.Config()
            coreSignal.baseURL = server.coreSignalBaseURL
            let people = try await CoreSignalPeopleSource.factory.make(coreSignal, context: context)
            _ = try await people.searchPreviews(PeopleQuery(companies: [sandbox.world.companies[0].company()]), page: 1)
            var tavily = TavilyWebSearch.Config()
            tavily.baseURL = server.tavilyBaseURL
            _ = try await TavilyWebSearch.factory.make(tavily, context: context).search(WebQuery("voice ai"))
            var claude = ClaudeEvaluator.Config()
            claude.anthropic.baseURL = server.anthropicBaseURL
            claude.anthropic.model = "claude-sonnet-4-6"
            _ = try await ClaudeEvaluator.factory.make(claude, context: context).evaluate(
                EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            var openAI = OpenAICompatibleEvaluator.Config()
            openAI.baseURL = server.openAIBaseURL
            openAI.model = "local-model"
            _ = try await OpenAICompatibleEvaluator.factory.make(openAI, context: context).evaluate(
                EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            for vendor in ["coresignal", "tavily", "anthropic", "openai_compatible"] {
                #expect(Self.requests(metrics, vendor, "200") >= 1, "\(vendor)")
                #expect(Self.timings(metrics, vendor) >= 1, "\(vendor)")
            }
        }
    }

    @Test("every vendor metric is listed in docs/metrics.md")
    func documented() throws {
        let documented = try MetricsDocument.names(root: MetricsDocument.root(of: #filePath))
        for name in [
            VendorMetrics.requestsLabel, VendorMetrics.rateLimitedLabel, VendorMetrics.retriesLabel,
            VendorMetrics.durationLabel,
            VendorMetrics.paceLabel,
        ] {
            #expect(documented.contains(name), "\(name) is not in docs/metrics.md")
        }
    }
}
