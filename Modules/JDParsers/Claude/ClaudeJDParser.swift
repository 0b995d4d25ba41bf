import Foundation
import LLMKit
import Logging
public import ScoutCore
public import ScoutVendorKit

/// The `claude` JD parser: asks the Messages API for the requirements JSON and validates it (a role title is required;
/// seniority words are mapped to Scout's levels, unknown ones dropped). An invalid reply is retried once.
public struct ClaudeJDParser: JDParser {
    public struct Config: PluginConfig, Equatable {
        public var anthropic = AnthropicSettings(maxTokens: 2048)

        public init() {}

        public static var keys: [ConfigKey] { Self().anthropic.keys }

        public init(from decoder: any Decoder) throws { try anthropic.overlay(from: decoder) }

        public func validate() -> [ConfigProblem] { anthropic.validate() }
    }

    static let system = """
        You are Scout job description parser. Read the job description and reply with one JSON object and nothing else:
        {"role_title": string, "title_keywords": [title phrases without level words], "seniority_levels": [any of intern, junior, \
        mid, senior, staff, principal, manager, director, vp, executive], "must_have_skills": [..], "nice_to_have_skills": [..], \
        "location": string|null, "target_domain": string|null (the hiring company's market, lowercase), \
        "mentioned_companies": [companies named as examples of where good candidates work], "excluded_companies": [..], \
        "hiring_company": string|null}
        Rules, the same the heuristic parser follows: title_keywords are what the same work is also called (e.g. for an     SRE: "Site Reliability Engineer", "DevOps Engineer", "Infrastructure Engineer"); a title naming two fields     ("platform / infrastructure engineer") gives the phrases of both. seniority_levels come from the title and stated     levels ("mid-level", "senior or staff"); a management title is its own level (manager); when nothing states a level,     from the experience asked for (0–2 years junior, 2–5 mid, 5–8 senior, 8+ staff; "5+ years" also one level up);     never from levels of the team the role mentors. Alternatives are one item: "Python, Go or Rust" is the single     must-have "Python or Go or Rust". location is the places the role accepts as the JD writes them (cities,     countries, regions, remote policy), empty when anywhere. target_domain is the market in plain words even when     the JD does not name it (remote build caches → "developer tools"). mentioned_companies include names after     "like", "such as", "teams at", "ex-", before "and the like" or "alumni"; never the hiring company.
        """

    let client: AnthropicClient

    public init(client: AnthropicClient) { self.client = client }

    public func parse(_ text: String) async throws -> JobRequirements {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ScoutError.badInput("the job description is empty") }
        var reason = "no reply"
        for _ in 0..<2 {
            let reply = try await client.complete(
                system: Self.system, user: "JOB DESCRIPTION:\n\(trimmed)", label: "parse JD"
            ).text
            switch Self.requirements(from: reply) {
            case .success(let requirements): return requirements
            case .failure(let problem): reason = problem.reason
            }
        }
        throw ScoutError.vendor("Claude JD parser: invalid reply twice (\(reason))")
    }

    struct Wire: Decodable {
        var role_title: String?
        var title_keywords, seniority_levels, must_have_skills, nice_to_have_skills: [String]?
        var mentioned_companies, excluded_companies: [String]?
        var location, target_domain, hiring_company: String?
    }

    /// Parses and validates the requirements JSON of a reply.
    static func requirements(from reply: String) -> Result<JobRequirements, ReplyProblem> {
        guard let data = JSONReply.extractObject(from: reply) else {
            return .failure(ReplyProblem("the reply holds no JSON object"))
        }
        guard let wire = try? JSONDecoder().decode(Wire.self, from: data) else {
            return .failure(ReplyProblem("the reply JSON does not match the schema"))
        }
        guard let role = wire.role_title?.trimmingCharacters(in: .whitespacesAndNewlines), !role.isEmpty else {
            return .failure(ReplyProblem("role_title is missing"))
        }
        func clean(_ list: [String]?) -> [String] {
            (list ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func text(_ value: String?) -> String? {
            value.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        return .success(
            JobRequirements(
                roleTitle: role, titleKeywords: clean(wire.title_keywords),
                seniorityLevels: clean(wire.seniority_levels).compactMap(Seniority.init(word:)),
                mustHaveSkills: clean(wire.must_have_skills), niceToHaveSkills: clean(wire.nice_to_have_skills),
                location: text(wire.location),
                targetDomain: text(wire.target_domain)?.lowercased(),
                mentionedCompanies: clean(wire.mentioned_companies),
                excludedCompanies: clean(wire.excluded_companies), hiringCompany: text(wire.hiring_company)))
    }
}

extension ClaudeJDParser {
    /// The `claude` factory.
    public static let factory = PluginFactory<any JDParser>(
        type: "claude", summary: "Anthropic Messages (streaming) JD parser; model is required", config: Config.self
    ) { config, context in
        let key = try context.secrets.resolve(config.anthropic.apiKey, for: "\(context.path).api_key")
        return ClaudeJDParser(
            client: AnthropicClient(
                settings: config.anthropic, apiKey: key, logger: context.logger, metrics: context.metrics))
    }
}

extension ClaudeJDParser: AnswerIdentity {
    /// Endpoint, model and prompt: what a parse depends on besides the JD text.
    public var answerIdentity: String {
        let s = client.settings
        return "claude jd parser|\(s.baseURL)|\(s.model)|\(s.temperature)|\(SHA256.hex(Self.system))"
    }
}
