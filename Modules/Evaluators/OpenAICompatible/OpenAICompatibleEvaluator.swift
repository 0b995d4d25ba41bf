import Foundation
import LLMKit
public import Logging
public import Metrics
public import ScoutCore
public import ScoutVendorKit

/// The `openai_compatible` evaluator: `POST {base_url}/v1/chat/completions` (vLLM, llama.cpp, Ollama, LM Studio …),
/// non-streaming, optional Bearer key; same prompt, parsing, validation and retry-once rules as `claude`.
public struct OpenAICompatibleEvaluator: CandidateEvaluator {
    public struct Config: PluginConfig, Equatable {
        public var baseURL = "http://127.0.0.1:8000"
        public var apiKey: SecretReference?
        public var model = ""
        public var temperature = 0.1
        public var maxTokens = 1024
        /// For the ledger (0: a self-hosted server costs nothing per token).
        public var prices = TokenPrices(input: 0, output: 0)
        public var http = VendorHTTPSettings(rateUnit: .minute, rate: 600, timeoutSeconds: 120, maxConcurrency: 4)

        public init() {}

        public static var keys: [ConfigKey] {
            [
                ConfigKey(
                    "base_url", "string", default: "http://127.0.0.1:8000",
                    "server root; /v1/chat/completions is appended"),
                ConfigKey("model", "string", default: "required", "model name as the server knows it"),
                ConfigKey("api_key", "secret", default: "none", "optional key, sent as a Bearer token"),
                ConfigKey("temperature", "number", default: "0.1", "sampling temperature (0–2)"),
                ConfigKey("max_tokens", "int", default: "1024", "reply token limit (1–64000)"),
            ] + Self().prices.keys(note: "0 for a self-hosted server") + Self().http.keys
        }

        enum CodingKeys: String, CodingKey {
            case baseURL = "base_url", apiKey = "api_key", model, temperature, maxTokens = "max_tokens"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Self()
            baseURL = try c.decode(.baseURL, default: d.baseURL)
            apiKey = try c.decodeIfPresent(SecretReference.self, forKey: .apiKey)
            model = try c.decode(.model, default: d.model)
            temperature = try c.decode(.temperature, default: d.temperature)
            maxTokens = try c.decode(.maxTokens, default: d.maxTokens)
            try prices.overlay(from: decoder)
            try http.overlay(from: decoder)
        }

        public func validate() -> [ConfigProblem] {
            var problems = BaseURL.problems(baseURL)
            if model.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(ConfigProblem(key: "model", "is required: the model name the server serves"))
            }
            problems.check("temperature", temperature, in: 0...2)
            problems.check("max_tokens", maxTokens, in: 1...64_000)
            return problems + prices.validate() + http.validate()
        }
    }

    public let id: String
    public let config: Config
    let apiKey: Secret?
    let client: VendorClient

    public init(
        id: String = "openai_compatible", config: Config, apiKey: Secret?, logger: Logger,
        vendorClock: any VendorClock = SystemVendorClock(), hooks: VendorHooks = .none,
        metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) {
        self.id = id
        self.config = config
        self.apiKey = apiKey
        client = VendorClient(
            vendor: "OpenAI-compatible", settings: config.http, logger: logger, clock: vendorClock, hooks: hooks,
            metrics: metrics)
    }

    public func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        let user = EvaluationPrompt.user(dossier, requirements: requirements)
        return try await EvaluationReply.evaluate(dossier: dossier, evaluator: id) {
            try await complete(user: user, label: "evaluate \(dossier.profile.employeeID)")
        }
    }

    func complete(user: String, label: String) async throws -> String {
        let body: [String: Any] = [
            "model": config.model, "temperature": config.temperature, "max_tokens": config.maxTokens, "stream": false,
            "messages": [["role": "system", "content": EvaluationPrompt.system], ["role": "user", "content": user]],
        ]
        var headers = [("content-type", "application/json"), ("accept", "application/json")]
        if let apiKey { headers.append(("authorization", "Bearer \(apiKey.value)")) }
        let request = VendorRequest(
            method: "POST", url: BaseURL.join(config.baseURL, "/v1/chat/completions"), headers: headers,
            body: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]), label: label)
        let response = try await client.send(request, isValid: VendorClient.jsonBody)
        switch response.status {
        case 200..<300: break
        case 401, 403:
            throw ScoutError(
                .config,
                "the OpenAI-compatible server rejected the key\(config.apiKey.map { " from \($0.env)" } ?? "") (HTTP \(response.status))"
            )
        case 404:
            throw ScoutError(
                .config,
                "the OpenAI-compatible server has no \(request.url) (HTTP 404): check base_url (the server root, with or without /v1)"
            )
        default:
            throw ScoutError.vendor(
                "OpenAI-compatible \(label): HTTP \(response.status) (\(response.errorText.prefix(160)))")
        }
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
        report(usage: object["usage"] as? [String: Any], label: label)
        let choice = (object["choices"] as? [[String: Any]])?.first
        return ((choice?["message"] as? [String: Any])?["content"] as? String) ?? ""
    }

    /// Reports the reply's `usage` (`prompt_tokens`, `completion_tokens`) and their price to the running step's
    /// ledger (``VendorSpend``); a server that sends no usage reports nothing.
    func report(usage: [String: Any]?, label: String) {
        guard let usage else { return }
        config.prices.report(
            inputTokens: (usage["prompt_tokens"] as? NSNumber)?.intValue ?? 0,
            outputTokens: (usage["completion_tokens"] as? NSNumber)?.intValue ?? 0, label: label)
    }
}

extension OpenAICompatibleEvaluator {
    /// The `openai_compatible` factory.
    public static let factory = PluginFactory<any CandidateEvaluator>(
        type: "openai_compatible",
        summary: "any /v1/chat/completions server (vLLM, llama.cpp, Ollama …); model is required",
        config: Config.self
    ) { config, context in
        let key = try config.apiKey.map { try context.secrets.resolve($0, for: "\(context.path).api_key") }
        return OpenAICompatibleEvaluator(
            id: context.id, config: config, apiKey: key, logger: context.logger, metrics: context.metrics)
    }
}

extension OpenAICompatibleEvaluator: AnswerIdentity {
    /// Endpoint, model, sampling and prompt: what an evaluation depends on besides the dossier.
    public var answerIdentity: String {
        let c = config
        return
            "openai_compatible evaluator|\(c.baseURL)|\(c.model)|\(c.temperature)|\(c.maxTokens)|\(EvaluationPrompt.identity)"
    }
}
