import Foundation
import Testing
import Yams

@testable import ScoutCore

@Suite("core support")
struct SupportTests {
    @Test(
        arguments: [
            ("company_bach", ["company_batch", "seniority_variation"], "company_batch"),
            ("CompanyBatch", ["company_batch", "seniority_variation"], "company_batch"),
            ("zzzzzz", ["company_batch", "seniority_variation"], nil),
            ("evaluatr", ["evaluator", "version"], "evaluator"),
        ] as [(String, [String], String?)])
    func suggestions(input: String, valid: [String], expected: String?) {
        #expect(Suggestion.nearest(to: input, in: valid) == expected)
    }

    @Test func similarityIsOneMinusRelativeEditDistance() {
        #expect(Suggestion.similarity("", "") == 1)
        #expect(Suggestion.similarity("abc", "abc") == 1)
        #expect(Suggestion.similarity("abc", "") == 0)
        #expect(abs(Suggestion.similarity("echowave", "echowaves") - 8.0 / 9.0) < 1e-9)
    }

    @Test func registryRejectsDuplicatesAndBadNames() throws {
        struct Stub: BatchingMode {
            func plan(_ companies: [Company], for requirements: JobRequirements) -> [CompanyBatch] { [] }
        }
        var registry = PluginRegistry()
        let factory = PluginFactory<any BatchingMode>(type: "stub", summary: "s", config: EmptyConfig.self) { _, _ in
            Stub()
        }
        try registry.register(factory)
        #expect(throws: ScoutError.self) { try registry.register(factory) }
        let bad = PluginFactory<any BatchingMode>(type: "Bad-Name", summary: "s", config: EmptyConfig.self) { _, _ in
            Stub()
        }
        #expect(throws: ScoutError.self) { try registry.register(bad) }
        #expect(registry.typeNames(of: .batching) == ["stub"])
    }

    struct KeyedConfig: PluginConfig {
        var apiKey: SecretReference?
        init() {}
        static let keys = [ConfigKey("api_key", "secret", default: "required", "key")]
        enum CodingKeys: String, CodingKey { case apiKey = "api_key" }
        init(from decoder: any Decoder) throws {
            apiKey = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(
                SecretReference.self, forKey: .apiKey)
        }
    }

