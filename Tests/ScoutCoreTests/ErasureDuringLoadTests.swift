import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// An evaluator that erases the first person it is asked to score, as an admin's `scout erase` landing while the
/// slice that picked them is running.
final class ErasingEvaluator: CandidateEvaluator {
    private let base: any CandidateEvaluator
    private let eraser: PersonEraser
    private let erased = LockedValue(Int?.none)

    init(base: any CandidateEvaluator, eraser: PersonEraser) {
        self.base = base
        self.eraser = eraser
    }

    var erasedID: Int? { erased.withLock { $0 } }

    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        let id = dossier.profile.employeeID
        let first = erased.withLock { erased -> Bool in
            guard erased == nil else { return false }
            erased = id
            return true
        }
        if first { _ = try await eraser.erase(ErasureRequest(employeeID: id, workspace: nil, actor: "test")) }
        return try await base.evaluate(dossier, for: requirements)
    }
}

@Suite("an erasure that lands while a slice runs")
struct ErasureDuringLoadTests {
    @Test("the person erased mid-slice is not committed, and later loads do not bring them back")
    func erasedMidSlice() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}")
        let erasure = try #require(t.orchestrator.pipeline.abilities.erasure, "the memory store erases")
        let evaluator = ErasingEvaluator(
            base: t.orchestrator.pipeline.evaluator, eraser: PersonEraser(erasure: erasure))
        let orchestrator = t.orchestrator { $0.evaluator = evaluator }

        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 10)
        let erased = try #require(evaluator.erasedID)
        var ids = try await orchestrator.report(sessionID: result.session.sessionID).ranked.map(\.employeeID)
        #expect(!ids.isEmpty)
        #expect(!ids.contains(erased), "the person erased while their slice ran was committed")
        _ = try await orchestrator.loadMore(sessionID: result.session.sessionID, count: 20)
        ids = try await orchestrator.report(sessionID: result.session.sessionID).ranked.map(\.employeeID)
        #expect(!ids.contains(erased))
    }
}
