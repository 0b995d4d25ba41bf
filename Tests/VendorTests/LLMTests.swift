import ClaudeEvaluator
import ClaudeJDParser
import Foundation
import Logging
import OpenAICompatibleEvaluator
import ScoutCore
import ScoutSandbox
import ScoutTesting
import ScoutVendorKit
import Testing

@Suite("claude and openai_compatible against the sandbox")
struct LLMTests {
    static let key = "sk-ant-test-secret-0000111122223333"

    static func claude(
        _ server: SandboxServer, clock: VirtualVendorClock = VirtualVendorClock(), logger: Logger = quietLogger,
        timeout: Double = 30, retries: Int = 6
    ) -> ClaudeEvaluator {
        var settings = AnthropicSettings()
        settings.baseURL = server.anthropicBaseURL
        settings.model = "claude-sonnet-4-6"
        settings.http = testHTTP(.minute, timeout: timeout, retries: retries)
        return ClaudeEvaluator(
            client: AnthropicClient(settings: settings, apiKey: Secret(key), logger: logger, clock: clock))
    }

    static func openAI(_ server: SandboxServer, retries: Int = 6) -> OpenAICompatibleEvaluator {
        var config = OpenAICompatibleEvaluator.Config()
        config.baseURL = server.openAIBaseURL
        config.model = "local-model"
        config.http = testHTTP(.minute, retries: retries)
        return OpenAICompatibleEvaluator(
            config: config, apiKey: Secret("local-key"), logger: quietLogger, vendorClock: VirtualVendorClock())
    }

    static var options: SandboxOptions {
        var options = SandboxOptions()
        options.anthropicKey = key
        options.openAIKey = "local-key"
        return options
    }

    @Test("claude streams, parses and grounds its evaluation (evaluator conformance)")
    func claudeConformance() async throws {
        try await withSandbox(Self.options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            let evaluator = Self.claude(server)
            try await EvaluatorConformance.run(evaluator, deterministic: true)
            let strong = try await evaluator.evaluate(EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            #expect(strong.status == .ok && !strong.strengths.isEmpty)
        }
    }

    @Test("cut streams, mid-stream error events, 529 and 429 are retried to the same answer")
    func claudeFaults() async throws {
        let clean = try await withSandbox(Self.options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            try await Self.claude(server).evaluate(EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
        }
        var options = Self.options
        options.cutStreamRate = 0.5
        options.serverErrorRate = 0.2
        options.tooManyBurstRate = 0.1
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let evaluator = Self.claude(server, retries: 10)
            for _ in 0..<6 {
                #expect(
                    try await evaluator.evaluate(EvaluatorSamples.strong, for: EvaluatorSamples.requirements) == clean)
            }
            #expect((sandbox.stats.faults["cut"] ?? 0) > 0)
        }
    }

    @Test("an invalid reply is retried once, then the candidate is kept with a failed evaluation")
    func claudeInvalidReply() async throws {
        var options = Self.options
        options.malformedRate = 1
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let evaluation = try await Self.claude(server).evaluate(
                EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            #expect(evaluation.status == .failed)
            #expect(evaluation.failureReason?.contains("invalid reply") == true)
            #expect(sandbox.stats.requests["anthropic"] == 2)
        }
    }

    @Test("a stalled stream times out")
    func claudeStall() async throws {
        var options = Self.options
        options.stallRate = 1
        options.stallSeconds = 0.6
        try await withSandbox(options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            let error = await #expect(throws: ScoutError.self) {
                try await Self.claude(server, timeout: 0.15, retries: 1).evaluate(
                    EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            }
            #expect(error?.message.contains("timed out") == true)
        }
    }

    @Test("model is required and the message says why")
    func modelRequired() {
        let problems = ClaudeEvaluator.Config().validate()
        #expect(problems.contains { $0.key == "model" && $0.message.contains("2026-11-30") })
    }

    static func jdParser(_ server: SandboxServer) -> ClaudeJDParser {
        var settings = AnthropicSettings(maxTokens: 2048)
        settings.baseURL = server.anthropicBaseURL
        settings.model = "claude-sonnet-4-6"
        settings.http = testHTTP(.minute)
        return ClaudeJDParser(
            client: AnthropicClient(
                settings: settings, apiKey: Secret(key), logger: quietLogger, clock: VirtualVendorClock()))
    }

