import DiscoveryKit
import DomainQueriesDiscovery
import Foundation
import ScoutCore
import ScoutTesting
import Testing
import Yams

@Suite("domain_queries")
struct DomainQueriesTests {
    static let jd = JobRequirements(
        roleTitle: "Senior Speech Engineer", titleKeywords: ["Speech Engineer"], seniorityLevels: [.senior],
        mustHaveSkills: ["ASR", "Python"], targetDomain: "voice ai", mentionedCompanies: ["Echowave"],
        excludedCompanies: ["Murmur Labs"], hiringCompany: "Cantora Voice")

    static func web() -> StaticWebSearch {
        StaticWebSearch(results: [
            "best voice ai software": [
                hit(
                    "Best Speech Recognition Software in 2026 | G2", "https://www.g2.com/categories/speech-recognition",
                    "Popular products such as Echowave, Parlance AI and Vox Labs help developers.\n1. Echowave — ASR\n2. Parlance AI — Streaming ASR\n3. Vox Labs — Voice cloning\n4. Murmur Labs — Open models"
                ),
                hit(
                    "Off-directory page", "https://example.org/ignored", "1. Ignored Corp — filtered by include_domains"
                ),
            ],
            "voice ai software alternatives": [
                hit(
                    "Top 20 Voice AI Companies | Capterra", "https://www.capterra.com/speech-recognition-software/",
                    "1. Vox Labs — Voice cloning\n2. Sonara — Analytics\n3. Cantora Voice — Agents")
            ],
            "voice ai vendors": [
                hit(
                    "Gartner Peer Insights: Speech Recognition Software Reviews",
                    "https://www.gartner.com/reviews/market/speech-recognition",
                    "Vendors in the Speech Recognition Software market include Parlance AI, Vox Labs, Sonara and Deepvox."
                )
            ],
            "voice ai startups": [],
            "voice ai companies hiring Speech Engineer": [
                hit(
                    "Kestrel Speech — On-device ASR", "https://kestrelspeech.com/careers",
                    "Kestrel Speech is hiring speech engineers.")
            ],
            "voice ai ASR companies": [
                hit(
                    "ASR companies", "https://example.org/asr", "Companies like Halyard Voice and Vox Labs lead in ASR."
                )
            ],
        ])
    }

