import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// Record claims that always succeed and count what they were asked.
final class CountingClaims: RecordClaims {
    let claimed = LockedValue<[String]>([])
    let released = LockedValue(0)

    func claimRecord(_ kind: CreditKind, id: String, owner: String, ttl: Duration?) async throws -> Bool {
        claimed.withLock { $0.append("\(kind.rawValue):\(id)") }
        return true
    }
    func releaseRecord(_ kind: CreditKind, id: String, owner: String) async throws -> Bool {
        released.withLock { $0 += 1 }
        return true
    }
    func awaitRelease(_ kind: CreditKind, id: String, timeout: Duration, interval: Duration) async throws -> Bool {
        true
    }
}

@Suite("store abilities")
struct StoreAbilitiesTests {
    @Test("abilities are resolved when the pipeline is made, and again when its store is replaced")
    func resolvedAtBuild() async throws {
        var pipeline = try await TestPipeline.make().orchestrator.pipeline
        #expect(pipeline.abilities.claims == nil && pipeline.abilities.reservations == nil)
        #expect(pipeline.abilities.migrations == nil && pipeline.abilities.workspaces != nil)
        pipeline.store = LifecycleStore(base: pipeline.store)
        #expect(pipeline.abilities.migrations != nil, "replacing the store did not resolve its abilities")
        #expect(pipeline.abilities.workspaces == nil)
        #expect(throws: ScoutError.self) { try pipeline.abilities.workspaceAccess() }
    }

    @Test("the orchestrator claims records through the pipeline's handle, never by casting the store")
    func claimsThroughTheHandle() async throws {
        var pipeline = try await TestPipeline.make().orchestrator.pipeline
        let claims = CountingClaims()
        pipeline.abilities.claims = claims
        let orchestrator = Orchestrator(pipeline: pipeline, logger: Logger(label: "scout.test"))
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 3)
        #expect(result.newCandidates.count == 3)
        let profiles = claims.claimed.withLock { $0 }.filter { $0.hasPrefix("profile:") }
        #expect(profiles.count == 3)
        #expect(claims.released.withLock { $0 } == claims.claimed.withLock { $0.count })
    }
}
