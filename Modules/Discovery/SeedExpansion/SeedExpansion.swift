public import DiscoveryKit
import Foundation
import Logging
public import ScoutCore

/// Finds the competitors of the companies a JD mentions: per seed it searches "<X> competitors",
/// "<X> alternatives" and "companies similar to <X>", extracts company names from the results and keeps the
/// best `max_per_seed`. Companies found from several seeds rank first. Seeds themselves are not returned.
public struct SeedExpansion: DiscoveryStrategy {
    public let config: Config

    public init(config: Config = Config()) { self.config = config }

    /// The query texts for one seed, in the order they run.
    public func queries(for seed: String) -> [String] {
        Array(
            ["\(seed) competitors", "\(seed) alternatives", "companies similar to \(seed)"].prefix(
                config.queriesPerSeed))
    }

    /// Mentioned companies, deduplicated by key, at most `max_seeds`.
    public func seeds(of requirements: JobRequirements) -> [String] {
        var seen = Set<String>()
        let names = requirements.mentionedCompanies.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return Array(
            names.filter { !CompanyKey.normalize($0).isEmpty && seen.insert(CompanyKey.normalize($0)).inserted }
                .prefix(config.maxSeeds))
    }

    public func discover(_ requirements: JobRequirements, context: DiscoveryContext) async throws -> DiscoveryResult {
        let seeds = seeds(of: requirements)
        guard !seeds.isEmpty else { return DiscoveryResult(companies: [], queries: []) }
        let perSeedTexts = seeds.map(queries(for:))
        let queries = perSeedTexts.joined().map { WebQuery($0, maxResults: config.maxResults) }
        let (answers, failed) = try await context.webSearch.searchAllReporting(
            queries, concurrency: config.concurrency,
            logger: context.logger)

        let extractor = CompanyNameExtractor(
            excluding: requirements.mentionedCompanies, excludedKeys: requirements.excludedKeys)
        let market = MarketPhrases(named: requirements.targetDomain ?? "", domain: requirements.targetDomain)
        var perSeed: [[ExtractedCompany]] = []
        var offset = 0
        for texts in perSeedTexts {
            var seenURLs = Set<String>()
            // Only pages that name the seed, or the JD's market, speak of its rivals: for a name the web does not know,
            // a search engine still answers, with pages about other companies.
            let seed = seeds[perSeed.count]
            let answered = answers[offset..<offset + texts.count].joined().filter {
                $0.url.isEmpty || seenURLs.insert($0.url).inserted
            }
            let results = answered.filter {
                Self.names(seed, $0) || (!market.isEmpty && market.named(in: $0.title + " " + $0.content))
            }
            offset += texts.count
            if results.isEmpty, !answered.isEmpty {
                context.logger.info(
                    "seed_expansion: no web result names the seed or the market", metadata: ["seed": .string(seed)])
            }
            var found = extractor.extract(from: results).filter { $0.mentions >= config.minMentions }
            // Seeds that discovery found (not the JD's own): a competitor must show the market in its own list line.
            if context.round > 1, !market.isEmpty {
                found = found.filter { company in
                    company.snippets.contains(where: market.named)
                        && !MarketPhrases.namesAnotherMarketMore(
                            MarketPhrases.ownWords(snippets: company.snippets, titles: []),
                            than: requirements.targetDomain)
                }
            }
            perSeed.append(Array(found.prefix(config.maxPerSeed)))
        }
        return DiscoveryResult(
            companies: Self.merge(Self.coherent(perSeed)), queries: queries.map(\.text),
            failedQueries: failed.map { queries[$0].text })
    }

