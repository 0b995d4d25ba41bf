import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// An evaluator that can be broken and fixed: while broken, every evaluation fails the way an unusable LLM reply does
/// (a non-fatal error: one FAILED evaluation each), or throws `fatal` when set.
final class SwitchableEvaluator: CandidateEvaluator {
    private let base: any CandidateEvaluator
    private let state = LockedValue((broken: true, fatal: ScoutError?.none, calls: 0))

    init(base: any CandidateEvaluator, fatal: ScoutError? = nil) {
        self.base = base
        state.withLock { $0.fatal = fatal }
    }

    func fix() { state.withLock { $0.broken = false } }
    var calls: Int { state.withLock { $0.calls } }

    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        let (broken, fatal) = state.withLock { s in
            s.calls += 1
            return (s.broken, s.fatal)
        }
        guard broken else {
            // As an LLM plugin reports its usage: 100 tokens in, 10 out per scored candidate.
            VendorSpend.report(.llmInputTokens, subject: "evaluate", credits: 100)
            VendorSpend.report(.llmOutputTokens, subject: "evaluate", credits: 10)
            return try await base.evaluate(dossier, for: requirements)
        }
        if let fatal { throw fatal }
        throw ScoutError.vendor("the reply is not JSON: Sure! Here is the evaluation: {\"overall\": 7,")
    }
}

@Suite("Systematic evaluator failure stops the load; rescore scores the FAILED from the cache")
struct RescoreTests {
    static func setUp(
        yaml: String = "store: {type: memory}", fatal: ScoutError? = nil
    ) async throws -> (TestPipeline, Orchestrator, SwitchableEvaluator) {
        let t = try await TestPipeline.make(yaml: yaml)
        let evaluator = SwitchableEvaluator(base: t.orchestrator.pipeline.evaluator, fatal: fatal)
        return (t, t.orchestrator { $0.evaluator = evaluator }, evaluator)
    }

    @Test("3 unusable replies in a row stop the search within one batch; rescore fixes every FAILED for 0 credits")
    func unusableRepliesStopTheSearch() async throws {
        let (t, orchestrator, evaluator) = try await Self.setUp()
        let session = orchestrator.pipeline.session
        #expect(session.maxFailedEvaluations == 3)
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 40)
        let failure = try #require(result.failure)
        #expect(failure.code == .evaluatorFailed)
        #expect(failure.message.contains("3 evaluations in a row failed"), "\(failure.message)")
        #expect(failure.message.contains("not JSON"), "the last reason is named: \(failure.message)")
        // Nothing new started after the third failure: the picks in flight then (a full window, plus the two
        // started as the first two failures finished), within one batch.
        let bought = t.people.counts.profileCollects
        #expect(bought >= 3)
        #expect(bought <= session.concurrency + session.maxFailedEvaluations - 1)
        #expect(bought <= session.candidatesPerBatch)
        let id = result.session.sessionID
        let before = try await orchestrator.report(sessionID: id)
        #expect(before.ranked.count == bought, "every paid profile is kept, as FAILED")
        #expect(before.ranked.allSatisfy { $0.evaluation?.status == .failed })

        // Still broken: the rescore stops the same way and changes nothing.
        let stillBroken = try await orchestrator.rescore(sessionID: id)
        #expect(stillBroken.failure?.code == .evaluatorFailed)
        #expect(stillBroken.rescored.isEmpty)