    @Test("directory queries first, with include_domains; the top max_queries run")
    func queries() async throws {
        let web = Self.web()
        let result = try await DomainQueries().discover(Self.jd, context: discoveryContext(web))
        #expect(
            result.queries == [
                "best voice ai software", "voice ai software alternatives", "voice ai vendors", "voice ai startups",
                "voice ai companies hiring Speech Engineer",
            ])
        let planned = DomainQueries().queries(for: Self.jd)
        #expect(
            planned.map(\.includeDomains) == [["g2.com"], ["capterra.com"], ["gartner.com"], ["crunchbase.com"], []])
        #expect(planned.allSatisfy { $0.maxResults == 10 })
        #expect(web.receivedQueries.count == 5)

        var config = DomainQueries.Config()
        config.maxQueries = 6
        #expect(DomainQueries(config: config).queries(for: Self.jd).last?.text == "voice ai ASR companies")
        config.queries = 2
        config.maxQueries = 2
        #expect(DomainQueries(config: config).queries(for: Self.jd).count == 2)
        var noKeywords = Self.jd
        noKeywords.titleKeywords = []
        noKeywords.mustHaveSkills = []
        config = DomainQueries.Config()
        config.maxQueries = 6
        #expect(
            DomainQueries(config: config).queries(for: noKeywords).suffix(2).map(\.text)
                == ["voice ai companies hiring Speech Engineer", "top voice ai companies"])
    }

    @Test("ranked by results; seeds, exclusions and the hiring company left out")
    func ranking() async throws {
        var config = DomainQueries.Config()
        config.maxQueries = 6
        let result = try await DomainQueries(config: config).discover(Self.jd, context: discoveryContext(Self.web()))
        let names = result.companies.map(\.name)
        #expect(names.prefix(3) == ["Vox Labs", "Parlance AI", "Sonara"])
        #expect(Set(names) == ["Vox Labs", "Parlance AI", "Sonara", "Deepvox", "Kestrel Speech", "Halyard Voice"])
        #expect(result.companies.allSatisfy { $0.source == .domainQuery && (0.4...0.8).contains($0.confidence) })
        #expect(result.companies.map(\.confidence) == result.companies.map(\.confidence).sorted(by: >))
        #expect(result.companies.first { $0.name == "Kestrel Speech" }?.website == "kestrelspeech.com")
        #expect(result.companies[0].evidence.count == 4)
    }

    @Test("pages in other words: the market's page still names its companies when almost none has its own evidence")
    func fewWithEvidence() async throws {
        // A vendor whose list lines say "conversational intelligence" (no voice-ai phrase): only the page body names
        // the market, so no company has evidence of its own; keeping nobody would leave the session empty.
        let web = StaticWebSearch(results: [
            "best voice ai software": [
                hit(
                    "Conversational Intelligence Platforms | G2",
                    "https://www.g2.com/categories/conversational-intelligence",
                    "Platforms for voice teams.\n1. Talkpath — Conversational intelligence\n2. Verbly — Dialogue insights\n3. Cadenza — Call summaries"
                )
            ]
        ])
        let result = try await DomainQueries().discover(Self.jd, context: discoveryContext(web))
        #expect(Set(result.companies.map(\.name)) == ["Talkpath", "Verbly", "Cadenza"])
    }

    @Test("a query that fails after its retries is named in the result, so the user hears the answer may be incomplete")
    func failedQueriesAreReported() async throws {
        let web = Self.web()
        web.fail("voice ai vendors", with: ScoutError.vendor("Tavily search failed after 7 attempts: HTTP 429"))
        let result = try await DomainQueries().discover(Self.jd, context: discoveryContext(web))
        #expect(result.failedQueries == ["voice ai vendors"])
        #expect(!result.companies.isEmpty)  // the other queries still count
        let clean = try await DomainQueries().discover(Self.jd, context: discoveryContext(Self.web()))
        #expect(clean.failedQueries.isEmpty)
    }

    @Test("max_companies and min_mentions")
    func limits() async throws {
        var config = DomainQueries.Config()
        config.maxCompanies = 2
        let two = try await DomainQueries(config: config).discover(Self.jd, context: discoveryContext(Self.web()))
        #expect(two.companies.map(\.name) == ["Vox Labs", "Parlance AI"])
        config = DomainQueries.Config()
        config.minMentions = 3
        let strong = try await DomainQueries(config: config).discover(Self.jd, context: discoveryContext(Self.web()))
        #expect(strong.companies.map(\.name) == ["Vox Labs", "Parlance AI"])
    }

    @Test("no domain: empty result, no queries")
    func noDomain() async throws {
        let web = Self.web()
        for domain in [nil, " "] as [String?] {
            var jd = Self.jd
            jd.targetDomain = domain
            #expect(
                try await DomainQueries().discover(jd, context: discoveryContext(web))
                    == DiscoveryResult(companies: [], queries: []))
        }
        #expect(web.receivedQueries.isEmpty)
    }

    @Test("conformance")
    func conformance() async throws {
        try await DiscoveryConformance.run(
            DomainQueries(), requirements: Self.jd, context: discoveryContext(Self.web()))
    }

    @Test("config: defaults, YAML, validation")
    func config() throws {
        let config = DomainQueries.Config()
        #expect((config.queries, config.maxQueries, config.maxResults, config.maxCompanies) == (6, 5, 10, 30))
        #expect(config.validate().isEmpty)
        let decoded = try YAMLDecoder().decode(
            DomainQueries.Config.self, from: "queries: 4\nmax_queries: 3\nmax_companies: 12")
        #expect((decoded.queries, decoded.maxQueries, decoded.maxResults, decoded.maxCompanies) == (4, 3, 10, 12))
        var bad = config
        bad.queries = 3
        bad.maxResults = 21
        #expect(bad.validate().map(\.key) == ["max_queries", "max_results"])
        #expect(
            DomainQueries.Config.keys.map(\.name) == [
                "queries", "max_queries", "max_results", "max_companies", "min_mentions", "concurrency",
            ])
        #expect(DomainQueries.factory.type == "domain_queries")
    }
}