    /// Drops the companies whose list lines share no content word with the lines of the others: a seed's competitor
    /// from another market ("CI/CD pipelines for engineering teams" among "threat detection …" rivals) is an outlier in
    /// what the pages say about the whole set. Companies without list lines, and sets too small to judge, are kept.
    public static func coherent(_ perSeed: [[ExtractedCompany]]) -> [[ExtractedCompany]] {
        // Every list line of every seed that named the company, so the order seeds come in changes nothing.
        var wordsOf: [String: Set<String>] = [:]
        for company in perSeed.joined() where !company.snippets.isEmpty {
            let own = Set(TextTokens.words(company.name))
            wordsOf[company.key, default: []].formUnion(
                Set(company.snippets.flatMap(TextTokens.words)).filter { word in
                    word.count >= 3 && word.first?.isLetter == true && !own.contains(word)
                        && !snippetStopWords.contains(word)
                        && !PlaceSet.placeWords.contains(word)
                })
        }
        guard wordsOf.count >= 8 else { return perSeed }
        var frequency: [String: Int] = [:]
        for words in wordsOf.values { for word in words { frequency[word, default: 0] += 1 } }
        let common = max(3, wordsOf.count / 10)
        var outliers = Set(wordsOf.filter { _, words in !words.contains { (frequency[$0] ?? 0) - 1 >= common } }.keys)
        // A small cluster of another market shares words among itself: judge each company by how typical its words
        // are of the whole set (the share of the others that use each), against the set's median.
        let others = Double(wordsOf.count - 1)
        let typicality = wordsOf.mapValues { words in
            words.isEmpty
                ? 0 : words.reduce(0.0) { $0 + Double((frequency[$1] ?? 1) - 1) / others } / Double(words.count)
        }
        let sorted = typicality.values.sorted()
        let median = sorted[sorted.count / 2]
        outliers.formUnion(typicality.filter { $0.value < median * typicalShare }.keys)
        return perSeed.map { found in found.filter { !outliers.contains($0.key) } }
    }

    /// True when a result is about `seed`: its title, text or address names it as whole words ("Ledgerline",
    /// "ledgerline-alternatives").
    static func names(_ seed: String, _ result: WebResult) -> Bool {
        let key = CompanyKey.normalize(seed)
        guard !key.isEmpty else { return false }
        let text = TextTokens.normalized(result.title + " " + result.content + " " + result.url)
        return text.contains(" " + key + " ")
    }

    /// Below this share of the median typicality, a company's lines read as another market's.
    static let typicalShare = 0.5

    /// Words of directory lines that say nothing about a market.
    static let snippetStopWords: Set<String> = [
        "and", "for", "the", "with", "out", "reviews", "review", "employees", "rating", "stars", "top", "best",
        "alternatives",
        "alternative", "competitors", "similar", "software", "platform", "company", "companies", "inc", "ltd", "llc",
        "teams", "businesses",
    ]

    /// Joins the per-seed lists: more seeds first, then more results, more mentions, earlier seed and rank.
    static func merge(_ perSeed: [[ExtractedCompany]]) -> [Company] {
        var tallies: [String: (company: ExtractedCompany, seeds: Int, order: Int)] = [:]
        for found in perSeed.joined() {
            guard var tally = tallies[found.key] else {
                tallies[found.key] = (found, 1, tallies.count)
                continue
            }
            tally.seeds += 1
            tally.company.mentions += found.mentions
            tally.company.results += found.results
            tally.company.website = tally.company.website ?? found.website
            tally.company.evidence += found.evidence.filter { !tally.company.evidence.contains($0) }
            tallies[found.key] = tally
        }
        let ranked = tallies.values.sorted {
            ($1.seeds, $1.company.results, $1.company.mentions, $0.order) < (
                $0.seeds, $0.company.results, $0.company.mentions, $1.order
            )
        }
        return ranked.map { tally in
            Company(
                name: tally.company.name, website: tally.company.website, source: .seedExpansion,
                confidence: confidence(results: tally.company.results, seeds: tally.seeds),
                evidence: Array(tally.company.evidence.prefix(5)))
        }
    }

    /// 0.5 for one result from one seed, rising to 0.9 at five results (a second seed counts as two).
    static func confidence(results: Int, seeds: Int) -> Double {
        let strength = Double(results + 2 * (seeds - 1) - 1)
        return ((0.5 + 0.4 * min(1, max(0, strength) / 4)) * 100).rounded() / 100
    }
}

extension SeedExpansion {
    /// The `seed_expansion` factory.
    public static let factory = PluginFactory<any DiscoveryStrategy>(
        type: "seed_expansion",
        summary: "competitors and alternatives of the companies the JD mentions, from web search",
        config: Config.self
    ) { config, _ in SeedExpansion(config: config) }
}
