import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// An evaluator that declares an ``AnswerIdentity`` (as the LLM evaluators do) and counts its calls.
final class CountingLLMEvaluator: CandidateEvaluator, AnswerIdentity {
    private let base: any CandidateEvaluator
    private let count = LockedValue(0)
    let answerIdentity: String

    init(base: any CandidateEvaluator, identity: String = "test-llm|model-a|prompt v1") {
        self.base = base
        answerIdentity = identity
    }

    var calls: Int { count.withLock { $0 } }

    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        count.withLock { $0 += 1 }
        return try await base.evaluate(dossier, for: requirements)
    }
}

@Suite("Answer caches")
struct AnswerCacheTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)).count == 64)
    }

    @Test("a repeat search reuses every evaluation; --refresh, another model or an expired window score again")
    func evaluations() async throws {
        let t = try await TestPipeline.make()
        let evaluator = CountingLLMEvaluator(base: t.orchestrator.pipeline.evaluator)
        let orchestrator = t.orchestrator { $0.evaluator = evaluator }
        let first = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(evaluator.calls == 20)
        let second = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(evaluator.calls == 20, "the repeat search scored nobody again")
        #expect(second.newCandidates.map(\.evaluation) == first.newCandidates.map(\.evaluation))
        _ = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20, refresh: true)
        #expect(evaluator.calls == 40, "--refresh scores again")

        let other = CountingLLMEvaluator(
            base: t.orchestrator.pipeline.evaluator, identity: "test-llm|model-b|prompt v1")
        _ = try await t.orchestrator { $0.evaluator = other }.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(other.calls == 20, "another model is another key")

        t.clock.advance(days: 31)
        _ = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(evaluator.calls > 40, "after evaluation_days the evaluations are not reused")
    }

    @Test("evaluation_days 0 caches nothing")
    func disabled() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\ncache: {evaluation_days: 0}")
        let evaluator = CountingLLMEvaluator(base: t.orchestrator.pipeline.evaluator)
        let orchestrator = t.orchestrator { $0.evaluator = evaluator }
        _ = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        _ = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        #expect(evaluator.calls == 40)
    }
}
