import Foundation
import Logging
import ScoutTesting
import Testing

@testable import ScoutCore

/// A web search that declares an ``AnswerIdentity`` (as Tavily does), reports 1 credit a query as the vendor's usage
/// and keeps every query it was asked with its answer.
final class BilledWebSearch: WebSearch, AnswerIdentity {
    private let base: any WebSearch
    private let asked = LockedValue<[(query: WebQuery, results: [WebResult])]>([])
    let answerIdentity = "test-web|basic"

    init(base: any WebSearch) { self.base = base }

    var calls: [(query: WebQuery, results: [WebResult])] { asked.withLock { $0 } }

    func search(_ query: WebQuery) async throws -> [WebResult] {
        let results = try await base.search(query)
        asked.withLock { $0.append((query, results)) }
        VendorSpend.report(.webSearch, subject: query.text, credits: 1)
        return results
    }
}

@Suite("Web-search answer cache: savings in the ledger")
struct WebSearchCacheTests {
    @Test("a cached web-search answer is a saving of the credits the vendor billed for it")
    func savings() async throws {
        let t = try await TestPipeline.make()
        let web = BilledWebSearch(base: t.orchestrator.pipeline.webSearch)
        let orchestrator = t.orchestrator { $0.webSearch = web }
        let first = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 5)
        let asked = web.calls.count
        #expect(asked > 0)
        #expect(first.ledger.webSearchCredits == asked && first.ledger.webSearchCreditsSaved == 0)
        let second = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 5)
        #expect(web.calls.count == asked, "the repeat search asked the vendor")
        #expect(second.ledger.webSearchCredits == 0)
        #expect(second.ledger.webSearchCreditsSaved == asked && second.ledger.webSearchesCached == asked)
    }

    @Test("answers cached before they kept their credits are still answers (no saving recorded)")
    func olderAnswers() async throws {
        // The queries and answers of a first search, filed in a new store the way older versions kept them.
        let probe = try await TestPipeline.make()
        let seen = BilledWebSearch(base: probe.orchestrator.pipeline.webSearch)
        _ = try await probe.orchestrator { $0.webSearch = seen }.search(jd: TestPipeline.voiceJD, count: 5)
        let t = try await TestPipeline.make()
        let web = BilledWebSearch(base: t.orchestrator.pipeline.webSearch)
        for (query, results) in seen.calls {
            try await t.orchestrator.pipeline.store.saveAnswer(
                namespace: AnswerCache.Kind.webSearch.rawValue,
                key: AnswerCache.key([web.answerIdentity, AnswerCache.json(query)]),
                value: try JSONEncoder().encode(results), fetchedAt: t.clock.now())
        }
        let result = try await t.orchestrator { $0.webSearch = web }.search(jd: TestPipeline.voiceJD, count: 5)
        #expect(web.calls.count == 0, "an older cached answer was asked again")
        #expect(result.ledger.webSearchCredits == 0 && result.ledger.webSearchCreditsSaved == 0)
    }
}
