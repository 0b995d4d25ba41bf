import Foundation
import LLMKit
import Logging
public import ScoutCore
public import ScoutVendorKit

/// The `claude` evaluator: one streamed Messages call per candidate with the JD's requirements and the profile's facts;
/// the reply is parsed robustly and validated, retried once when invalid, then kept as a failed evaluation.
public struct ClaudeEvaluator: CandidateEvaluator {
    public struct Config: PluginConfig, Equatable {
        public var anthropic = AnthropicSettings(maxTokens: 1024)

        public init() {}

        public static var keys: [ConfigKey] { Self().anthropic.keys }

        public init(from decoder: any Decoder) throws { try anthropic.overlay(from: decoder) }

        public func validate() -> [ConfigProblem] { anthropic.validate() }
    }

    public let id: String
    let client: AnthropicClient

    public init(id: String = "claude", client: AnthropicClient) {
        self.id = id
        self.client = client
    }

    public func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        let user = EvaluationPrompt.user(dossier, requirements: requirements)
        return try await EvaluationReply.evaluate(dossier: dossier, evaluator: id) {
            try await client.complete(
                system: EvaluationPrompt.system, user: user, label: "evaluate \(dossier.profile.employeeID)"
            ).text
        }
    }
}

extension ClaudeEvaluator {
    /// The `claude` factory.
    public static let factory = PluginFactory<any CandidateEvaluator>(
        type: "claude", summary: "Anthropic Messages (streaming) evaluator; model is required", config: Config.self
    ) { config, context in
        let key = try context.secrets.resolve(config.anthropic.apiKey, for: "\(context.path).api_key")
        return ClaudeEvaluator(
            id: context.id,
            client: AnthropicClient(
                settings: config.anthropic, apiKey: key, logger: context.logger, metrics: context.metrics))
    }
}

extension ClaudeEvaluator: AnswerIdentity {
    /// Endpoint, model, sampling and prompt: what an evaluation depends on besides the dossier.
    public var answerIdentity: String {
        let s = client.settings
        return "claude evaluator|\(s.baseURL)|\(s.model)|\(s.temperature)|\(s.maxTokens)|\(EvaluationPrompt.identity)"
    }
}
