import Foundation
import GRDB
import SQLiteStore
import ScoutCore
import Testing

@Suite("sqlite store: erasure leaves no trace")
struct SQLiteErasureTests {
    static let person = 987_654
    static let name = "Ada Quill-Mbeki"

    /// The person in every table that can hold them.
    static func seed(_ store: SQLiteStore) async throws {
        var session = StoreSamples.session("s1")
        session.workspace = "acme"
        try await store.createSession(session)
        var candidate = StoreSamples.candidate(person, session: "s1")
        candidate.preview.name = name
        let commit = BatchCommit(
            sessionID: "s1", expected: SessionCursor(), next: SessionCursor(batchIndex: 0, offset: 2, yielded: 2),
            candidates: [candidate, StoreSamples.candidate(5, session: "s1")], at: Date())
        #expect(try await store.commit(commit))
        try await store.setShortlisted(true, employeeID: person, sessionID: "s1", at: Date())
        try await store.saveProfile(
            Profile(employeeID: person, fullName: name, headline: "Engineer"), fetchedAt: Date())
        let page = PreviewPage(results: [candidate.preview], page: 1, totalResults: 1)
        try await store.saveAnswer(
            namespace: "preview_page", key: "q", value: try JSONEncoder().encode(page), fetchedAt: Date())
        try await store.saveAnswer(
            namespace: "ws/acme/profile", key: String(person),
            value: try JSONEncoder().encode(Profile(employeeID: person, fullName: name)), fetchedAt: Date())
        try await store.saveAnswer(
            namespace: "evaluation", key: ErasureMatch.evaluationKeyPrefix(person) + "k",
            value: Data(#"{"summary":"strong"}"#.utf8), fetchedAt: Date())
        try await store.record([
            LedgerEntry(
                sessionID: "s1", kind: .profile, subject: String(person), credits: 1, cacheHit: false, at: Date())
        ])
        let key = IdempotencyKey(workspace: "acme", key: "k", fingerprint: "f")
        _ = try await store.claimIdempotencyKey(key, owner: "o", now: Date(), limits: IdempotencyLimits())
        try await store.finishIdempotencyKey(
            key, owner: "o",
            answer: IdempotentAnswer(
                status: 200, body: Data(#"{"new_profiles":[{"employee_id":\#(person),"name":"\#(name)"}]}"#.utf8)),
            now: Date(), limits: IdempotencyLimits())
    }

    /// Every (table, column) whose text mentions the person's id or name.
    static func traces(in path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var found: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            where table != "erasure_salt" && !table.hasPrefix("sqlite_") {
                let columns = try db.columns(in: table).map(\.name)
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                    for column in columns {
                        let value: DatabaseValue = row[column]
                        if value.isNull { continue }
                        let text =
                            Data.fromDatabaseValue(value).map { String(decoding: $0, as: UTF8.self) }
                            ?? value.description
                        if text.contains(String(person)) || text.lowercased().contains(name.lowercased()) {
                            found.append("\(table).\(column)")
                        }
                    }
                }
            }
            return found
        }
    }

    @Test("after erasing by name, no table of the file mentions the person; the audit holds only a hash")
    func noTrace() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("scout.sqlite")
            let store = try SQLiteStore.open(path: path)
            try await Self.seed(store)
            #expect(try Self.traces(in: path).count >= 8, "the seed reaches every table")
            let outcome = try await PersonEraser(erasure: store).erase(
                ErasureRequest(name: "  ada  QUILL-mbeki ", workspace: "acme", actor: "cli"))
            #expect(outcome.employeeIDs == [Self.person])
            #expect(try Self.traces(in: path) == [])
            #expect(try await store.candidates(sessionID: "s1").map(\.employeeID) == [5])
            let audits = try await store.erasureAudits(workspace: "acme")
            #expect(audits.count == 1 && audits.first?.counts == outcome.counts && audits.first?.actor == "cli")
            // Reopened (a restart), the suppression holds: a preview of them is found suppressed.
            let reopened = try SQLiteStore.open(path: path)
            let salt = try await reopened.erasureSalt()
            let hash = ErasureMatch.hash(ErasureMatch.subject(employeeID: Self.person), salt: salt)
            #expect(try await reopened.suppressed([hash], workspace: "acme") == [hash])
            #expect(try await reopened.suppressed([hash], workspace: "globex").isEmpty)
        }
    }
}
