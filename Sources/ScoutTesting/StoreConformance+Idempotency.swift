import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    static func idempotency(_ store: any ScoutStore) throws -> any IdempotentAnswers {
        try #require(StoreAbilities(of: store).idempotency, "the store keeps no idempotent answers")
    }

    static func key(_ workspace: String, _ key: String, _ fingerprint: String = "f") -> IdempotencyKey {
        IdempotencyKey(workspace: workspace, key: key, fingerprint: fingerprint)
    }

    static func answer(_ text: String, status: Int = 200) -> IdempotentAnswer {
        IdempotentAnswer(status: status, body: Data(text.utf8))
    }

    static let idempotencyChecks: [Check] = [
        Check("an idempotent answer is replayed; in flight others wait; another fingerprint is a mismatch") { store in
            let ideas = try idempotency(store), limits = IdempotencyLimits()
            let k = key("default", "k1")
            #expect(try await ideas.claimIdempotencyKey(k, owner: "a", now: F.time(0), limits: limits) == .claimed)
            #expect(try await ideas.claimIdempotencyKey(k, owner: "b", now: F.time(1), limits: limits) == .inFlight)
            #expect(try await ideas.claimIdempotencyKey(k, owner: "a", now: F.time(2), limits: limits) == .claimed)
            try await ideas.finishIdempotencyKey(
                k, owner: "a", answer: answer("{\"n\":1}"), now: F.time(3), limits: limits)
            #expect(
                try await ideas.claimIdempotencyKey(k, owner: "b", now: F.time(4), limits: limits)
                    == .replay(answer("{\"n\":1}")))
            #expect(
                try await ideas.claimIdempotencyKey(
                    key("default", "k1", "g"), owner: "b", now: F.time(5), limits: limits)
                    == .mismatch)
            // The same key in another workspace is another request.
            #expect(
                try await ideas.claimIdempotencyKey(key("acme", "k1", "g"), owner: "c", now: F.time(6), limits: limits)
                    == .claimed)
        },
        Check("another workspace's answers never evict a workspace's; a workspace keeps its newest within its bounds") {
            store in
            let ideas = try idempotency(store), limits = IdempotencyLimits(maxEntries: 3)
            let mine = key("default", "mine")
            _ = try await ideas.claimIdempotencyKey(mine, owner: "a", now: F.time(0), limits: limits)
            try await ideas.finishIdempotencyKey(
                mine, owner: "a", answer: answer("first"), now: F.time(0), limits: limits)
            for i in 0..<10 {
                let k = key("acme", "k\(i)")
                #expect(
                    try await ideas.claimIdempotencyKey(k, owner: "b", now: F.time(Double(i + 1)), limits: limits)
                        == .claimed)
                try await ideas.finishIdempotencyKey(
                    k, owner: "b", answer: answer("a\(i)"), now: F.time(Double(i + 1)), limits: limits)
            }
            #expect(
                try await ideas.claimIdempotencyKey(mine, owner: "x", now: F.time(20), limits: limits)
                    == .replay(answer("first")))
            #expect(
                try await ideas.claimIdempotencyKey(key("acme", "k9"), owner: "x", now: F.time(21), limits: limits)
                    == .replay(answer("a9")))
            #expect(
                try await ideas.claimIdempotencyKey(key("acme", "k7"), owner: "x", now: F.time(22), limits: limits)
                    == .replay(answer("a7")))
            // The oldest of the acme workspace's answers were evicted.
            #expect(
                try await ideas.claimIdempotencyKey(key("acme", "k0"), owner: "x", now: F.time(23), limits: limits)
                    == .claimed)
        },
        Check("answers are bounded in bytes per workspace; one larger than the cap is not kept") { store in
            let ideas = try idempotency(store), limits = IdempotencyLimits(maxBytes: 10, maxAnswerBytes: 6)
            let big = key("default", "big")
            _ = try await ideas.claimIdempotencyKey(big, owner: "a", now: F.time(0), limits: limits)
            try await ideas.finishIdempotencyKey(
                big, owner: "a", answer: answer("1234567"), now: F.time(0), limits: limits)
            #expect(try await ideas.claimIdempotencyKey(big, owner: "b", now: F.time(1), limits: limits) == .claimed)
            for (i, text) in ["aaaaa", "bbbbb", "ccccc"].enumerated() {
                let k = key("default", "s\(i)")
                _ = try await ideas.claimIdempotencyKey(k, owner: "a", now: F.time(Double(2 + i)), limits: limits)
                try await ideas.finishIdempotencyKey(
                    k, owner: "a", answer: answer(text), now: F.time(Double(2 + i)), limits: limits)
            }
            #expect(
                try await ideas.claimIdempotencyKey(key("default", "s0"), owner: "b", now: F.time(9), limits: limits)
                    == .claimed)
            #expect(
                try await ideas.claimIdempotencyKey(key("default", "s2"), owner: "b", now: F.time(9), limits: limits)
                    == .replay(answer("ccccc")))
        },
        Check("server errors are not kept; an expired claim is taken over; answers expire after their time to live") {
            store in
            let ideas = try idempotency(store)
            let limits = IdempotencyLimits(ttl: .seconds(100), claimTTL: .seconds(10))
            let k = key("default", "k")
            _ = try await ideas.claimIdempotencyKey(k, owner: "a", now: F.time(0), limits: limits)
            try await ideas.finishIdempotencyKey(
                k, owner: "a", answer: answer("boom", status: 502), now: F.time(1), limits: limits)
            #expect(try await ideas.claimIdempotencyKey(k, owner: "b", now: F.time(2), limits: limits) == .claimed)
            // b's claim lapses unrenewed: c takes over, and b's late finish changes nothing.
            #expect(try await ideas.claimIdempotencyKey(k, owner: "c", now: F.time(20), limits: limits) == .claimed)
            try await ideas.finishIdempotencyKey(k, owner: "b", answer: answer("late"), now: F.time(21), limits: limits)
            #expect(try await ideas.claimIdempotencyKey(k, owner: "d", now: F.time(22), limits: limits) == .inFlight)
            try await ideas.finishIdempotencyKey(
                k, owner: "c", answer: answer("ok", status: 422), now: F.time(23), limits: limits)
            #expect(
                try await ideas.claimIdempotencyKey(k, owner: "d", now: F.time(100), limits: limits)
                    == .replay(answer("ok", status: 422)))
            #expect(try await ideas.claimIdempotencyKey(k, owner: "d", now: F.time(124), limits: limits) == .claimed)
        },
    ]
}
