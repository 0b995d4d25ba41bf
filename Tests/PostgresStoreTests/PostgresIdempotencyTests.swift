import Foundation
import PostgresStore
import ScoutCore
import Testing

@Suite("postgres store: idempotent answers across processes")
struct PostgresIdempotencyTests {
    @Test("many retries of one key in two processes: exactly one claims it, the others wait, then all replay it")
    func oneAttempt() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { first in
                try await TestDatabase.withStore(database) { second in
                    let key = IdempotencyKey(workspace: "acme", key: "retry", fingerprint: "f")
                    let limits = IdempotencyLimits(), now = Date()
                    let claims = try await withThrowingTaskGroup(of: (String, IdempotencyClaim).self) { group in
                        for owner in 0..<12 {
                            let store = owner.isMultiple(of: 2) ? first : second
                            group.addTask {
                                (
                                    "o\(owner)",
                                    try await store.claimIdempotencyKey(
                                        key, owner: "o\(owner)", now: now, limits: limits)
                                )
                            }
                        }
                        return try await group.reduce(into: [(String, IdempotencyClaim)]()) { $0.append($1) }
                    }
                    let winners = claims.filter { $0.1 == .claimed }.map(\.0)
                    #expect(winners.count == 1)
                    #expect(claims.filter { $0.1 == .inFlight }.count == 11)
                    let winner = try #require(winners.first)
                    let answer = IdempotentAnswer(status: 200, body: Data(#"{"ok":true}"#.utf8))
                    try await first.finishIdempotencyKey(key, owner: winner, answer: answer, now: now, limits: limits)
                    #expect(
                        try await second.claimIdempotencyKey(key, owner: "late", now: now, limits: limits)
                            == .replay(answer))
                    // A restart: a new pool on the same database still replays it.
                    try await TestDatabase.withStore(database) { third in
                        let claim = try await third.claimIdempotencyKey(key, owner: "x", now: now, limits: limits)
                        #expect(claim == .replay(answer))
                    }
                }
            }
        }
    }
}
