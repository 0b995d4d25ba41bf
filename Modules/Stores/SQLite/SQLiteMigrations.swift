import GRDB

/// The schema, as versioned migrations. Never edit a shipped migration: add `v2_…`.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1_initial", migrate: v1)
        migrator.registerMigration("v2_slice_leases", migrate: v2)
        migrator.registerMigration("v3_shortlists", migrate: v3)
        migrator.registerMigration("v4_answer_cache", migrate: v2AnswerCache)
        migrator.registerMigration("v5_pending_charges", migrate: v5PendingCharges)
        migrator.registerMigration("v6_idempotency_erasure", migrate: v6IdempotencyErasure)
        migrator.registerMigration("v7_charge_owners", migrate: v7ChargeOwners)
        return migrator
    }

    /// Sessions, candidates, the record cache and the credit ledger. Dates are REAL seconds since 1970;
    /// `search_query`, `companies`, `company_batches`, `settings`, `preview`, `evaluation` and `*_data` are JSON text.
    private static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE search_sessions (
                    session_id TEXT PRIMARY KEY NOT NULL,
                    workspace TEXT NOT NULL,
                    jd_text TEXT NOT NULL,
                    search_query TEXT NOT NULL,
                    companies TEXT NOT NULL,
                    company_batches TEXT NOT NULL,
                    settings TEXT NOT NULL,
                    batch_index INTEGER NOT NULL DEFAULT 0,
                    batch_offset INTEGER NOT NULL DEFAULT 0,
                    batch_yielded INTEGER NOT NULL DEFAULT 0,
                    total_discovered INTEGER NOT NULL DEFAULT 0,
                    is_active INTEGER NOT NULL DEFAULT 1,
                    last_accessed REAL NOT NULL,
                    created_at REAL NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE INDEX idx_search_sessions_created_at ON search_sessions(created_at);
                CREATE INDEX idx_search_sessions_updated_at ON search_sessions(updated_at);
                CREATE INDEX idx_search_sessions_is_active ON search_sessions(is_active);
                CREATE INDEX idx_search_sessions_last_accessed ON search_sessions(last_accessed);
                CREATE INDEX idx_search_sessions_workspace ON search_sessions(workspace);

                CREATE TABLE session_candidates (
                    session_id TEXT NOT NULL REFERENCES search_sessions(session_id),
                    employee_id INTEGER NOT NULL,
                    batch_index INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    preview TEXT NOT NULL,
                    status TEXT NOT NULL,
                    freshness TEXT,
                    profile_fetched_at REAL,
                    evaluation TEXT,
                    note TEXT,
                    found_at REAL NOT NULL,
                    PRIMARY KEY (session_id, employee_id)
                );
                CREATE INDEX idx_session_candidates_ordinal ON session_candidates(session_id, ordinal);

                CREATE TABLE stored_profiles (
                    employee_id INTEGER PRIMARY KEY NOT NULL,
                    profile_data TEXT NOT NULL,
                    fetched_at REAL NOT NULL
                );

                CREATE TABLE stored_companies (
                    company_id INTEGER PRIMARY KEY NOT NULL,
                    company_data TEXT NOT NULL,
                    fetched_at REAL NOT NULL
                );

                CREATE TABLE company_lookups (
                    lookup_key TEXT PRIMARY KEY NOT NULL,
                    vendor_id INTEGER,
                    checked_at REAL NOT NULL
                );

                CREATE TABLE credit_ledger (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id TEXT,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    credits INTEGER NOT NULL,
                    cache_hit INTEGER NOT NULL,
                    at REAL NOT NULL
                );
                CREATE INDEX idx_credit_ledger_session_id ON credit_ledger(session_id);
                """)
    }

    /// One worker per slice: the lease on a session's next slice (``SQLiteStore/acquireSliceLease(sessionID:owner:ttl:)``).
    private static func v2(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE slice_leases (
                    session_id TEXT PRIMARY KEY NOT NULL,
                    owner TEXT NOT NULL,
                    expires_at REAL NOT NULL
                );
                """)
    }

    /// The web page's shortlists: one row per starred candidate of a session.
    private static func v3(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE session_shortlist (
                    session_id TEXT NOT NULL REFERENCES search_sessions(session_id),
                    employee_id INTEGER NOT NULL,
                    added_at REAL NOT NULL,
                    PRIMARY KEY (session_id, employee_id)
                );
                """)
    }

    /// The orchestrator's answer cache (web-search answers, JD parses, preview pages, evaluations), by namespace and
    /// a hash of what the answer depends on; `answer` is the encoded answer.
    private static func v2AnswerCache(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE answer_cache (
                    namespace TEXT NOT NULL,
                    answer_key TEXT NOT NULL,
                    answer BLOB NOT NULL,
                    fetched_at REAL NOT NULL,
                    PRIMARY KEY (namespace, answer_key)
                );
                """)
    }

    /// Charges recorded before each billed call, settled with the record's write (``SQLiteStore/settlePendingCharge(id:entry:record:)``).
    private static func v5PendingCharges(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE pending_charges (
                    id TEXT PRIMARY KEY NOT NULL,
                    owner TEXT NOT NULL,
                    session_id TEXT,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    credits INTEGER NOT NULL,
                    at REAL NOT NULL,
                    recorded_at REAL NOT NULL
                );
                """)
    }

    /// Idempotent answers per (workspace, key) with an in-flight claim (``SQLiteStore/claimIdempotencyKey(_:owner:now:limits:)``);
    /// erasure's salt, suppression list and audit (``SQLiteStore/erase(_:)``).
    private static func v6IdempotencyErasure(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE idempotency_keys (
                    workspace TEXT NOT NULL,
                    idem_key TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    owner TEXT,
                    claim_expires_at REAL NOT NULL,
                    status INTEGER,
                    body BLOB,
                    bytes INTEGER NOT NULL DEFAULT 0,
                    finished_at REAL NOT NULL,
                    expires_at REAL NOT NULL,
                    PRIMARY KEY (workspace, idem_key)
                );
                CREATE INDEX idx_idempotency_keys_expiry ON idempotency_keys(workspace, expires_at);

                CREATE TABLE erasure_salt (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    salt BLOB NOT NULL
                );

                CREATE TABLE erasure_suppressions (
                    subject_hash TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    added_at REAL NOT NULL,
                    PRIMARY KEY (subject_hash, scope)
                );

                CREATE TABLE erasure_audit (
                    id TEXT PRIMARY KEY NOT NULL,
                    action TEXT NOT NULL,
                    subject_hash TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    counts TEXT NOT NULL,
                    at REAL NOT NULL
                );
                """)
    }

    /// The processes that record pending charges, with the vendor's balance before their first
    /// (``SQLiteStore/registerChargeOwner(_:)``).
    private static func v7ChargeOwners(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE charge_owners (
                    owner TEXT PRIMARY KEY NOT NULL,
                    credits_before INTEGER,
                    settled_credits INTEGER NOT NULL DEFAULT 0,
                    started_at REAL NOT NULL,
                    last_active_at REAL NOT NULL
                );
                """)
    }
}
