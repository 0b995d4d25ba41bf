import Foundation
import ScoutCore
import ScoutTesting
import Testing

@Suite("cache.scope: shared | workspace")
struct CacheScopeTests {
    @Test("shared (the default): a second workspace's search is served by the first's collects")
    func shared() async throws {
        let t = try await TestPipeline.make()
        #expect(t.orchestrator.pipeline.cache.scope == .shared)
        _ = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 10, workspace: "acme")
        let paid = t.people.counts.profileCollects
        #expect(paid > 0)
        let other = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 10, workspace: "globex")
        #expect(t.people.counts.profileCollects == paid, "globex collected nothing")
        #expect(other.ledger.profiles.misses == 0 && other.ledger.profiles.hits > 0)
    }

    @Test("workspace: another workspace's entries are invisible; it pays for its own collects, then reuses them")
    func workspace() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}\ncache: {scope: workspace}")
        #expect(t.orchestrator.pipeline.cache.scope == .workspace)
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 10, workspace: "acme")
        let paid = t.people.counts.profileCollects
        #expect(first.ledger.profiles.misses == paid && paid > 0)
        let other = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 10, workspace: "globex")
        #expect(other.ledger.profiles.misses == paid && other.ledger.profiles.hits == 0)
        #expect(t.people.counts.profileCollects == 2 * paid, "globex paid for its own")
        let again = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 10, workspace: "acme")
        #expect(again.ledger.profiles.hits == paid && t.people.counts.profileCollects == 2 * paid)
        // Nothing was written to the shared tables: a shared-scope reader finds none of it.
        let store = t.orchestrator.pipeline.store
        for candidate in first.newCandidates {
            #expect(try await store.cachedProfile(employeeID: candidate.employeeID) == nil)
            #expect(try await t.orchestrator.cachedProfile(employeeID: candidate.employeeID, workspace: "acme") != nil)
            #expect(
                try await t.orchestrator.cachedProfile(employeeID: candidate.employeeID, workspace: "initech") == nil)
        }
    }

    @Test("workspace scope holds on SQLite, with pending charges settled apart from the record")
    func sqlite() async throws {
        let path = TestPipeline.temporarySQLitePath()
        let t = try await TestPipeline.make(yaml: "store: {type: sqlite, path: \(path)}\ncache: {scope: workspace}")
        let first = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 5, workspace: "acme")
        #expect(first.ledger.profiles.misses > 0)
        let other = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 5, workspace: "globex")
        #expect(other.ledger.profiles.misses == first.ledger.profiles.misses && other.ledger.profiles.hits == 0)
        #expect(try await t.orchestrator.pipeline.abilities.charges?.pendingCharges().isEmpty == true)
        let again = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 5, workspace: "globex")
        #expect(again.ledger.profiles.hits == first.ledger.profiles.misses && again.ledger.profiles.misses == 0)
    }

    @Test("an unknown scope is a config error naming the valid values")
    func unknown() async throws {
        await #expect {
            _ = try await TestPipeline.make(yaml: "store: {type: memory}\ncache: {scope: tenant}")
        } throws: { error in
            "\(error)".contains("cache.scope") && "\(error)".contains("valid: shared, workspace")
        }
    }
}