    @Test("the claude JD parser passes the JD-parser conformance suite, filling the fields the heuristic parser fills")
    func jdParserConformance() async throws {
        try await withSandbox(Self.options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            try await JDParserConformance.run(Self.jdParser(server))
        }
    }

    @Test("the claude JD parser returns validated requirements")
    func jdParser() async throws {
        try await withSandbox(Self.options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            let parser = Self.jdParser(server)
            let requirements = try await parser.parse(
                "# Senior Machine Learning Engineer\nWe build voice AI. Python, PyTorch and ASR required.")
            #expect(requirements.roleTitle == "Senior Machine Learning Engineer")
            #expect(requirements.seniorityLevels == [.senior])
            #expect(requirements.mustHaveSkills.contains("PyTorch"))
            #expect(requirements.targetDomain == "voice ai")
        }
    }

    @Test("openai_compatible evaluates (conformance); malformed bodies and 5xx are retried")
    func openAI() async throws {
        var options = Self.options
        options.malformedRate = 0.3
        options.serverErrorRate = 0.2
        try await withSandbox(options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            try await EvaluatorConformance.run(Self.openAI(server, retries: 10), deterministic: true)
        }
    }

    @Test("a base_url ending in /v1 (the SDKs' convention) is not doubled; a wrong one is a config error, not a retry")
    func openAIBaseURLs() async throws {
        #expect(
            BaseURL.join("http://127.0.0.1:8000/v1", "/v1/chat/completions")
                == "http://127.0.0.1:8000/v1/chat/completions")
        #expect(
            BaseURL.join("http://127.0.0.1:8000/", "/v1/chat/completions")
                == "http://127.0.0.1:8000/v1/chat/completions")
        #expect(
            BaseURL.join("https://api.anthropic.com/v1/", "/v1/messages") == "https://api.anthropic.com/v1/messages")
        // only a matching segment is shared
        #expect(BaseURL.join("http://h/api/v2", "/v1/x") == "http://h/api/v2/v1/x")
        try await withSandbox(Self.options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            var config = OpenAICompatibleEvaluator.Config()
            config.baseURL = server.openAIBaseURL + "/v1"
            config.model = "local-model"
            config.http = testHTTP(.minute)
            let withV1 = OpenAICompatibleEvaluator(
                config: config, apiKey: Secret("local-key"), logger: quietLogger,
                vendorClock: VirtualVendorClock())
            let e = try await withV1.evaluate(EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            #expect(e.status == .ok)
            config.baseURL = server.openAIBaseURL + "/nowhere"
            let wrong = OpenAICompatibleEvaluator(
                config: config, apiKey: Secret("local-key"), logger: quietLogger,
                vendorClock: VirtualVendorClock())
            let error = await #expect(throws: ScoutError.self) {
                try await wrong.evaluate(EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            }
            #expect(error?.code == .config && error?.message.contains("check base_url") == true)
        }
    }

    @Test("keys never appear in logs or errors, through retries and auth failures")
    func secrets() async throws {
        var options = Self.options
        options.serverErrorRate = 0.5
        try await withSandbox(options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            let capture = LogCapture()
            _ = try await Self.claude(server, logger: capture.logger(), retries: 10).evaluate(
                EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
            var settings = AnthropicSettings()
            settings.baseURL = server.anthropicBaseURL
            settings.model = "m"
            settings.http = testHTTP(.minute)
            let wrong = "sk-ant-wrong-secret-4444555566667777"
            let client = AnthropicClient(
                settings: settings, apiKey: Secret(wrong), logger: capture.logger(), clock: VirtualVendorClock())
            let error = await #expect(throws: ScoutError.self) {
                _ = try await client.complete(system: "s", user: "u", label: "probe")
            }
            #expect(error?.code == .config)
            #expect(error?.message.contains("ANTHROPIC_API_KEY") == true)
            for text in [capture.text, "\(String(describing: error))", "\(client)"] {
                #expect(!text.contains(Self.key) && !text.contains(wrong))
            }
            #expect(capture.text.contains("retried"), "retries were logged")
        }
    }
}
