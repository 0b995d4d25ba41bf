import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    static let workspaceChecks: [Check] = [
        Check("a cleared session is restored into its own workspace only") { store in
            let access = try StoreAbilities(of: store).workspaceAccess()
            try await store.createSession(F.session("a", workspace: "acme"))
            #expect(
                try await access.restoreSession(id: "a", workspace: "acme") == false,
                "an active session is not restored")
            #expect(try await store.clearSession(id: "a", workspace: "acme"))
            #expect(try await access.restoreSession(id: "a", workspace: "default") == false)
            #expect(try await access.restoreSession(id: "missing", workspace: "acme") == false)
            #expect(try await access.restoreSession(id: "a", workspace: "acme"))
            expectSame(try await store.session(id: "a", workspace: "acme"), F.session("a", workspace: "acme"))
        },
        Check("a session's place is known in any workspace, active or cleared") { store in
            let access = try StoreAbilities(of: store).workspaceAccess()
            try await store.createSession(F.session("a", workspace: "acme"))
            #expect(try await access.sessionPlace(id: "a") == SessionPlace(workspace: "acme", isActive: true))
            #expect(try await store.clearSession(id: "a", workspace: "acme"))
            #expect(try await access.sessionPlace(id: "a") == SessionPlace(workspace: "acme", isActive: false))
            #expect(try await access.sessionPlace(id: "missing") == nil)
        },
        Check("workspaces are listed by name with active and cleared counts") { store in
            let access = try StoreAbilities(of: store).workspaceAccess()
            #expect(try await access.workspaces().isEmpty)
            for id in ["a", "b", "c"] { try await store.createSession(F.session(id, workspace: "default")) }
            try await store.createSession(F.session("x", workspace: "acme"))
            #expect(try await store.clearSession(id: "c", workspace: "default"))
            #expect(
                try await access.workspaces() == [
                    WorkspaceSummary(name: "acme", activeSessions: 1, clearedSessions: 0),
                    WorkspaceSummary(name: "default", activeSessions: 2, clearedSessions: 1),
                ])
        },
    ]
}