        evaluator.fix()
        let rescored = try await orchestrator.rescore(sessionID: id)
        #expect(rescored.failure == nil)
        #expect(rescored.rescored.count == bought)
        #expect(rescored.stillFailed == 0 && rescored.withoutProfile == 0)
        #expect(t.people.counts.profileCollects == bought, "a rescore collects nothing")
        let after = try await orchestrator.report(sessionID: id)
        #expect(after.ranked.count == bought)
        #expect(after.ranked.allSatisfy { $0.evaluation?.status == .ok })
        #expect(Set(after.ranked.map(\.employeeID)) == Set(before.ranked.map(\.employeeID)))
        // A second rescore finds nothing to do.
        let again = try await orchestrator.rescore(sessionID: id)
        #expect(again.rescored.isEmpty && again.failure == nil)
    }

    @Test("the next load-more rescores the FAILED first, then loads new people")
    func loadMoreRescoresFirst() async throws {
        let (t, orchestrator, evaluator) = try await Self.setUp()
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(result.failure?.code == .evaluatorFailed)
        let bought = t.people.counts.profileCollects
        let id = result.session.sessionID
        // Still broken: load-more stops at the rescore, before buying any profile.
        let blocked = try await orchestrator.loadMore(sessionID: id, count: 20)
        #expect(blocked.failure?.code == .evaluatorFailed)
        #expect(blocked.newCandidates.isEmpty)
        #expect(t.people.counts.profileCollects == bought)

        evaluator.fix()
        let more = try await orchestrator.loadMore(sessionID: id, count: 20)
        #expect(more.failure == nil)
        #expect(more.newCandidates.count == 20)
        // The call's totals hold the rescores' LLM spend too: the FAILED ones rescored and the 20 new ones.
        #expect(more.ledger.llmInputTokens == 100 * (bought + 20), "\(more.ledger)")
        #expect(more.ledger.llmOutputTokens == 10 * (bought + 20))
        let report = try await orchestrator.report(sessionID: id)
        #expect(report.ranked.allSatisfy { $0.evaluation?.status == .ok })
        #expect(report.ranked.count == bought + 20)
        // Each profile was bought once: the FAILED ones were rescored from the cache.
        #expect(t.people.counts.profiles.values.allSatisfy { $0 == 1 })
    }

    @Test("max_failed_evaluations 0 never stops: every candidate is kept FAILED, as before")
    func zeroNeverStops() async throws {
        let (_, orchestrator, _) = try await Self.setUp(
            yaml: "store: {type: memory}\nsession: {max_failed_evaluations: 0}")
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(result.failure == nil)
        #expect(result.newCandidates.count == 20)
        #expect(result.newCandidates.allSatisfy { $0.evaluation?.status == .failed })
    }

    @Test("a failure now and then (fewer than N in a row) does not stop the load")
    func scatteredFailuresDoNotStop() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\nsession: {concurrency: 1}")
        let orchestrator = t.orchestrator { $0.evaluator = EveryOtherFails(base: $0.evaluator) }
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(result.failure == nil)
        #expect(result.newCandidates.count == 20)
        #expect(result.newCandidates.contains { $0.evaluation?.status == .failed })
    }

    @Test("a rejected key keeps the paid picks as FAILED; rescore after the fix scores them")
    func rejectedKeyThenRescore() async throws {
        let (t, orchestrator, evaluator) = try await Self.setUp(
            fatal: ScoutError(.config, "Anthropic rejected the API key from ANTHROPIC_API_KEY (HTTP 401)"))
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(result.failure?.code == .evaluatorFailed)
        #expect(result.failure?.message.contains("HTTP 401") == true)
        let bought = t.people.counts.profileCollects
        #expect(bought >= 1 && bought <= orchestrator.pipeline.session.concurrency)
        evaluator.fix()
        let rescored = try await orchestrator.rescore(sessionID: result.session.sessionID)
        #expect(rescored.rescored.count == bought)
        #expect(t.people.counts.profileCollects == bought)
    }

    @Test("rescore of an unknown session is session_not_found")
    func unknownSession() async throws {
        let (_, orchestrator, _) = try await Self.setUp()
        let error = await #expect(throws: ScoutError.self) {
            _ = try await orchestrator.rescore(sessionID: SessionID.make())
        }
        #expect(error?.code == .sessionNotFound)
    }
}

/// Fails every second evaluation (a reply that cannot be parsed now and then).
final class EveryOtherFails: CandidateEvaluator {
    private let base: any CandidateEvaluator
    private let count = LockedValue(0)

    init(base: any CandidateEvaluator) { self.base = base }

    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        let n = count.withLock { n in
            n += 1
            return n
        }
        if n % 2 == 0 { throw ScoutError.vendor("empty reply") }
        return try await base.evaluate(dossier, for: requirements)
    }
}
