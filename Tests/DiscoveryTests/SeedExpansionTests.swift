import DiscoveryKit
import Foundation
import ScoutCore
import ScoutTesting
import SeedExpansionDiscovery
import Testing
import Yams

@Suite("seed_expansion")
struct SeedExpansionTests {
    static let jd = JobRequirements(
        roleTitle: "Senior Speech Engineer", targetDomain: "voice ai", mentionedCompanies: ["Echowave", "Parlance AI"],
        hiringCompany: "Cantora Voice")

    /// Echowave's rivals: Vox Labs (3 results, and a rival of Parlance AI too), Sonara, Deepvox, Kestrel Speech, Halyard Voice.
    static func web() -> StaticWebSearch {
        StaticWebSearch(results: [
            "Echowave competitors": [
                hit(
                    "Top 10 Echowave Alternatives & Competitors (2026) | G2",
                    "https://www.g2.com/products/echowave/competitors",
                    "The best alternatives to Echowave are Parlance AI, Vox Labs, Sonara and Deepvox."),
                hit(
                    "Cantora Voice — Voice agents", "https://cantoravoice.com/", "Cantora Voice competes with Echowave."
                ),
            ],
            "Echowave alternatives": [
                hit(
                    "Echowave Alternatives 2026 | Capterra", "https://www.capterra.com/p/echowave/alternatives",
                    "1. Parlance AI — Streaming ASR\n2. Vox Labs — Voice cloning\n3. Kestrel Speech — On-device ASR\n4. Cantora Voice — Agents"
                )
            ],
            "companies similar to Echowave": [
                hit(
                    "Companies like Echowave | Crunchbase",
                    "https://www.crunchbase.com/organization/echowave/competitors",
                    "Top competitors of Echowave include Vox Labs and Halyard Voice.")
            ],
            "Parlance AI competitors": [
                hit(
                    "Top 10 Parlance AI Alternatives & Competitors | G2",
                    "https://www.g2.com/products/parlance-ai/competitors",
                    "Top competitors of Parlance AI include Echowave, Vox Labs and Murmur Labs."),
                hit("Vox Labs — Voice cloning API", "https://voxlabs.io/", "Vox Labs builds voice cloning."),
            ],
        ])
    }

    @Test("three queries per seed, in order, with max_results")
    func queries() async throws {
        let web = Self.web()
        let result = try await SeedExpansion().discover(Self.jd, context: discoveryContext(web))
        let expected = [
            "Echowave competitors", "Echowave alternatives", "companies similar to Echowave",
            "Parlance AI competitors", "Parlance AI alternatives", "companies similar to Parlance AI",
        ]
        #expect(result.queries == expected)
        #expect(Set(web.receivedTexts) == Set(expected) && web.receivedQueries.count == 6)
        #expect(web.receivedQueries.allSatisfy { $0.maxResults == 10 && $0.includeDomains.isEmpty })
    }

