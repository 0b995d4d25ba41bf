import Foundation

/// Implemented by stores whose schema is applied by versioned migrations that the host runs, not the store's factory
/// (a shared database: the pool must be running first, and an operator may want to migrate on request only).
/// The host applies them before it serves (``Pipeline/prepare()`` when ``migratesOnStart``); `scout db migrate`
/// applies them on request through the registry. A store that migrates itself when opened (SQLite) does not adopt it.
public protocol StoreMigrations: Sendable {
    /// True when the host applies pending migrations as it starts (the store's `migrate_on_start`).
    var migratesOnStart: Bool { get }
    /// Applies pending migrations in order and returns their names; running it again is a no-op. Safe against
    /// another process migrating at the same time.
    func migrate() async throws -> [String]
    /// Names of the applied migrations, oldest first.
    func appliedMigrations() async throws -> [String]
}
