import Foundation
import ScoutCore
import ScoutTesting
import Testing

/// Company ids are resolved when a session first reaches a batch, through the lookup cache.
@Suite("company resolution is lazy, per batch, and cached")
struct LazyResolutionTests {
    @Test("a new session resolves only its first batch; load-more resolves each batch when it reaches it")
    func lazyPerBatch() async throws {
        let t = try await TestPipeline.make(
            yaml: "store: {type: memory}\nbatching: {type: company_batch, batch_size: 3}")
        let session = try await t.orchestrator.createSession(jd: TestPipeline.voiceJD)
        #expect(session.batches.count >= 3)
        let first = t.people.counts.resolutions
        #expect(first >= 1 && first <= 3, "\(first) companies resolved for a first batch of 3")
        #expect(session.batches[0].companies.allSatisfy { $0.vendorID != nil })
        #expect(session.batches.dropFirst().contains { $0.companies.contains { $0.vendorID == nil } })

        _ = try await t.orchestrator.loadMore(sessionID: session.sessionID, count: 40)
        let report = try await t.orchestrator.report(sessionID: session.sessionID)
        let reached = report.session.cursor.batchIndex
        #expect(reached >= 1)
        let resolved = t.people.counts.resolutions
        #expect(resolved > first)
        #expect(resolved <= 3 * (reached + 2), "only the batches reached (and the next one) are resolved")
        // Candidates come only from the companies of the batches searched.
        let searched = Set(report.session.batches.prefix(reached + 1).flatMap(\.companies).compactMap(\.vendorID))
        #expect(!searched.isEmpty)

        // A second session with the same companies finds every id in the lookup cache: no new resolution.
        let before = t.people.counts.resolutions
        let again = try await t.orchestrator.createSession(jd: TestPipeline.voiceJD)
        #expect(t.people.counts.resolutions == before)
        #expect(again.batches[0].companies.map(\.vendorID) == session.batches[0].companies.map(\.vendorID))
    }
}