@Suite("domain_queries without a known domain")
struct DomainQueriesFallbackTests {
    @Test func theJDsOwnWordsStandInForAnUnknownMarket() {
        let requirements = JobRequirements(
            roleTitle: "Site Reliability Engineer", titleKeywords: ["Site Reliability Engineer"],
            mustHaveSkills: ["Kubernetes"])
        let jd = """
            We make the remote build cache and artifact registry that large organisations put under their monorepos.
            When our cache misses, thousands of builds wait. You will run Kubernetes and keep the registry reliable.
            """
        let queries = DomainQueries().queries(for: requirements, jobDescription: jd)
        #expect(!queries.isEmpty)
        #expect(queries.first.map { $0.text.contains("registry") && $0.text.contains("cache") } == true)
        #expect(
            queries.allSatisfy {
                !$0.text.lowercased().contains("kubernetes")
                    && !$0.text.lowercased().contains("reliability engineer software")
            })
        // Named companies or no text: no guessing.
        var named = requirements
        named.mentionedCompanies = ["Forgeline"]
        #expect(DomainQueries().queries(for: named, jobDescription: jd).isEmpty)
        #expect(DomainQueries().queries(for: requirements).isEmpty)
    }
}

@Suite("domain_queries: which pages are about the market")
struct DomainQueriesMarketTests {
    @Test func aPageMustNameTheMarketByAPhraseNotByAGenericWord() {
        let market = MarketPhrases(named: "best fintech payments software", domain: "fintech payments")
        func about(_ text: String) -> Bool { market.named(in: text) }
        #expect(about("Top payment processing vendors for online merchants"))
        #expect(about("Cross-border payments and money movement for marketplaces"))
        #expect(!about("Managed services for money managers"))  // "services", "money" alone say nothing
        #expect(!about("Treasury of the open web: a developer portal"))
    }

    @Test func marketsAreRecognisedByWhatTheCompanyMakes() {
        #expect(
            Vocabulary.domain(matching: "We make the remote build cache and artifact registry under monorepos")?.id
                == "devtools")
        #expect(
            Vocabulary.domain(matching: "We build mobile manipulators: a robotic arm with a suction gripper")?.id
                == "robotics")
        // What engineers do everywhere is no market.
        #expect(
            Vocabulary.domain(matching: "Write production code with code review and tests; private healthcare") == nil)
    }
}

@Suite("market evidence: what a company makes, not whom it serves")
struct MarketEvidenceTests {
    @Test func aLineIsReadUpToWhomItServes() {
        let own = MarketPhrases.ownWords(
            snippets: ["2. Torforge — Customer engagement platform for e-commerce brands"],
            titles: ["Top 8 Torforge Alternatives & Competitors (2026) | G2"])
        #expect(!own.contains("e-commerce"))
        #expect(MarketPhrases.namesAnotherMarketMore(own, than: "ecommerce"))  // a marketing company that serves shops
        #expect(!MarketPhrases.namesAnotherMarketMore(own, than: "martech"))
        let shop = MarketPhrases.ownWords(
            snippets: ["1. Calbase Shop — Headless commerce platform for retailers"], titles: [])
        #expect(!MarketPhrases.namesAnotherMarketMore(shop, than: "e-commerce platforms"))
        // A page titled for another market says which market its companies are in.
        #expect(MarketPhrases.namesAnotherMarketMore("Top 20 Marketing Tech Companies | Capterra", than: "ecommerce"))
        // Unknown markets and texts naming nothing are never judged.
        #expect(!MarketPhrases.namesAnotherMarketMore("Email marketing", than: "satellite imaging"))
        #expect(!MarketPhrases.namesAnotherMarketMore("Acme — great software", than: "fintech"))
        #expect(MarketPhrases.scores(in: "telehealth for clinics")["healthtech"] == 6)
    }
}