    @Test("companies named for several seeds rank first; seeds and exclusions are never returned")
    func ranking() async throws {
        let result = try await SeedExpansion().discover(Self.jd, context: discoveryContext(Self.web()))
        let names = result.companies.map(\.name)
        #expect(names.first == "Vox Labs")
        #expect(Set(names) == ["Vox Labs", "Sonara", "Deepvox", "Kestrel Speech", "Halyard Voice", "Murmur Labs"])
        let vox = try #require(result.companies.first)
        #expect(vox.source == .seedExpansion && vox.website == "voxlabs.io" && vox.confidence == 0.9)
        #expect(
            vox.evidence.contains("https://www.g2.com/products/echowave/competitors")
                && vox.evidence.contains("https://voxlabs.io/"))
        #expect(result.companies.allSatisfy { (0.5...0.9).contains($0.confidence) && !$0.evidence.isEmpty })
        #expect(result.companies.last?.confidence == 0.5)
    }

    @Test("a seed the web does not know: pages that name neither it nor the market contribute nothing")
    func unknownSeed() async throws {
        let jd = JobRequirements(
            roleTitle: "Account Executive", targetDomain: "marketing tech", mentionedCompanies: ["Inkpost"])
        let web = StaticWebSearch(results: [
            "Inkpost competitors": [
                // A search engine still answers for a name it does not know, with pages about other companies.
                hit(
                    "Ledgerline competitors | Crunchbase",
                    "https://www.crunchbase.com/organization/ledgerline/competitors",
                    "Top competitors of Ledgerline include Clearvault, Tenderloop and Quillfund."),
                hit(
                    "Top Growth Tools | Capterra", "https://www.capterra.com/marketing-automation-software/",
                    "1. Mailquill — Email marketing for B2B teams\n2. Funnelcraft — Marketing automation for startups"),
            ],
            "Inkpost alternatives": [
                hit(
                    "Novgrid Alternatives | G2", "https://www.g2.com/products/novgrid/competitors/alternatives",
                    "The best alternatives to Novgrid are Talspire, Mermint and Galbase Basket.")
            ],
        ])
        let result = try await SeedExpansion().discover(jd, context: discoveryContext(web))
        // Only the page about the JD's market speaks for it.
        #expect(Set(result.companies.map(\.name)) == ["Mailquill", "Funnelcraft"])
        // A page that names the seed counts whatever its words.
        let named = StaticWebSearch(results: [
            "Inkpost competitors": [
                hit(
                    "Inkpost competitors | Crunchbase", "https://www.crunchbase.com/organization/inkpost/competitors",
                    "Top competitors of Inkpost include Clearvault and Quillfund.")
            ]
        ])
        let found = try await SeedExpansion().discover(jd, context: discoveryContext(named))
        #expect(Set(found.companies.map(\.name)) == ["Clearvault", "Quillfund"])
    }

    @Test("limits: max_seeds, queries_per_seed, max_per_seed, min_mentions")
    func limits() async throws {
        var config = SeedExpansion.Config()
        config.maxSeeds = 1
        config.queriesPerSeed = 2
        config.maxPerSeed = 2
        let web = Self.web()
        let result = try await SeedExpansion(config: config).discover(Self.jd, context: discoveryContext(web))
        #expect(result.queries == ["Echowave competitors", "Echowave alternatives"])
        #expect(result.companies.map(\.name) == ["Vox Labs", "Deepvox"])

        config = SeedExpansion.Config()
        config.minMentions = 2
        let strict = try await SeedExpansion(config: config).discover(Self.jd, context: discoveryContext(Self.web()))
        #expect(strict.companies.map(\.name) == ["Vox Labs"])
    }

    @Test("no seeds: empty result, no queries")
    func noSeeds() async throws {
        let web = Self.web()
        var jd = Self.jd
        jd.mentionedCompanies = []
        let result = try await SeedExpansion().discover(jd, context: discoveryContext(web))
        #expect(result == DiscoveryResult(companies: [], queries: []))
        #expect(web.receivedQueries.isEmpty)
    }

    @Test("a failing query is skipped; all failing throws")
    func failures() async throws {
        let web = Self.web()
        web.fail("Echowave alternatives", with: ScoutError.vendor("timeout"))
        let result = try await SeedExpansion().discover(Self.jd, context: discoveryContext(web))
        #expect(!result.companies.contains { $0.name == "Kestrel Speech" })
        #expect(result.companies.first?.name == "Vox Labs")

        let broken = StaticWebSearch()
        var config = SeedExpansion.Config()
        config.queriesPerSeed = 1
        for query in ["Echowave competitors", "Parlance AI competitors"] {
            broken.fail(query, with: ScoutError.vendor("down"))
        }
        await #expect(throws: ScoutError.self) {
            try await SeedExpansion(config: config).discover(Self.jd, context: discoveryContext(broken))
        }
        let quota = Self.web()
        quota.fail("Echowave competitors", with: ScoutError(.quotaExhausted, "quota"))
        await #expect(throws: ScoutError.self) {
            try await SeedExpansion().discover(Self.jd, context: discoveryContext(quota))
        }
    }

    @Test("conformance")
    func conformance() async throws {
        try await DiscoveryConformance.run(
            SeedExpansion(), requirements: Self.jd, context: discoveryContext(Self.web()))
        var config = SeedExpansion.Config()
        config.concurrency = 1
        try await DiscoveryConformance.run(
            SeedExpansion(config: config), requirements: Self.jd, context: discoveryContext(Self.web()))
    }

    @Test("config: defaults, keys, validation")
    func config() throws {
        let config = SeedExpansion.Config()
        #expect(
            (
                config.maxSeeds, config.queriesPerSeed, config.maxResults, config.maxPerSeed, config.minMentions,
                config.concurrency
            ) == (15, 3, 10, 8, 1, 8))
        let yaml = "max_seeds: 5\nqueries_per_seed: 2\nmax_results: 7\nmax_per_seed: 3\nmin_mentions: 2\nconcurrency: 1"
        let decoded = try YAMLDecoder().decode(SeedExpansion.Config.self, from: yaml)
        #expect(
            (
                decoded.maxSeeds, decoded.queriesPerSeed, decoded.maxResults, decoded.maxPerSeed, decoded.minMentions,
                decoded.concurrency
            ) == (5, 2, 7, 3, 2, 1))
        #expect(
            SeedExpansion.Config.keys.map(\.name) == [
                "max_seeds", "queries_per_seed", "max_results", "max_per_seed", "min_mentions", "concurrency",
            ])
        #expect(try YAMLDecoder().decode(SeedExpansion.Config.self, from: "max_seeds: 3").maxPerSeed == 8)
        #expect(config.validate().isEmpty)
        var bad = config
        bad.queriesPerSeed = 4
        bad.maxResults = 0
        #expect(bad.validate().map(\.key) == ["queries_per_seed", "max_results"])
        #expect(SeedExpansion.factory.type == "seed_expansion")
    }
}

