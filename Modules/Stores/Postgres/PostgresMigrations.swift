import Foundation
import PostgresNIO
import ScoutCore

/// The schema, as versioned migrations recorded in `scout_migrations`. Never edit a shipped migration: append one.
/// Each step is a single statement (unnamed statements cannot hold several).
enum PostgresMigrations {
    struct Migration: Sendable {
        var version: Int
        var name: String
        var statements: [String]
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "v1_initial", statements: v1),
        Migration(version: 2, name: "v2_record_claims", statements: v2),
        Migration(version: 3, name: "v3_credit_budgets", statements: v3),
        Migration(version: 4, name: "v4_slice_leases", statements: v4),
        Migration(version: 5, name: "v5_shortlists", statements: v5),
        Migration(version: 6, name: "v6_answer_cache", statements: v6),
        Migration(version: 7, name: "v7_pending_charges", statements: v7),
        Migration(version: 8, name: "v8_idempotency_erasure", statements: v8),
        Migration(version: 9, name: "v9_charge_owners", statements: v9),
    ]

    /// Sessions, candidates (one row per session and employee), the record cache and the credit ledger.
    static let v1 = [
        """
        CREATE TABLE search_sessions (
            session_id TEXT PRIMARY KEY,
            workspace TEXT NOT NULL,
            jd_text TEXT NOT NULL,
            search_query JSONB NOT NULL,
            companies JSONB NOT NULL,
            company_batches JSONB NOT NULL,
            settings JSONB NOT NULL,
            batch_index INTEGER NOT NULL DEFAULT 0,
            batch_offset INTEGER NOT NULL DEFAULT 0,
            batch_yielded INTEGER NOT NULL DEFAULT 0,
            total_discovered INTEGER NOT NULL DEFAULT 0,
            is_active BOOLEAN NOT NULL DEFAULT TRUE,
            last_accessed TIMESTAMPTZ NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX idx_search_sessions_created_at ON search_sessions (created_at)",
        "CREATE INDEX idx_search_sessions_updated_at ON search_sessions (updated_at)",
        "CREATE INDEX idx_search_sessions_is_active ON search_sessions (is_active)",
        "CREATE INDEX idx_search_sessions_last_accessed ON search_sessions (last_accessed)",
        "CREATE INDEX idx_search_sessions_workspace ON search_sessions (workspace)",
        """
        CREATE TABLE session_candidates (
            session_id TEXT NOT NULL REFERENCES search_sessions (session_id),
            employee_id BIGINT NOT NULL,
            batch_index INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            preview JSONB NOT NULL,
            status TEXT NOT NULL,
            freshness TEXT,
            profile_fetched_at TIMESTAMPTZ,
            evaluation JSONB,
            note TEXT,
            found_at TIMESTAMPTZ NOT NULL,
            inserted_seq BIGINT GENERATED ALWAYS AS IDENTITY,
            PRIMARY KEY (session_id, employee_id)
        )
        """,
        "CREATE INDEX idx_session_candidates_ordinal ON session_candidates (session_id, ordinal)",
        """
        CREATE TABLE stored_profiles (
            employee_id BIGINT PRIMARY KEY,
            profile_data JSONB NOT NULL,
            fetched_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE stored_companies (
            company_id BIGINT PRIMARY KEY,
            company_data JSONB NOT NULL,
            fetched_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE company_lookups (
            lookup_key TEXT PRIMARY KEY,
            vendor_id BIGINT,
            checked_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE credit_ledger (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            session_id TEXT,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            credits INTEGER NOT NULL,
            cache_hit BOOLEAN NOT NULL,
            at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX idx_credit_ledger_session_id ON credit_ledger (session_id)",
    ]

    /// Cross-process claims on vendor records: one owner per (kind, subject) until `expires_at`.
    static let v2 = [
        """
        CREATE TABLE record_claims (
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            owner TEXT NOT NULL,
            claimed_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (kind, subject)
        )
        """,
        "CREATE INDEX idx_record_claims_expires_at ON record_claims (expires_at)",
    ]

    /// Cross-process daily credit ceilings: credits spent per vendor and UTC day, and live reservations.
    static let v3 = [
        """
        CREATE TABLE credit_budget_days (
            vendor TEXT NOT NULL,
            day DATE NOT NULL,
            spent INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (vendor, day)
        )
        """,
        """
        CREATE TABLE credit_reservations (
            id TEXT PRIMARY KEY,
            vendor TEXT NOT NULL,
            day DATE NOT NULL,
            credits INTEGER NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX idx_credit_reservations_vendor_day ON credit_reservations (vendor, day)",
    ]

    /// The web page's shortlists: one row per starred candidate of a session.
    static let v5 = [
        """
        CREATE TABLE session_shortlist (
            session_id TEXT NOT NULL REFERENCES search_sessions(session_id),
            employee_id BIGINT NOT NULL,
            added_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (session_id, employee_id)
        )
        """
    ]

    /// The orchestrator's answer cache (web-search answers, JD parses, preview pages, evaluations), by namespace and
    /// a hash of what the answer depends on.
    static let v6 = [
        """
        CREATE TABLE answer_cache (
            namespace TEXT NOT NULL,
            answer_key TEXT NOT NULL,
            answer BYTEA NOT NULL,
            fetched_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (namespace, answer_key)
        )
        """
    ]
}

extension PostgresStore {
    /// Applies pending migrations in one transaction, under a transaction-scoped advisory lock so two processes
    /// starting together migrate once (safe behind a transaction-mode pooler). Returns the names applied now;
    /// empty when the schema is current.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await transaction("migrating") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7305000001)", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS scout_migrations (
                    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = Set(
                try await connection.query("SELECT version FROM scout_migrations", logger: logger)
                    .decode(Int.self).reduce(into: [Int]()) { $0.append($1) })
            var names: [String] = []
            for migration in PostgresMigrations.all where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO scout_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger)
                names.append(migration.name)
            }
            return names
        }
    }

    /// Names of the migrations applied to this database, in order.
    public func appliedMigrations() async throws -> [String] {
        try await run("reading migrations") { client in
            try await client.query("SELECT name FROM scout_migrations ORDER BY version", logger: logger)
                .decode(String.self).reduce(into: [String]()) { $0.append($1) }
        }
    }
}

extension PostgresMigrations {
    /// One worker per slice: the lease on a session's next slice, one owner until `expires_at` (server time).
    static let v4 = [
        """
        CREATE TABLE slice_leases (
            session_id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL
        )
        """
    ]

    /// Charges recorded before each billed call, settled with the record's write in one transaction.
    static let v7 = [
        """
        CREATE TABLE pending_charges (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            session_id TEXT,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            credits INTEGER NOT NULL,
            at TIMESTAMPTZ NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL
        )
        """
    ]
}

extension PostgresMigrations {
    /// Idempotent answers per (workspace, key) with an in-flight claim; erasure's salt, suppression list and audit.
    static let v8 = [
        """
        CREATE TABLE idempotency_keys (
            workspace TEXT NOT NULL,
            idem_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            owner TEXT,
            claim_expires_at TIMESTAMPTZ NOT NULL,
            status INTEGER,
            body BYTEA,
            bytes BIGINT NOT NULL DEFAULT 0,
            finished_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (workspace, idem_key)
        )
        """,
        "CREATE INDEX idx_idempotency_keys_expiry ON idempotency_keys (workspace, expires_at)",
        "CREATE TABLE erasure_salt (id INTEGER PRIMARY KEY CHECK (id = 1), salt BYTEA NOT NULL)",
        """
        CREATE TABLE erasure_suppressions (
            subject_hash TEXT NOT NULL,
            scope TEXT NOT NULL,
            added_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (subject_hash, scope)
        )
        """,
        """
        CREATE TABLE erasure_audit (
            id TEXT PRIMARY KEY,
            action TEXT NOT NULL,
            subject_hash TEXT NOT NULL,
            scope TEXT NOT NULL,
            actor TEXT NOT NULL,
            counts JSONB NOT NULL,
            at TIMESTAMPTZ NOT NULL,
            seq BIGINT GENERATED ALWAYS AS IDENTITY
        )
        """,
    ]
}

extension PostgresMigrations {
    /// The processes that record pending charges, with the vendor's balance before their first.
    static let v9 = [
        """
        CREATE TABLE charge_owners (
            owner TEXT PRIMARY KEY,
            credits_before BIGINT,
            settled_credits BIGINT NOT NULL DEFAULT 0,
            started_at TIMESTAMPTZ NOT NULL,
            last_active_at TIMESTAMPTZ NOT NULL
        )
        """
    ]
}
