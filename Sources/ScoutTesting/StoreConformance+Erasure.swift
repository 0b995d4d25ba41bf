import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    static func eraser(_ store: any ScoutStore) throws -> any PersonErasure {
        try StoreAbilities(of: store).erasureAccess()
    }

    /// Person 7 and person 8 everywhere a store keeps people: two sessions (`a` in default, `b` in acme), their
    /// shortlists, the profile cache, shared and workspace-scoped answers, an idempotent answer and the ledger.
    static func seedPeople(_ store: any ScoutStore) async throws {
        let shortlists = try StoreAbilities(of: store).shortlistAccess()
        for (id, workspace) in [("a", "default"), ("b", "acme")] {
            try await store.createSession(F.session(id, workspace: workspace))
            let commit = BatchCommit(
                sessionID: id, expected: SessionCursor(), next: SessionCursor(batchIndex: 0, offset: 2, yielded: 2),
                candidates: [F.candidate(7, session: id, ordinal: 0), F.candidate(8, session: id, ordinal: 1)],
                at: F.time(1))
            #expect(try await store.commit(commit))
            for person in [7, 8] {
                try await shortlists.setShortlisted(true, employeeID: person, sessionID: id, at: F.time(2))
            }
            try await store.record([
                LedgerEntry(sessionID: id, kind: .profile, subject: "7", credits: 1, cacheHit: false, at: F.time(3)),
                LedgerEntry(
                    sessionID: id, kind: .llmInputTokens, subject: "evaluate 7", credits: 900, cacheHit: false,
                    at: F.time(3)),
                LedgerEntry(sessionID: id, kind: .company, subject: "7", credits: 1, cacheHit: false, at: F.time(3)),
            ])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for person in [7, 8] {
            try await store.saveProfile(F.profile(person), fetchedAt: F.time(4))
            let page = PreviewPage(
                results: [F.candidate(person, session: "a", ordinal: 0).preview], page: 1, totalResults: 1)
            try await store.saveAnswer(
                namespace: "preview_page", key: "page\(person)", value: try encoder.encode(page), fetchedAt: F.time(5))
            try await store.saveAnswer(
                namespace: "evaluation", key: ErasureMatch.evaluationKeyPrefix(person) + "abc",
                value: Data("{\"summary\":\"ok\"}".utf8), fetchedAt: F.time(5))
            for workspace in ["default", "acme"] {
                try await store.saveAnswer(
                    namespace: WorkspaceCache.namespacePrefix(workspace) + "profile", key: String(person),
                    value: try encoder.encode(F.profile(person)), fetchedAt: F.time(5))
            }
        }
        let ideas = try idempotency(store)
        for (workspace, person) in [("default", 7), ("default", 8), ("acme", 7)] {
            let k = key(workspace, "load\(person)")
            _ = try await ideas.claimIdempotencyKey(k, owner: "o", now: F.time(6), limits: IdempotencyLimits())
            try await ideas.finishIdempotencyKey(
                k, owner: "o",
                answer: answer("{\"candidates\":[{\"employee_id\":\(person),\"name\":\"Person \(person)\"}]}"),
                now: F.time(6), limits: IdempotencyLimits())
        }
    }

    static func plan(_ ids: [Int], name: String? = nil, workspace: String?, hashes: [String]) -> ErasurePlan {
        ErasurePlan(
            match: ErasureMatch(employeeIDs: ids, name: name), workspace: workspace, suppress: hashes,
            audit: ErasureAudit(
                action: .erase, subjectHash: hashes.first ?? "", scope: ErasureAudit.scope(workspace), actor: "test",
                at: F.time(10)))
    }

    static let erasureChecks: [Check] = [
        Check("erasing in a workspace removes the person from its sessions, shortlists, caches and answers only") {
            store in
            try await seedPeople(store)
            let erasure = try eraser(store)
            let counts = try await erasure.erase(plan([7], workspace: "default", hashes: ["h7"]))
            #expect(counts.candidates == 1 && counts.shortlists == 1 && counts.profiles == 1)
            // The shared preview page and evaluation, and the workspace's own profile (not acme's).
            #expect(counts.answers == 3)
            #expect(
                counts.idempotentAnswers == 1 && counts.ledgerEntries == 2,
                "the profile and the evaluation's tokens, not company 7")
            #expect(try await store.candidates(sessionID: "a").map(\.employeeID) == [8])
            #expect(try await store.candidates(sessionID: "b").map(\.employeeID) == [7, 8])
            let shortlists = try StoreAbilities(of: store).shortlistAccess()
            #expect(try await shortlists.shortlist(sessionID: "a") == [8])
            #expect(try await store.cachedProfile(employeeID: 7) == nil)
            #expect(try await store.cachedProfile(employeeID: 8) != nil)
            #expect(try await store.cachedAnswer(namespace: "preview_page", key: "page7") == nil)
            #expect(try await store.cachedAnswer(namespace: "preview_page", key: "page8") != nil)
            #expect(try await store.cachedAnswer(namespace: "evaluation", key: "p7:abc") == nil)
            #expect(try await store.cachedAnswer(namespace: "ws/default/profile", key: "7") == nil)
            #expect(try await store.cachedAnswer(namespace: "ws/acme/profile", key: "7") != nil)
            let ideas = try idempotency(store)
            #expect(
                try await ideas.claimIdempotencyKey(
                    key("default", "load7"), owner: "x", now: F.time(11), limits: .init())
                    == .claimed)
            #expect(
                try await ideas.claimIdempotencyKey(key("acme", "load7"), owner: "x", now: F.time(11), limits: .init())
                    != .claimed)
            #expect(try await erasure.suppressed(["h7", "h8"], workspace: "default") == ["h7"])
            #expect(try await erasure.suppressed(["h7"], workspace: "acme").isEmpty)
            let audits = try await erasure.erasureAudits(workspace: "default")
            #expect(audits.count == 1)
            #expect(
                audits.first?.counts == counts && audits.first?.subjectHash == "h7" && audits.first?.scope == "default")
            #expect(try await erasure.erasureAudits(workspace: "acme").isEmpty)
        },
        Check("erasing everywhere reaches every workspace; allowing lifts the suppression and is audited") { store in
            try await seedPeople(store)
            let erasure = try eraser(store)
            let counts = try await erasure.erase(plan([7], workspace: nil, hashes: ["h7"]))
            #expect(counts.candidates == 2 && counts.shortlists == 2 && counts.idempotentAnswers == 2)
            #expect(counts.answers == 4 && counts.ledgerEntries == 4)
            #expect(try await store.candidates(sessionID: "b").map(\.employeeID) == [8])
            #expect(try await store.cachedAnswer(namespace: "ws/acme/profile", key: "7") == nil)
            #expect(try await erasure.suppressed(["h7"], workspace: "acme") == ["h7"])
            let allow = ErasureAudit(action: .allow, subjectHash: "h7", scope: "*", actor: "test", at: F.time(20))
            #expect(try await erasure.allow(["h7"], workspace: nil, audit: allow) == 1)
            #expect(try await erasure.suppressed(["h7"], workspace: "acme").isEmpty)
            let audits = try await erasure.erasureAudits(workspace: nil)
            #expect(audits.map(\.action) == [.allow, .erase])
        },
        Check("erasing by name finds the people of the workspace's candidates and of the profile cache") { store in
            try await seedPeople(store)
            var renamed = F.profile(9)
            renamed.fullName = "PERSON   7"
            try await store.saveProfile(renamed, fetchedAt: F.time(1))
            let erasure = try eraser(store)
            #expect(try await erasure.employeeIDs(named: "person 7", workspace: "default") == [7, 9])
            #expect(try await erasure.employeeIDs(named: "Person 8", workspace: nil) == [8])
            #expect(try await erasure.employeeIDs(named: "Nobody", workspace: nil).isEmpty)
            let counts = try await erasure.erase(plan([7, 9], name: "Person 7", workspace: "default", hashes: ["h"]))
            #expect(counts.profiles == 2)
            #expect(try await erasure.employeeIDs(named: "person 7", workspace: "default").isEmpty)
        },
        Check("the erasure salt is made once and kept") { store in
            let erasure = try eraser(store)
            let salt = try await erasure.erasureSalt()
            #expect(salt.count == 32)
            #expect(try await erasure.erasureSalt() == salt)
        },
    ]
}
