import Foundation
import PostgresStore
import ScoutCore
import Testing

/// Two store instances on one database are two pools, as two processes would have.
@Suite("postgres store: several processes")
struct PostgresConcurrencyTests {
    static func session(_ id: String) -> SearchSession {
        SearchSession(
            id: id, workspace: "default", jdText: "Senior ML Engineer",
            requirements: JobRequirements(roleTitle: "ML Engineer"),
            companies: [Company(name: "Echowave", source: .mentioned, confidence: 1)],
            batches: [
                CompanyBatch(index: 0, companies: [Company(name: "Echowave", source: .mentioned, confidence: 1)])
            ],
            settings: SessionSettings(
                batchingEnabled: true, batchingMode: "company_batch", candidatesPerBatch: 20, maxBatches: 5),
            createdAt: Date(timeIntervalSince1970: 1_750_000_000.5))
    }

    static func candidate(_ employeeID: Int, session: String, ordinal: Int) -> SessionCandidate {
        SessionCandidate(
            sessionID: session, employeeID: employeeID, batchIndex: 0, ordinal: ordinal,
            preview: CandidatePreview(employeeID: employeeID, name: "Person \(employeeID)"), status: .evaluated,
            freshness: .fetched, profileFetchedAt: nil, evaluation: nil,
            foundAt: Date(timeIntervalSince1970: 1_750_000_001))
    }

    @Test("16 workers in two processes race load-more slices: every slice committed once, none lost")
    func racingSlices() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { first in
                try await TestDatabase.withStore(database) { second in
                    try await first.createSession(Self.session("s1"))
                    let slices = 40
                    let wins = try await withThrowingTaskGroup(of: [Int].self) { group in
                        for worker in 0..<16 {
                            let store = worker.isMultiple(of: 2) ? first : second
                            group.addTask { try await Self.work(store: store, slices: slices) }
                        }
                        return try await group.reduce(into: [Int]()) { $0 += $1 }
                    }
                    // Each slice n (cursor offset n → n+1) was won by exactly one worker.
                    #expect(wins.sorted() == Array(0..<slices))
                    let candidates = try await second.candidates(sessionID: "s1")
                    #expect(candidates.map(\.employeeID) == Array(0..<slices).map { 1000 + $0 })
                    let stored = try #require(try await first.session(id: "s1", workspace: "default"))
                    #expect(stored.cursor == SessionCursor(offset: slices, yielded: slices))
                    let total = try await TestDatabase.strings(
                        database, "SELECT total_discovered::text FROM search_sessions WHERE session_id = 's1'")
                    #expect(total == ["\(slices)"])
                }
            }
        }
    }

    /// A load-more loop: read the cursor, "process" the slice, commit; on a lost race reload and go on.
    static func work(store: PostgresStore, slices: Int) async throws -> [Int] {
        var won: [Int] = []
        while let session = try await store.session(id: "s1", workspace: "default"), session.cursor.offset < slices {
            let offset = session.cursor.offset
            let commit = BatchCommit(
                sessionID: "s1", expected: session.cursor, next: SessionCursor(offset: offset + 1, yielded: offset + 1),
                candidates: [candidate(1000 + offset, session: "s1", ordinal: offset)], at: Date())
            if try await store.commit(commit) { won.append(offset) }
        }
        return won
    }

    @Test("commits on one cursor from two processes: exactly one wins each round")
    func rounds() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { first in
                try await TestDatabase.withStore(database) { second in
                    try await first.createSession(Self.session("s1"))
                    var cursor = SessionCursor()
                    for round in 0..<10 {
                        let expected = cursor
                        let results = try await withThrowingTaskGroup(of: (SessionCursor, Bool).self) { group in
                            for worker in 0..<6 {
                                let next = SessionCursor(batchIndex: round + 1, offset: worker)
                                let commit = BatchCommit(
                                    sessionID: "s1", expected: expected, next: next,
                                    candidates: [Self.candidate(round * 100 + worker, session: "s1", ordinal: round)],
                                    at: Date())
                                let store = worker < 3 ? first : second
                                group.addTask { (next, try await store.commit(commit)) }
                            }
                            return try await group.reduce(into: [(SessionCursor, Bool)]()) { $0.append($1) }
                        }
                        let winners = results.filter(\.1)
                        #expect(winners.count == 1, "round \(round)")
                        cursor = try #require(winners.first).0
                        #expect(try await second.session(id: "s1", workspace: "default")?.cursor == cursor)
                    }
                    #expect(try await first.candidates(sessionID: "s1").count == 10)
                }
            }
        }
    }
}