    @Test("secrets are env references only; a missing variable is named, a value never shown")
    func secrets() throws {
        let reference = try YAMLDecoder().decode(KeyedConfig.self, from: "api_key: {env: SCOUT_TEST_KEY}").apiKey
        #expect(reference == SecretReference(env: "SCOUT_TEST_KEY"))
        #expect(throws: DecodingError.self) {
            try YAMLDecoder().decode(KeyedConfig.self, from: "api_key: sk-literal-123")
        }
        let resolver = SecretResolver(environment: ["SCOUT_TEST_KEY": "s3cr3t-value"])
        let secret = try resolver.resolve(reference!, for: "people.api_key")
        #expect(secret.value == "s3cr3t-value")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        do {
            _ = try SecretResolver(environment: [:]).resolve(reference!, for: "people.api_key")
            Issue.record("expected an error")
        } catch let error as ScoutError {
            #expect(error.message == "people.api_key: environment variable SCOUT_TEST_KEY is not set")
        }
    }

    @Test func sessionIDsAreRandomURLSafeAndLong() {
        let ids = (0..<200).map { _ in SessionID.make() }
        #expect(Set(ids).count == 200)
        for id in ids {
            #expect(SessionID.isWellFormed(id.rawValue))
            #expect(id.rawValue.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        }
    }

    @Test("a session id is checked where it enters: text, JSON; it encodes as a plain string")
    func sessionIDAtTheBoundary() throws {
        let id = SessionID.make()
        #expect(SessionID(id.rawValue) == id)
        for bad in [
            "", "s_short", "x_" + String(id.rawValue.dropFirst(2)), id.rawValue + "A",
            "s_" + String(repeating: "é", count: 22),
        ] {
            #expect(SessionID(bad) == nil, "\(bad) accepted")
        }
        let json = try JSONEncoder().encode(["session_id": id])
        #expect(String(decoding: json, as: UTF8.self) == #"{"session_id":"\#(id.rawValue)"}"#)
        #expect(try JSONDecoder().decode([String: SessionID].self, from: json) == ["session_id": id])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: SessionID].self, from: Data(#"{"a":"s_bad"}"#.utf8))
        }
    }

    @Test(
        "one count rule: 1–500 for a load, 20/40/100 for load-more, in the orchestrator, the config and the boundaries")
    func countPolicy() async throws {
        #expect(CandidateCount.problem(1) == nil && CandidateCount.problem(500) == nil)
        #expect(CandidateCount.problem(501, name: "--count") == "--count must be between 1 and 500, got 501")
        #expect(CandidateCount.loadMoreProblem(30, name: "'count'") == "'count' must be 20, 40 or 100, got 30")
        #expect(CandidateCount.loadMoreChoices.allSatisfy { CandidateCount.range.contains($0) })
        let t = try await TestPipeline.make()
        let session = try await t.orchestrator.createSession(jd: TestPipeline.voiceJD)
        let error = await #expect(throws: ScoutError.self) {
            try await t.orchestrator.loadMore(sessionID: session.sessionID, count: 501)
        }
        #expect(error?.message == "count must be between 1 and 500, got 501")
    }

    @Test(arguments: [
        ("Senior ML Engineer", Seniority.senior), ("VP Engineering", .vp), ("Software Engineering Intern", .intern),
        ("Staff Backend Engineer", .staff), ("Head of Data", .director), ("Chief Technology Officer", .executive),
        ("Backend Engineer", .mid), ("Engineering Manager", .manager), ("Principal Scientist", .principal),
        ("Senior Product Manager", .senior), ("Product Marketing Manager", .mid),
        ("Director of Product Management", .director),
    ])
    func seniorityFromTitles(title: String, level: Seniority) {
        #expect(Seniority.infer(fromTitle: title) == level)
    }

    @Test func companyKeys() {
        #expect(CompanyKey.normalize("Parlance AI, Inc.") == "parlance ai")
        #expect(CompanyKey.normalize("Zoë Labs GmbH") == "zoe labs")
        #expect(CompanyKey.normalizeWebsite("https://www.Echowave.ai/pricing?x=1") == "echowave.ai")
    }

    @Test("merging keeps the first of each company by name or website and drops exclusions")
    func merge() {
        let merged = CompanyMerger.merge(
            [
                Company(name: "Echowave", source: .mentioned, confidence: 1),
                Company(
                    name: "Parlance AI", website: "parlance.ai", source: .seedExpansion, confidence: 0.6,
                    evidence: ["a"]),
                Company(
                    name: "Parlance", website: "https://parlance.ai", source: .domainQuery, confidence: 0.8,
                    evidence: ["b"]),
                Company(name: "echowave inc", source: .domainQuery, confidence: 0.5),
                Company(name: "Cantora Voice", source: .domainQuery, confidence: 0.9),
            ], excluding: ["cantora voice"])
        #expect(merged.map(\.name) == ["Echowave", "Parlance AI"])
        #expect(merged[1].confidence == 0.8)
        #expect(merged[1].evidence == ["a", "b"])
    }

    @Test("enrichment: first 3 experiences always, later ones only from 2020, invalid ids skipped")
    func enrichmentRule() {
        func exp(_ id: Int?, _ year: Int?, order: Int) -> Experience {
            Experience(
                companyID: id, companyName: "c\(order)", title: "t", start: year.map { YearMonth(year: $0) }, end: nil,
                order: order)
        }
        let profile = Profile(
            employeeID: 1, fullName: "A",
            experiences: [
                exp(15, 2021, order: 6), exp(11, 2010, order: 1), exp(12, 2008, order: 2), exp(nil, 2022, order: 3),
                exp(13, 2019, order: 4), exp(14, nil, order: 5), exp(0, 2023, order: 7), exp(11, 2022, order: 8),
            ])
        // order 1–3 always (3 has no id: skipped); order 4 (2019) no; order 5 (no year) no; order 6 (2021) yes; 7 id 0 skipped; 8 duplicate.
        #expect(RecordCollector.companiesToEnrich(profile, policy: CachePolicy()) == [11, 12, 15])
    }

    @Test func cacheAgeIsWholeDaysRoundedDown() {
        let start = Date(timeIntervalSince1970: 0)
        #expect(RecordCollector.ageInDays(from: start, to: start.addingTimeInterval(3 * 86_400 - 1)) == 2)
        #expect(RecordCollector.ageInDays(from: start, to: start.addingTimeInterval(3 * 86_400)) == 3)
    }
}