/// Counts queries in flight, to check the concurrency bound.
private final class GaugedWebSearch: WebSearch {
    private let gauge = LockedValue((now: 0, peak: 0))
    var peak: Int { gauge.withLock { $0.peak } }

    func search(_ query: WebQuery) async throws -> [WebResult] {
        gauge.withLock {
            $0.now += 1; $0.peak = max($0.peak, $0.now)
        }
        try await Task.sleep(for: .milliseconds(5))
        gauge.withLock { $0.now -= 1 }
        return []
    }
}

@Test("seed_expansion keeps at most `concurrency` queries in flight", arguments: [1, 2, 4])
func seedExpansionConcurrency(limit: Int) async throws {
    let web = GaugedWebSearch()
    var config = SeedExpansion.Config()
    config.concurrency = limit
    let jd = JobRequirements(roleTitle: "Engineer", mentionedCompanies: ["A One", "B Two", "C Three", "D Four"])
    let result = try await SeedExpansion(config: config).discover(jd, context: discoveryContext(web))
    #expect(result.queries.count == 12 && result.companies.isEmpty)
    #expect(web.peak <= limit && web.peak >= 1)
}

@Suite("seed_expansion: coherent markets")
struct SeedCoherenceTests {
    func company(_ name: String, _ line: String) -> ExtractedCompany {
        var c = ExtractedCompany(
            name: name, key: CompanyKey.normalize(name), mentions: 1, results: 1, evidence: [], firstResult: 0)
        c.snippets = [line]
        return c
    }

    @Test func aCompetitorFromAnotherMarketIsAnOutlier() {
        let security = (1...9).map { i in
            company(
                "Shield \(i)",
                "\(i). Shield \(i) — Threat detection and response for security teams (4.\(i) out of 5, 20 reviews)")
        }
        let stranger = company(
            "Pipeforge", "10. Pipeforge — CI/CD pipelines for engineering teams (4.6 out of 5, 31 reviews)")
        let silent = ExtractedCompany(
            name: "Quietco", key: "quietco", mentions: 1, results: 1, evidence: [], firstResult: 0)
        let kept = SeedExpansion.coherent([security + [stranger], [silent]]).joined().map(\.name)
        #expect(!kept.contains("Pipeforge"))
        #expect(kept.contains("Shield 1") && kept.contains("Quietco"))
        // Too few to judge: nothing dropped.
        #expect(SeedExpansion.coherent([Array(security.prefix(3)) + [stranger]]).joined().count == 4)
    }

    @Test func aSmallClusterOfAnotherMarketIsOutlyingToo() {
        let security = (1...10).map { i in
            company(
                "Shield \(i)",
                "\(i). Shield \(i) — Threat detection and response for security teams (4.\(i) out of 5, 20 reviews)")
        }
        // Four LLM platforms share their words with each other (enough for the shared-word rule), not with the set.
        let cluster = (1...4).map { i in
            company("Tokenforge \(i)", "\(i). Tokenforge \(i) — LLM inference and model serving for AI teams")
        }
        let kept = SeedExpansion.coherent([security + cluster]).joined().map(\.name)
        #expect(kept.filter { $0.hasPrefix("Tokenforge") }.isEmpty)
        #expect(kept.filter { $0.hasPrefix("Shield") }.count == 10)
    }
}
