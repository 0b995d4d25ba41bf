import Foundation
import GRDB
import SQLiteStore
import ScoutCore
import ScoutTesting
import Testing
import Yams

@Suite("sqlite store")
struct SQLiteStoreTests {
    @Test("conformance", arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await TemporaryDirectory.with { directory in
            try await check.run(on: SQLiteStore.open(path: directory.path("scout.sqlite")))
        }
    }

    @Test("the file and its parent directories are created")
    func createsFile() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("a", "b", "scout.sqlite")
            let store = try SQLiteStore.open(path: path)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(store.path == path)
            let abilities = StoreAbilities(of: store)
            #expect(abilities.claims == nil && abilities.reservations == nil && abilities.migrations == nil)
            #expect(abilities.workspaces != nil)
        }
    }

    @Test("several connections opening one new file at once all migrate it (the race's losers retry)")
    func concurrentFirstOpen() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("scout.sqlite")
            try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<8 {
                    group.addTask { try await SQLiteStore.open(path: path).appliedMigrations() }
                }
                for try await applied in group { #expect(applied.count == 7) }
            }
        }
    }

    @Test("migrations are versioned and applying them again is a no-op")
    func migrationsIdempotent() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("scout.sqlite")
            let store = try SQLiteStore.open(path: path)
            try await store.createSession(StoreSamples.session("s1"))
            #expect(
                try await store.appliedMigrations() == [
                    "v1_initial", "v2_slice_leases", "v3_shortlists", "v4_answer_cache", "v5_pending_charges",
                    "v6_idempotency_erasure", "v7_charge_owners",
                ])
            try store.migrate()
            let reopened = try SQLiteStore.open(path: path)
            #expect(
                try await reopened.appliedMigrations() == [
                    "v1_initial", "v2_slice_leases", "v3_shortlists", "v4_answer_cache", "v5_pending_charges",
                    "v6_idempotency_erasure", "v7_charge_owners",
                ])
            #expect(try await reopened.session(id: "s1", workspace: "default") != nil)
            let journal = try await DatabaseQueue(path: path).read { db in
                try String.fetchOne(db, sql: "PRAGMA journal_mode")
            }
            #expect(journal == "wal")
        }
    }

    @Test("reopening the file keeps sessions, candidates, cache and ledger")
    func restartResume() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("data", "scout.sqlite")
            let session = StoreSamples.session("s1")
            let candidate = StoreSamples.candidate(42, session: "s1")
            let next = SessionCursor(batchIndex: 0, offset: 1, yielded: 1)
            let at = Date(timeIntervalSince1970: 1_750_000_100.456)
            let entry = LedgerEntry(sessionID: "s1", kind: .profile, subject: "42", credits: 2, cacheHit: false, at: at)
            do {
                let store = try SQLiteStore.open(path: path)
                try await store.createSession(session)
                #expect(
                    try await store.commit(
                        BatchCommit(
                            sessionID: "s1", expected: SessionCursor(), next: next, candidates: [candidate], at: at)))
                try await store.saveProfile(Profile(employeeID: 42, fullName: "Ada"), fetchedAt: at)
                try await store.saveCompany(CompanyRecord(id: 7, name: "Echowave"), fetchedAt: at)
                try await store.saveCompanyLookup(key: "echowave", lookup: CompanyLookup(vendorID: 7, checkedAt: at))
                try await store.record([entry])
            }
            let store = try SQLiteStore.open(path: path)
            let resumed = try #require(try await store.session(id: "s1", workspace: "default"))
            #expect(resumed.cursor == next)
            #expect(abs(resumed.lastAccessed.timeIntervalSince(at)) < 0.001)
            #expect(try await store.candidates(sessionID: "s1").map(\.employeeID) == [42])
            #expect(try await store.cachedProfile(employeeID: 42)?.value.fullName == "Ada")
            #expect(try await store.cachedCompany(id: 7)?.value.name == "Echowave")
            #expect(try await store.companyLookup(key: "echowave")?.vendorID == 7)
            #expect(try await store.ledgerTotals(sessionID: "s1") == LedgerTotals(entries: [entry]))
            // A commit from the pre-restart cursor is stale now.
            #expect(
                try await store.commit(
                    BatchCommit(sessionID: "s1", expected: SessionCursor(), next: next, candidates: [], at: at))
                    == false)
        }
    }

    @Test("two connections to one file: a conflicting commit fails cleanly")
    func twoWriters() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("scout.sqlite")
            let first = try SQLiteStore.open(path: path), second = try SQLiteStore.open(path: path)
            try await first.createSession(StoreSamples.session("s1"))
            let at = Date(timeIntervalSince1970: 1_750_000_000)
            async let a = first.commit(
                BatchCommit(
                    sessionID: "s1", expected: SessionCursor(), next: SessionCursor(offset: 1),
                    candidates: [StoreSamples.candidate(1, session: "s1")], at: at))
            async let b = second.commit(
                BatchCommit(
                    sessionID: "s1", expected: SessionCursor(), next: SessionCursor(offset: 2),
                    candidates: [StoreSamples.candidate(2, session: "s1")], at: at))
            let results = try await [a, b]
            #expect(results.filter { $0 }.count == 1)
            #expect(try await first.candidates(sessionID: "s1").count == 1)
            #expect(try await second.session(id: "s1", workspace: "default")?.cursor.offset == (results[0] ? 1 : 2))
        }
    }

    @Test("total_discovered is derived from stored candidates in the commit")
    func totalDiscovered() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("scout.sqlite")
            let store = try SQLiteStore.open(path: path)
            try await store.createSession(StoreSamples.session("s1"))
            let first = SessionCursor(offset: 2), second = SessionCursor(offset: 4)
            let at = Date(timeIntervalSince1970: 1_750_000_000)
            let batch = [StoreSamples.candidate(1, session: "s1"), StoreSamples.candidate(2, session: "s1")]
            #expect(
                try await store.commit(
                    BatchCommit(sessionID: "s1", expected: SessionCursor(), next: first, candidates: batch, at: at)))
            let again = [StoreSamples.candidate(2, session: "s1"), StoreSamples.candidate(3, session: "s1")]
            #expect(
                try await store.commit(
                    BatchCommit(sessionID: "s1", expected: first, next: second, candidates: again, at: at)))
            let total = try await DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT total_discovered FROM search_sessions WHERE session_id = 's1'")
            }
            #expect(total == 3)
        }
    }

    @Test("the factory decodes its config and opens the file")
    func factory() async throws {
        try await TemporaryDirectory.with { directory in
            let path = directory.path("nested", "store.sqlite")
            let config = try YAMLDecoder().decode(
                SQLiteStore.Config.self, from: "path: \(path)\nbusy_timeout_ms: 250\n")
            #expect(config.path == path)
            #expect(config.busyTimeoutMs == 250)
            #expect(config.validate().isEmpty)
            let store = try await SQLiteStore.factory.make(
                config, context: makeContext(id: "sqlite", dataDirectory: directory.url))
            #expect(StoreAbilities(of: store).claims == nil)
            #expect((store as? SQLiteStore)?.path == path)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(SQLiteStore.factory.type == "sqlite")
            #expect(SQLiteStore.factory.keys.map(\.name) == ["path", "busy_timeout_ms"])
        }
    }

    @Test("config defaults and validation")
    func configDefaults() throws {
        let defaults = try YAMLDecoder().decode(SQLiteStore.Config.self, from: "{}")
        #expect(defaults == SQLiteStore.Config())
        #expect(defaults.path == ".scout/scout.sqlite")
        #expect(defaults.busyTimeoutMs == 5000)
        var bad = SQLiteStore.Config()
        bad.busyTimeoutMs = -1
        bad.path = " "
        #expect(Set(bad.validate().map(\.key)) == ["busy_timeout_ms", "path"])
    }

    @Test("a relative path resolves against the working directory")
    func relativePath() throws {
        let top = ".scout-store-tests-\(UUID().uuidString)"
        let relative = top + "/x/scout.sqlite"
        defer { try? FileManager.default.removeItem(atPath: FileManager.default.currentDirectoryPath + "/" + top) }
        let store = try SQLiteStore.open(path: relative)
        #expect(store.path == FileManager.default.currentDirectoryPath + "/" + relative)
    }

    @Test("a path that cannot hold a database is a config error (exit 2) with the reason")
    func unwritable() throws {
        let error = #expect(throws: ScoutError.self) {
            try SQLiteStore.open(path: "/proc/scout-cannot-write/scout.sqlite")
        }
        #expect(error?.code == .config)
        #expect(
            error?.message == "store.path: cannot create the SQLite database '/proc/scout-cannot-write/scout.sqlite': "
                + "creating '/proc/scout-cannot-write': No such file or directory (choose a writable path)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-database-\(UUID().uuidString)")
            .path
        try "hello".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let notDatabase = #expect(throws: ScoutError.self) { try SQLiteStore.open(path: file) }
        #expect(notDatabase?.code == .config)
        #expect(notDatabase?.message.hasSuffix("': file is not a database (choose a writable SQLite file)") == true)
    }
}
