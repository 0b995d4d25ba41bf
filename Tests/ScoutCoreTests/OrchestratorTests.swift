import Foundation
import ScoutCore
import ScoutTesting
import Testing

@Suite("orchestrator over the sample world")
struct OrchestratorTests {
    @Test("a search discovers companies, plans batches of 5 and returns 20 ranked, evaluated candidates")
    func firstSearch() async throws {
        let t = try await TestPipeline.make()
        let events = EventLog()
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD, events: events.handler)
        #expect(result.failure == nil)
        #expect(result.newCandidates.count == 20)
        #expect(result.session.companies.count >= 10)
        #expect(result.session.batches.allSatisfy { $0.companies.count <= 5 })
        #expect(result.session.batches.count >= 3)
        #expect(result.session.companies.prefix(3).map(\.name) == ["Echowave", "Parlance AI", "Vocalith"])
        #expect(!result.session.companies.contains { $0.key == "cantora voice" })
        #expect(result.newCandidates.allSatisfy { $0.evaluation?.status == .ok })
        #expect(Set(result.newCandidates.map(\.employeeID)).count == 20)
        // Every profile collected was paid once and recorded.
        #expect(result.ledger.creditsUsed == t.people.counts.profileCollects + t.people.counts.companyCollects)
        #expect(result.ledger.profiles.misses == 20)
        let kinds = events.all.map { "\($0)".prefix(while: { $0 != "(" }) }
        #expect(kinds.first == "requirementsParsed")
        #expect(kinds.contains("sessionCreated"))
        #expect(kinds.contains("candidateEvaluated"))
        #expect(kinds.contains("batchFinished"))
    }

    @Test("load more until the batches run out: no employee twice, never billed twice, then nothing more")
    func loadMoreUntilExhausted() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\nsession: {max_batches: 4}")
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        let id = first.session.id
        var total = first.newCandidates.count
        var rounds = 0
        while rounds < 10 {
            let more = try await t.orchestrator.loadMore(sessionID: .init(stored: id), count: 40)
            #expect(more.failure == nil)
            total += more.newCandidates.count
            rounds += 1
            if more.session.isExhausted { break }
        }
        let report = try await t.orchestrator.report(sessionID: .init(stored: id))
        #expect(report.session.cursor.batchIndex == 4)
        #expect(report.ranked.count == total)
        #expect(total <= 80)
        #expect(Set(report.ranked.map(\.employeeID)).count == report.ranked.count)
        #expect(t.people.counts.profilesBilledTwice.isEmpty)
        #expect(t.people.counts.companiesBilledTwice.isEmpty)
        let after = try await t.orchestrator.loadMore(sessionID: .init(stored: id), count: 20)
        #expect(after.newCandidates.isEmpty)
        #expect(after.ledger.creditsUsed == 0)
    }

    @Test("load more 100 ≈ 5 batches of 20 at the defaults")
    func loadMoreHundred() async throws {
        let t = try await TestPipeline.make()
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        let more = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 100)
        #expect(first.totalCandidates == 20)
        #expect(more.totalCandidates == 20 + more.newCandidates.count)
        let batches = Set(more.newCandidates.map(\.batchIndex))
        #expect(more.newCandidates.count <= 100)
        #expect(batches.count >= 4)
        let ids = Set((first.newCandidates + more.newCandidates).map(\.employeeID))
        #expect(ids.count == first.newCandidates.count + more.newCandidates.count)
    }

    @Test("the same search again spends 0 credits")
    func repeatedSearchIsFree() async throws {
        let t = try await TestPipeline.make()
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        #expect(first.ledger.creditsUsed > 0)
        let second = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        #expect(second.session.id != first.session.id)
        #expect(second.ledger.creditsUsed == 0)
        #expect(second.ledger.creditsSaved == first.ledger.creditsUsed + first.ledger.creditsSaved)
        #expect(second.newCandidates.allSatisfy { $0.freshness == .cached })
        #expect(Set(second.newCandidates.map(\.employeeID)) == Set(first.newCandidates.map(\.employeeID)))
    }

    @Test("batching off: one search over all companies, up to the vendor's 100-result cap")
    func batchingOff() async throws {
        let t = try await TestPipeline.make(environment: ["ENABLE_COMPANY_BATCHING": "false"])
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(result.session.batches.count == 1)
        #expect(result.session.batches[0].companies.count == result.session.companies.count)
        #expect(result.session.settings.candidatesPerBatch == 100)
        #expect(result.session.settings.batchingEnabled == false)
    }

    @Test("seniority_variation searches the same companies with a different band per batch")
    func seniorityVariation() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\nbatching: {type: seniority_variation}")
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        let batches = result.session.batches
        #expect(batches.count >= 2)
        #expect(batches.allSatisfy { $0.seniorities?.isEmpty == false })
        #expect(Set(batches.map { $0.companies.map(\.key) }).count == 1)
    }

    @Test("unknown and cleared sessions are not found")
    func notFound() async throws {
        let t = try await TestPipeline.make()
        await #expect(throws: ScoutError.sessionNotFound("x")) {
            _ = try await t.orchestrator.loadMore(sessionID: .init(stored: "s_doesnotexist"), count: 20)
        }
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD)
        try await t.orchestrator.clear(sessionID: first.session.sessionID)
        await #expect(throws: ScoutError.sessionNotFound("x")) {
            _ = try await t.orchestrator.loadMore(sessionID: first.session.sessionID, count: 20)
        }
        #expect(try await t.orchestrator.sessions().isEmpty)
    }

    @Test("a JD with no role is bad input")
    func badJD() async throws {
        let t = try await TestPipeline.make()
        await #expect(throws: ScoutError.badInput("")) { _ = try await t.orchestrator.search(jd: "   ") }
    }
}

@Suite("progress as an AsyncSequence")
struct ProgressStreamTests {
    @Test("events arrive in pipeline order and the stream ends with the result")
    func streamOrder() async throws {
        let t = try await TestPipeline.make()
        var names: [String] = []
        var result: LoadResult?
        for try await update in t.orchestrator.searchUpdates(jd: TestPipeline.voiceJD, count: 20) {
            switch update {
            case .event(let event): names.append(String("\(event)".prefix(while: { $0 != "(" })))
            case .finished(let value): result = value
            }
        }
        let finished = try #require(result)
        #expect(finished.newCandidates.count == 20)
        let order = [
            "requirementsParsed", "discoveryStarted", "companiesDiscovered", "companiesResolved", "sessionCreated",
            "batchStarted",
        ]
        let positions = order.map { name in names.firstIndex(of: name) ?? -1 }
        #expect(positions.allSatisfy { $0 >= 0 })
        #expect(positions == positions.sorted())
        #expect(names.filter { $0 == "candidateEvaluated" }.count == 20)
        #expect(names.last == "totals")
        let more = t.orchestrator.loadMoreUpdates(sessionID: finished.session.sessionID, count: 20)
        var last: ScoutUpdate?
        for try await update in more { last = update }
        guard case .finished(let moreResult) = last else { Issue.record("stream did not end with .finished"); return }
        #expect(moreResult.newCandidates.count == 20)
    }
}
