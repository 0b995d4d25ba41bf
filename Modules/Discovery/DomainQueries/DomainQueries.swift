import DiscoveryKit
import Foundation
import Logging
public import ScoutCore

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
            let role = Set(
                TextTokens.words(requirements.roleTitle + " " + requirements.titleKeywords.joined(separator: " ")))
            let skills = Set(
                requirements.mustHaveSkills.flatMap(TextTokens.words)
                    + requirements.niceToHaveSkills.flatMap(TextTokens.words))
            domain = SalientWords.top(jobDescription, limit: 3, excluding: role.union(skills)).joined(separator: " ")
        }
        guard !domain.isEmpty else { return [] }
        let role = Self.role(of: requirements)
        let skill = requirements.mustHaveSkills.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let all = [
            WebQuery("best \(domain) software", maxResults: config.maxResults, includeDomains: ["g2.com"]),
            WebQuery(
                "\(domain) software alternatives", maxResults: config.maxResults, includeDomains: ["capterra.com"]),
            WebQuery("\(domain) vendors", maxResults: config.maxResults, includeDomains: ["gartner.com"]),
            WebQuery("\(domain) startups", maxResults: config.maxResults, includeDomains: ["crunchbase.com"]),
            WebQuery("\(domain) companies hiring \(role)", maxResults: config.maxResults),
            WebQuery(
                skill.map { "\(domain) \($0) companies" } ?? "top \(domain) companies", maxResults: config.maxResults),
        ]
        return Array(all.prefix(config.queries).prefix(config.maxQueries))
    }

    public func discover(_ requirements: JobRequirements, context: DiscoveryContext) async throws -> DiscoveryResult {
        // Its queries come from the JD's market, not from seeds: a second round has nothing to add.
        guard context.round == 1 else { return DiscoveryResult(companies: [], queries: []) }
        let queries = queries(for: requirements, jobDescription: context.jobDescription)
        guard !queries.isEmpty else { return DiscoveryResult(companies: [], queries: []) }
        let (answers, failed) = try await context.webSearch.searchAllReporting(
            queries, concurrency: config.concurrency,
            logger: context.logger)
        var seenURLs = Set<String>()
        // A page about another market contributes nothing: it must name the market in its own words.
        let market = MarketPhrases(named: queries.first?.text ?? "", domain: requirements.targetDomain)
        let results = answers.joined().filter { $0.url.isEmpty || seenURLs.insert($0.url).inserted }
            .filter { market.isEmpty || market.named(in: $0.title + " " + $0.content) }
        let extractor = CompanyNameExtractor(
            excluding: requirements.mentionedCompanies, excludedKeys: requirements.excludedKeys)
        // A company's own evidence must name the market: a page whose title does (a category page), or its own list
        // line — not only a page that mentions the market somewhere while listing a rival from another one.
        let titles = Dictionary(results.map { ($0.url, $0.title) }, uniquingKeysWith: { first, _ in first })
        // And what its own lines say must not be another known market's words more than this one's.
        let named = extractor.extract(from: results).filter { company in
            company.mentions >= config.minMentions
                && !MarketPhrases.namesAnotherMarketMore(
                    MarketPhrases.ownWords(
                        snippets: company.snippets, titles: company.evidence.compactMap { titles[$0] }),
                    than: requirements.targetDomain)
        }
        let evidenced = named.filter { company in
            market.isEmpty || company.evidence.contains { titles[$0].map(market.named) == true }
                || company.snippets.contains(where: market.named)
        }
        // Pages in words the market phrases do not know (another vendor's wording) may leave almost nobody with
        // evidence: the companies of the market's pages then follow those with evidence, rather than a near-empty session.
        let evidencedKeys = Set(evidenced.map(\.key))
        let topUp = evidenced.count >= Self.fewCompanies ? [] : named.filter { !evidencedKeys.contains($0.key) }
        let found = Array((evidenced + topUp).prefix(config.maxCompanies))
        context.logger.debug(
            "domain_queries: companies kept",
            metadata: [
                "evidenced": .string(evidenced.map(\.name).joined(separator: ", ")),
                "without_evidence": .string(topUp.map(\.name).joined(separator: ", ")),
                "dropped": .string(named.count > found.count ? "\(named.count - found.count)" : "0"),
            ])
        let companies = found.enumerated().map { rank, company in
            Company(
                name: company.name, website: company.website, source: .domainQuery,
                confidence: Self.confidence(results: company.results, rank: rank, count: found.count),
                evidence: Array(company.evidence.prefix(5)))
        }
        return DiscoveryResult(
            companies: companies, queries: queries.map(\.text), failedQueries: failed.map { queries[$0].text })
    }

    /// Fewer companies with their own market evidence than this: those of the market's pages follow them.
    static let fewCompanies = 5
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
