import Foundation
import GRDB
public import ScoutCore

/// A `ScoutStore` in one SQLite file, on GRDB in WAL mode (`DatabasePool`): readers never block the writer or
/// each other. Dates are stored as REAL seconds since 1970, records as JSON text.
///
/// The store is meant for one process (it offers no record claims). A second process may still open the file (WAL allows
/// concurrent readers, and writers wait up to `busy_timeout_ms`); its conflicting commit then fails cleanly through
/// the cursor compare-and-set in ``commit(_:)`` instead of processing a batch twice.
public final class SQLiteStore: ScoutStore {
    /// The absolute path of the database file.
    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens the database at `path` (relative paths resolve against the working directory), creating the file and its
    /// parent directories when missing, and applies pending migrations. Reopening an existing file keeps its data.
    public static func open(path: String, busyTimeoutMilliseconds: Int = 5000) throws -> SQLiteStore {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let file = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL.path
        try createParentDirectory(of: file)
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(Double(max(0, busyTimeoutMilliseconds)) / 1000)
            configuration.label = "scout.sqlite"
            // Processes opening one new file at the same moment race to set it up: switching it to WAL answers
            // "database is locked" to all but one (the busy timeout does not cover it), and a migration can meet a
            // table another process just created. The losers wait a little and open again.
            var attempt = 0
            while true {
                do {
                    let pool = try DatabasePool(path: file, configuration: configuration)
                    try migrateSharingTheFile(pool)
                    return SQLiteStore(path: file, pool: pool)
                } catch let error as DatabaseError
                    where [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR].contains(error.resultCode) && attempt < 20
                {
                    attempt += 1
                    Thread.sleep(forTimeInterval: 0.01 * Double(attempt))
                }
            }
        } catch let error as DatabaseError where Self.pathCodes.contains(error.resultCode) {
            throw ScoutError(
                .config,
                "store.path: cannot open the SQLite database '\(file)': \(error.message ?? "\(error.resultCode)") "
                    + "(choose a writable SQLite file)")
        } catch {
            throw wrap(error, "opening \(file)")
        }
    }

    /// Results that mean the path is wrong (not a database, not writable), so a config error rather than a store failure.
    static let pathCodes: [ResultCode] = [
        .SQLITE_CANTOPEN, .SQLITE_NOTADB, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH,
    ]

    /// Creates the database's directory and any missing parents; a path that cannot hold it is a config error naming
    /// the operating system's reason.
    private static func createParentDirectory(of file: String) throws {
        var missing: [String] = []
        var directory = (file as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: directory) {
            missing.insert(directory, at: 0)
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ScoutError(
                .config,
                "store.path: cannot create the SQLite database '\(file)': '\(directory)' is not a directory (choose a writable path)"
            )
        }
        for path in missing where mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw ScoutError(
                .config,
                "store.path: cannot create the SQLite database '\(file)': creating '\(path)': "
                    + "\(String(cString: strerror(errno))) (choose a writable path)")
        }
    }

    /// Applies pending migrations (a no-op when the schema is current).
    public func migrate() throws {
        do { try Self.migrateSharingTheFile(pool) } catch { throw Self.wrap(error, "migrating \(path)") }
    }

    /// Applies pending migrations when another process may be migrating the same new file at the same moment: each
    /// migration is its own transaction, so the loser of that race fails on a table the winner just created (its own
    /// transaction rolled back); it then reads the applied migrations again and goes on from there.
    static func migrateSharingTheFile(_ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                try SQLiteMigrations.migrator.migrate(pool)
                return
            } catch let error as DatabaseError
                where [.SQLITE_ERROR, .SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && attempt < 5
            {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Identifiers of the migrations applied to this file, in order.
    public func appliedMigrations() async throws -> [String] {
        try await read("reading migrations") { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in a read transaction; errors become `ScoutError.store` naming `context`.
    func read<T: Sendable>(_ context: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await pool.read(body) } catch { throw Self.wrap(error, context) }
    }

    /// Runs `body` in an immediate write transaction; errors become `ScoutError.store` naming `context`.
    func write<T: Sendable>(_ context: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await pool.write(body) } catch { throw Self.wrap(error, context) }
    }

    /// Keeps a `ScoutError` as it is; anything else becomes a store error with context.
    static func wrap(_ error: any Error, _ context: String) -> ScoutError {
        if let error = error as? ScoutError { return error }
        return .store("sqlite store: \(context): \(error)")
    }
}

extension SQLiteStore {
    /// The `sqlite` factory.
    public static let factory = PluginFactory<any ScoutStore>(
        type: "sqlite",
        summary: "sessions, cache and ledger in one SQLite file (WAL; one process)",
        config: Config.self
    ) { config, _ in
        try SQLiteStore.open(path: config.path, busyTimeoutMilliseconds: config.busyTimeoutMs)
    }
}
