import Foundation
import ScoutCore

/// Finds companies in the JD's market: searches software directories (G2, Capterra, Gartner, Crunchbase, via
/// `include_domains`) and the open web ("<domain> companies hiring <role>", "<domain> <skill> companies"), then
/// ranks the names found by how many results name them. Skipped (empty result) when the JD has no domain.
public struct DomainQueries: DiscoveryStrategy {
    public let config: Config

    public init(config: Config = Config()) { self.config = config }

    /// The queries that run for `requirements`: directory queries first, at most `max_queries` of `queries`.
    /// With no domain, the JD's most salient words stand in for it (``SalientWords``), when the JD text is given.
    public func queries(for requirements: JobRequirements, jobDescription: String = "") -> [WebQuery] {
        var domain = requirements.targetDomain?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if domain.isEmpty, requirements.mentionedCompanies.isEmpty {
            let role = Set(TextTokens.words(requirements.roleTitle + " " + requirements.titleKeywords.joined(separator: " ")))
            let skills = Set(requirements.mustHaveSkills.flatMap(TextTokens.words) + requirements.niceToHaveSkills.flatMap(TextTokens.words))
            domain = SalientWords.top(jobDescription, limit: 3, excluding: role.union(skills)).joined(separator: " ")
        }
        guard !domain.isEmpty else { return [] }
        let role = Self.role(of: requirements)
        let skill = requirements.mustHaveSkills.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let all = [
            WebQuery("best \(domain) software", maxResults: config.maxResults, includeDomains: ["g2.com"]),
            WebQuery("\(domain) software alternatives", maxResults: config.maxResults, includeDomains: ["capterra.com"]),
            WebQuery("\(domain) vendors", maxResults: config.maxResults, includeDomains: ["gartner.com"]),
            WebQuery("\(domain) startups", maxResults: config.maxResults, includeDomains: ["crunchbase.com"]),
            WebQuery("\(domain) companies hiring \(role)", maxResults: config.maxResults),
            WebQuery(skill.map { "\(domain) \($0) companies" } ?? "top \(domain) companies", maxResults: config.maxResults),
        ]
        return Array(all.prefix(config.queries).prefix(config.maxQueries))
    }

    public func discover(_ requirements: JobRequirements, context: DiscoveryContext) async throws -> DiscoveryResult {
        let queries = queries(for: requirements, jobDescription: context.jobDescription)
        guard !queries.isEmpty else { return DiscoveryResult(companies: [], queries: []) }
        let answers = try await context.webSearch.searchAll(queries, concurrency: config.concurrency, logger: context.logger)
        var seenURLs = Set<String>()
        // A page about another market contributes nothing: it must name the market in its own words.
        let market = Self.marketPhrases(queries.first?.text ?? "", domain: requirements.targetDomain)
        let results = answers.joined().filter { $0.url.isEmpty || seenURLs.insert($0.url).inserted }
            .filter { result in
                market.isEmpty || market.contains { TextTokens.contains(result.title + " " + result.content, phrase: $0) }
            }
        let extractor = CompanyNameExtractor(excluding: requirements.mentionedCompanies, excludedKeys: requirements.excludedKeys)
        let found = Array(extractor.extract(from: results).filter { $0.mentions >= config.minMentions }.prefix(config.maxCompanies))
        let companies = found.enumerated().map { rank, company in
            Company(
                name: company.name, website: company.website, source: .domainQuery,
                confidence: Self.confidence(results: company.results, rank: rank, count: found.count),
                evidence: Array(company.evidence.prefix(5)))
        }
        return DiscoveryResult(companies: companies, queries: queries.map(\.text))
    }

    /// The phrases that say a page is about the market: each word of the domain phrase (as queried) of three letters
    /// or more that is not query boilerplate, plus the built-in keyword phrases when the domain is a known one.
    public static func marketPhrases(_ firstQuery: String, domain: String?) -> [String] {
        let boilerplate: Set<String> = ["best", "top", "software", "companies", "company", "vendors", "startups", "alternatives",
                                        "platform", "platforms", "tools", "solutions", "services", "tech", "technology", "and"]
        var phrases = TextTokens.words(firstQuery).filter { $0.count >= 3 && !boilerplate.contains($0) }
        if let domain, let term = Vocabulary.domains.first(where: { $0.id == domain || $0.name.lowercased() == domain.lowercased() }) {
            phrases += term.keywords
        }
        var seen = Set<String>()
        return phrases.filter { seen.insert(TextTokens.words($0).joined(separator: " ")).inserted }
    }

    /// The role without level words: the first title keyword, else the title minus "Senior", "Lead" ….
    static func role(of requirements: JobRequirements) -> String {
        if let keyword = requirements.titleKeywords.first(where: { !$0.isEmpty }) { return keyword }
        let words = requirements.roleTitle.split(separator: " ").filter { Seniority(word: String($0)) == nil }
        return words.isEmpty ? requirements.roleTitle : words.joined(separator: " ")
    }

    /// 0.4–0.8: up to 0.3 for being named by more results (full at four), up to 0.1 for rank.
    static func confidence(results: Int, rank: Int, count: Int) -> Double {
        let support = min(1, Double(max(0, results - 1)) / 3)
        let position = count > 1 ? 1 - Double(rank) / Double(count - 1) : 1
        return ((0.4 + 0.3 * support + 0.1 * position) * 100).rounded() / 100
    }
}

extension DomainQueries {
    /// The `domain_queries` factory.
    public static let factory = PluginFactory<any DiscoveryStrategy>(
        type: "domain_queries",
        summary: "companies in the JD's market, from G2/Capterra/Gartner/Crunchbase and web search",
        config: Config.self
    ) { config, _ in DomainQueries(config: config) }
}
