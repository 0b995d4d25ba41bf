import Foundation
import PostgresStore
import ScoutCore
import Testing

@Suite("postgres store: record claims")
struct PostgresClaimTests {
    @Test("many owners in two processes claim one record: exactly one wins")
    func oneWinner() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { first in
                try await TestDatabase.withStore(database) { second in
                    let results = try await withThrowingTaskGroup(of: (String, Bool).self) { group in
                        for owner in 0..<12 {
                            let store = owner.isMultiple(of: 2) ? first : second
                            group.addTask {
                                (
                                    "worker-\(owner)",
                                    try await store.claimRecord(.profile, id: "42", owner: "worker-\(owner)")
                                )
                            }
                        }
                        return try await group.reduce(into: [(String, Bool)]()) { $0.append($1) }
                    }
                    let winners = results.filter(\.1).map(\.0)
                    #expect(winners.count == 1)
                    let winner = try #require(winners.first)
                    #expect(try await second.claimHolder(.profile, id: "42")?.owner == winner)
                    // Another kind or id is a different record.
                    #expect(try await first.claimRecord(.company, id: "42", owner: "other"))
                    #expect(try await first.claimRecord(.profile, id: "43", owner: "other"))
                    // The holder may renew; nobody else may take it; only the holder releases it.
                    #expect(try await first.claimRecord(.profile, id: "42", owner: winner))
                    #expect(try await second.claimRecord(.profile, id: "42", owner: "late") == false)
                    #expect(try await second.releaseRecord(.profile, id: "42", owner: "late") == false)
                    #expect(try await second.releaseRecord(.profile, id: "42", owner: winner))
                    #expect(try await second.claimHolder(.profile, id: "42") == nil)
                    #expect(try await first.claimRecord(.profile, id: "42", owner: "late"))
                }
            }
        }
    }

    @Test("a claim left by a crashed process expires after its ttl")
    func expiry() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { (store) async throws in
                #expect(try await store.claimRecord(.company, id: "7", owner: "crashed", ttl: .seconds(2)))
                #expect(try await store.claimRecord(.company, id: "7", owner: "survivor") == false)
                #expect(
                    try await store.awaitRelease(
                        .company, id: "7", timeout: .milliseconds(50), interval: .milliseconds(10)) == false)
                #expect(
                    try await store.awaitRelease(.company, id: "7", timeout: .seconds(5), interval: .milliseconds(50)))
                #expect(try await store.claimRecord(.company, id: "7", owner: "survivor"))
                #expect(try await store.claimHolder(.company, id: "7")?.owner == "survivor")
                #expect(try await store.releaseRecord(.company, id: "7", owner: "crashed") == false)
                #expect(try await store.purgeExpiredClaims() == 0)
            }
        }
    }

    @Test("a claim of a process that dies (its pool gone, no release, no renewal) is free for the survivor in seconds")
    func deadHolder() async throws {
        try await TestDatabase.with { database in
            // Both with the default time to live (claim_ttl_seconds: 5), as the orchestrator uses it.
            let dying = try await PostgresStore.open(database, tls: .disable)
            let survivor = try await PostgresStore.open(database, tls: .disable)
            #expect(dying.claimTTL == .seconds(5))
            #expect(try await dying.claimRecord(.profile, id: "42", owner: "dying"))
            #expect(try await survivor.claimRecord(.profile, id: "42", owner: "survivor") == false)
            await dying.shutdown()
            let start = ContinuousClock.now
            #expect(
                try await survivor.awaitRelease(.profile, id: "42", timeout: .seconds(15), interval: .milliseconds(50)),
                "a dead holder's claim must not stall the survivor for long")
            #expect(ContinuousClock.now - start < .seconds(10), "freed within the claim's 5 s, not a minute")
            #expect(try await survivor.claimRecord(.profile, id: "42", owner: "survivor"))
            await survivor.shutdown()
        }
    }

    @Test("the default ttl comes from claim_ttl_seconds")
    func defaultTTL() async throws {
        try await TestDatabase.with { database in
            let store = try await PostgresStore.open(database, tls: .disable, claimTTL: .seconds(1))
            #expect(store.claimTTL == .seconds(1))
            #expect(try await store.claimRecord(.profile, id: "1", owner: "a"))
            let holder = try #require(try await store.claimHolder(.profile, id: "1"))
            #expect(holder.expiresAt.timeIntervalSinceNow < 5)
            try await Task.sleep(for: .milliseconds(1200))
            #expect(try await store.claimRecord(.profile, id: "1", owner: "b"))
            #expect(try await store.purgeExpiredClaims() == 0)
            await store.shutdown()
        }
    }
}
