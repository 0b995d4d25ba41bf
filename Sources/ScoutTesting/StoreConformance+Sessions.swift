import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    typealias F = StoreFixtures

    static let sessionChecks: [Check] = [
        Check("session round-trips every field") { store in
            let session = F.session("s1", cursor: SessionCursor(batchIndex: 1, offset: 7, yielded: 3))
            try await store.createSession(session)
            expectSame(try await store.session(id: "s1", workspace: "default"), session)
            let listed = try await store.sessions(workspace: "default", limit: 10, offset: 0)
            #expect(listed.count == 1)
            if let first = listed.first { expectSame(first, session) }
        },
        Check("creating an existing session id throws") { store in
            try await store.createSession(F.session("s1"))
            await #expect(throws: ScoutError.self) { try await store.createSession(F.session("s1", createdAt: 5)) }
        },
        Check("unknown session is nil") { store in
            try await store.createSession(F.session("s1"))
            #expect(try await store.session(id: "nope", workspace: "default") == nil)
            #expect(try await store.candidates(sessionID: "nope").isEmpty)
        },
        Check("another workspace's session is nil") { store in
            try await store.createSession(F.session("s1", workspace: "team-a"))
            #expect(try await store.session(id: "s1", workspace: "team-b") == nil)
            #expect(try await store.sessions(workspace: "team-b", limit: 10, offset: 0).isEmpty)
            #expect(try await store.session(id: "s1", workspace: "team-a") != nil)
        },
        Check("sessions are listed by last access, then creation, and paginate") { store in
            try await store.createSession(F.session("old", createdAt: 0, lastAccessed: 10))
            try await store.createSession(F.session("newest", createdAt: 1, lastAccessed: 30))
            try await store.createSession(F.session("tie-early", createdAt: 2, lastAccessed: 20))
            try await store.createSession(F.session("tie-late", createdAt: 3, lastAccessed: 20))
            try await store.createSession(F.session("elsewhere", workspace: "other", createdAt: 4, lastAccessed: 40))
            let all = try await store.sessions(workspace: "default", limit: 10, offset: 0).map(\.id)
            #expect(all == ["newest", "tie-late", "tie-early", "old"])
            #expect(
                try await store.sessions(workspace: "default", limit: 2, offset: 0).map(\.id) == ["newest", "tie-late"])
            #expect(
                try await store.sessions(workspace: "default", limit: 2, offset: 2).map(\.id) == ["tie-early", "old"])
            #expect(try await store.sessions(workspace: "default", limit: 2, offset: 4).isEmpty)
            #expect(try await store.sessions(workspace: "default", limit: 0, offset: 0).isEmpty)
        },
        Check("touch updates last access and reorders the list") { store in
            try await store.createSession(F.session("a", createdAt: 0))
            try await store.createSession(F.session("b", createdAt: 1))
            try await store.touchSession(id: "a", at: F.time(100.5))
            let a = try #require(try await store.session(id: "a", workspace: "default"))
            #expect(close(a.lastAccessed, F.time(100.5)))
            #expect(close(a.createdAt, F.time(0)))
            #expect(try await store.sessions(workspace: "default", limit: 10, offset: 0).map(\.id) == ["a", "b"])
            await #expect(throws: ScoutError.self) { try await store.touchSession(id: "missing", at: F.time(1)) }
        },
        Check("clearing a session soft-deletes it once") { store in
            try await store.createSession(F.session("a"))
            try await store.createSession(F.session("b", createdAt: 1))
            #expect(try await store.clearSession(id: "a", workspace: "other") == false)
            #expect(try await store.clearSession(id: "a", workspace: "default"))
            #expect(try await store.session(id: "a", workspace: "default") == nil)
            #expect(try await store.sessions(workspace: "default", limit: 10, offset: 0).map(\.id) == ["b"])
            #expect(try await store.clearSession(id: "a", workspace: "default") == false)
            #expect(try await store.clearSession(id: "missing", workspace: "default") == false)
            await #expect(throws: ScoutError.self) { try await store.touchSession(id: "a", at: F.time(5)) }
        },
        Check("clearing all counts only the workspace's active sessions") { store in
            for (index, id) in ["a", "b", "c"].enumerated() {
                try await store.createSession(F.session(id, createdAt: Double(index)))
            }
            try await store.createSession(F.session("x", workspace: "other"))
            #expect(try await store.clearSession(id: "c", workspace: "default"))
            #expect(try await store.clearAllSessions(workspace: "default") == 2)
            #expect(try await store.sessions(workspace: "default", limit: 10, offset: 0).isEmpty)
            #expect(try await store.clearAllSessions(workspace: "default") == 0)
            #expect(try await store.session(id: "x", workspace: "other") != nil)
        },
    ]
}
