import Foundation
import PostgresStore
import ScoutCore
import Testing

@Suite("postgres store: migrations and schema")
struct PostgresMigrationTests {
    static let all = [
        "v1_initial", "v2_record_claims", "v3_credit_budgets", "v4_slice_leases", "v5_shortlists", "v6_answer_cache",
        "v7_pending_charges", "v8_idempotency_erasure", "v9_charge_owners",
    ]

    @Test("migrations are versioned; applying them again is a no-op and keeps the data")
    func twice() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database, migrate: false) { store in
                #expect(try await store.migrate() == Self.all)
                #expect(try await store.migrate() == [])
                #expect(try await store.appliedMigrations() == Self.all)
                try await store.createSession(PostgresConcurrencyTests.session("s1"))
            }
            try await TestDatabase.withStore(database) { (store) async throws in
                #expect(try await store.migrate() == [])
                #expect(try await store.session(id: "s1", workspace: "default") != nil)
            }
            let versions = try await TestDatabase.strings(
                database, "SELECT version::text FROM scout_migrations ORDER BY version")
            #expect(versions == (1...Self.all.count).map(String.init))
        }
    }

    @Test("two processes migrating an empty database at once apply each migration once")
    func concurrent() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database, migrate: false) { first in
                try await TestDatabase.withStore(database, migrate: false) { second in
                    async let a = first.migrate()
                    async let b = second.migrate()
                    let (applied, other) = try await (a, b)
                    #expect((applied + other).sorted() == Self.all)
                    #expect(applied.isEmpty || other.isEmpty)
                }
            }
        }
    }

    @Test("the schema keeps the seed's session columns and indexes; JSON is JSONB, times TIMESTAMPTZ")
    func schema() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { _ in }
            let indexes = try await TestDatabase.strings(
                database,
                "SELECT indexname::text FROM pg_indexes WHERE tablename = 'search_sessions' ORDER BY indexname")
            for column in ["created_at", "updated_at", "is_active", "last_accessed"] {
                #expect(indexes.contains("idx_search_sessions_\(column)"))
            }
            let types = try await TestDatabase.strings(
                database,
                """
                SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'public' ORDER BY 1
                """)
            for expected in [
                "search_sessions.search_query:jsonb", "search_sessions.created_at:timestamp with time zone",
                "session_candidates.preview:jsonb", "stored_profiles.profile_data:jsonb",
                "stored_companies.company_data:jsonb",
                "credit_ledger.at:timestamp with time zone", "company_lookups.vendor_id:bigint",
                "record_claims.expires_at:timestamp with time zone",
            ] {
                #expect(types.contains(expected), "\(expected)")
            }
            let keys = try await TestDatabase.strings(
                database,
                """
                SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = 'session_candidates'::regclass AND i.indisprimary ORDER BY a.attname
                """)
            #expect(keys == ["employee_id", "session_id"])
        }
    }

    @Test("dates round-trip to the microsecond")
    func dates() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { (store) async throws in
                let at = Date(timeIntervalSince1970: 1_750_000_000.123_457)
                try await store.saveProfile(Profile(employeeID: 1, fullName: "Ada"), fetchedAt: at)
                let cached = try #require(try await store.cachedProfile(employeeID: 1))
                #expect(abs(cached.fetchedAt.timeIntervalSince(at)) < 0.000_001)
                let text = try await TestDatabase.strings(
                    database, "SELECT to_char(fetched_at AT TIME ZONE 'UTC', 'HH24:MI:SS.US') FROM stored_profiles")
                #expect(text == ["15:06:40.123457"])
            }
        }
    }
}
