import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    static let commitChecks: [Check] = [
        Check("commit with the expected cursor inserts candidates and moves the cursor") { store in
            let session = F.session("s1")
            try await store.createSession(session)
            let next = SessionCursor(batchIndex: 0, offset: 3, yielded: 2)
            let candidates = [F.candidate(11, session: "s1", ordinal: 0), F.unavailable(12, session: "s1", ordinal: 1)]
            let committed = try await store.commit(
                BatchCommit(
                    sessionID: "s1", expected: SessionCursor(), next: next, candidates: candidates, at: F.time(50.5)))
            #expect(committed)
            var expected = session
            expected.cursor = next
            expected.updatedAt = F.time(50.5)
            expected.lastAccessed = F.time(50.5)
            expectSame(try await store.session(id: "s1", workspace: "default"), expected)
            expectSame(try await store.candidates(sessionID: "s1"), candidates)
        },
        Check("commit with a stale cursor returns false and changes nothing") { store in
            let session = F.session("s1")
            try await store.createSession(session)
            let first = SessionCursor(batchIndex: 0, offset: 2, yielded: 1)
            let winner = [F.candidate(1, session: "s1", ordinal: 0)]
            #expect(
                try await store.commit(
                    BatchCommit(
                        sessionID: "s1", expected: SessionCursor(), next: first, candidates: winner, at: F.time(5))))
            let stale = BatchCommit(
                sessionID: "s1", expected: SessionCursor(), next: SessionCursor(batchIndex: 1),
                candidates: [F.candidate(2, session: "s1", ordinal: 1)], at: F.time(9))
            #expect(try await store.commit(stale) == false)
            let after = try #require(try await store.session(id: "s1", workspace: "default"))
            #expect(after.cursor == first)
            #expect(close(after.updatedAt, F.time(5)))
            expectSame(try await store.candidates(sessionID: "s1"), winner)
        },
        Check("commit to an unknown or cleared session throws") { store in
            let commit = BatchCommit(
                sessionID: "s1", expected: SessionCursor(), next: SessionCursor(offset: 1), candidates: [],
                at: F.time(1))
            await #expect(throws: ScoutError.self) { _ = try await store.commit(commit) }
            try await store.createSession(F.session("s1"))
            #expect(try await store.clearSession(id: "s1", workspace: "default"))
            await #expect(throws: ScoutError.self) { _ = try await store.commit(commit) }
        },
        Check("duplicate candidates are ignored (first wins); one employee may be in two sessions") { store in
            try await store.createSession(F.session("s1"))
            try await store.createSession(F.session("s2", createdAt: 1))
            let c1 = SessionCursor(offset: 2), c2 = SessionCursor(offset: 4)
            let first = F.candidate(7, session: "s1", ordinal: 0, note: "first")
            let inBatch = [first, F.candidate(7, session: "s1", ordinal: 1, note: "same commit")]
            #expect(
                try await store.commit(
                    BatchCommit(
                        sessionID: "s1", expected: SessionCursor(), next: c1, candidates: inBatch, at: F.time(1))))
            let later = [
                F.candidate(7, session: "s1", ordinal: 2, note: "later"), F.candidate(8, session: "s1", ordinal: 3),
            ]
            #expect(
                try await store.commit(
                    BatchCommit(sessionID: "s1", expected: c1, next: c2, candidates: later, at: F.time(2))))
            expectSame(try await store.candidates(sessionID: "s1"), [first, later[1]])
            let other = F.candidate(7, session: "s2", ordinal: 0, note: "s2")
            #expect(
                try await store.commit(
                    BatchCommit(
                        sessionID: "s2", expected: SessionCursor(), next: c1, candidates: [other], at: F.time(3))))
            expectSame(try await store.candidates(sessionID: "s2"), [other])
            #expect(try await store.candidates(sessionID: "s1").count == 2)
        },
        Check("candidates come back in ordinal order with preview and evaluation intact") { store in
            try await store.createSession(F.session("s1"))
            let shuffled = [
                F.candidate(30, session: "s1", ordinal: 2), F.unavailable(10, session: "s1", ordinal: 0),
                F.candidate(20, session: "s1", ordinal: 1, note: "n"),
            ]
            #expect(
                try await store.commit(
                    BatchCommit(
                        sessionID: "s1", expected: SessionCursor(), next: SessionCursor(offset: 3),
                        candidates: shuffled, at: F.time(1))))
            expectSame(try await store.candidates(sessionID: "s1"), [shuffled[1], shuffled[2], shuffled[0]])
        },
        Check("concurrent commits racing on one cursor: exactly one wins") { store in
            try await store.createSession(F.session("s1"))
            let results = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        let commit = BatchCommit(
                            sessionID: "s1", expected: SessionCursor(),
                            next: SessionCursor(offset: worker + 1, yielded: 1),
                            candidates: [F.candidate(1000 + worker, session: "s1", ordinal: 0)],
                            at: F.time(Double(worker)))
                        return (worker, try await store.commit(commit))
                    }
                }
                return try await group.reduce(into: [(Int, Bool)]()) { $0.append($1) }
            }
            let winners = results.filter(\.1).map(\.0)
            #expect(winners.count == 1)
            let winner = try #require(winners.first)
            let session = try #require(try await store.session(id: "s1", workspace: "default"))
            #expect(session.cursor == SessionCursor(offset: winner + 1, yielded: 1))
            #expect(try await store.candidates(sessionID: "s1").map(\.employeeID) == [1000 + winner])
        },
        Check("a FAILED evaluation is replaced once; a scored one, an unknown candidate or session is not") { store in
            try await store.createSession(F.session("s1"))
            var failed = F.candidate(1, session: "s1", ordinal: 0)
            failed.evaluation = .failed(evaluator: "llm", reason: "unparseable reply")
            let scored = F.candidate(2, session: "s1", ordinal: 1)
            #expect(
                try await store.commit(
                    BatchCommit(
                        sessionID: "s1", expected: SessionCursor(), next: SessionCursor(offset: 2),
                        candidates: [failed, scored], at: F.time(1))))
            var rescored = try #require(F.candidate(1, session: "s1", ordinal: 0).evaluation)
            rescored.summary = "Rescored"
            #expect(try await store.replaceFailedEvaluation(sessionID: "s1", employeeID: 1, with: rescored))
            #expect(
                try await store.replaceFailedEvaluation(sessionID: "s1", employeeID: 1, with: rescored) == false,
                "the second rescore finds the evaluation no longer FAILED")
            #expect(try await store.replaceFailedEvaluation(sessionID: "s1", employeeID: 2, with: rescored) == false)
            #expect(try await store.replaceFailedEvaluation(sessionID: "s1", employeeID: 3, with: rescored) == false)
            #expect(try await store.replaceFailedEvaluation(sessionID: "s9", employeeID: 1, with: rescored) == false)
            var expectedFirst = failed
            expectedFirst.evaluation = rescored
            expectSame(try await store.candidates(sessionID: "s1"), [expectedFirst, scored])
        },
    ]
}
