import Foundation
import MemoryStore
import ScoutCore
import ScoutTesting
import Testing

@Suite("memory store")
struct MemoryStoreTests {
    @Test("conformance", arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await check.run(on: MemoryStore())
    }

    @Test("the whole suite runs through run(makeStore:)")
    func wholeSuite() async throws {
        try await StoreConformance.run { MemoryStore() }
    }

    @Test("the factory makes a single-process memory store")
    func factory() async throws {
        let directory = TemporaryDirectory()
        let store = try await MemoryStore.factory.make(
            EmptyConfig(), context: makeContext(id: "memory", dataDirectory: directory.url))
        #expect(MemoryStore.factory.type == "memory")
        #expect(MemoryStore.factory.keys.isEmpty)
        let abilities = StoreAbilities(of: store)
        #expect(abilities.claims == nil && abilities.reservations == nil && abilities.migrations == nil)
        #expect(abilities.workspaces != nil)
        #expect(store is MemoryStore)
        #expect(!FileManager.default.fileExists(atPath: directory.url.path))
    }

    @Test("the suite catches a cache that keeps the first fetch time")
    func catchesStaleCache() async throws {
        let check = try #require(
            StoreConformance.check(named: "profile cache: miss, save, and a later save refreshes fetchedAt"))
        await withKnownIssue { try await check.run(on: FaultyStore(fault: .staleFetchedAt)) }
    }

    @Test("the suite catches a commit without compare-and-set")
    func catchesMissingCompareAndSet() async throws {
        let check = try #require(
            StoreConformance.check(named: "commit with a stale cursor returns false and changes nothing"))
        await withKnownIssue { try await check.run(on: FaultyStore(fault: .ignoresCursor)) }
    }
}
