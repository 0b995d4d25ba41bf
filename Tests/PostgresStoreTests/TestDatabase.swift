import Foundation
import Logging
import PostgresNIO
import PostgresStore
import ScoutCore

/// The test server and a fresh database per test. The server comes from `SCOUT_TEST_POSTGRES_URL`; without it every
/// test fails with instructions (never skipped).
enum TestDatabase {
    static let variable = "SCOUT_TEST_POSTGRES_URL"

    static let howToRun = """
        \(variable) is not set, so the Postgres store tests have no server. Run them through scripts/test, which \
        starts a throwaway server, or by hand: eval "$(scripts/postgres-test-server start)"; \
        swift test --filter PostgresStoreTests; scripts/postgres-test-server stop
        """

    /// The server's connection string; throws the instructions when the variable is missing (the test fails).
    static func server() throws -> PostgresConnectionString {
        guard let url = ProcessInfo.processInfo.environment[variable], !url.isEmpty else {
            throw ScoutError(.config, howToRun)
        }
        return try PostgresConnectionString(url)
    }

    /// Runs `body` with the connection string of a new, empty database, dropped afterwards.
    static func with<T>(_ body: (PostgresConnectionString) async throws -> T) async throws -> T {
        let server = try server()
        let name = "scout_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await admin(server, "CREATE DATABASE \(name)")
        var database = server
        database.database = name
        do {
            let result = try await body(database)
            try await admin(server, "DROP DATABASE \(name) WITH (FORCE)")
            return result
        } catch {
            try? await admin(server, "DROP DATABASE \(name) WITH (FORCE)")
            throw error
        }
    }

    /// Opens a store on `database` (migrated), runs `body`, and shuts the store down.
    static func withStore<T>(
        _ database: PostgresConnectionString, migrate: Bool = true, _ body: (PostgresStore) async throws -> T
    ) async throws -> T {
        let store = try await PostgresStore.open(database, tls: .disable, poolSize: 4, migrate: migrate)
        do {
            let result = try await body(store)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Runs one statement against `connection`'s database on a short-lived client.
    static func admin(_ connection: PostgresConnectionString, _ sql: String) async throws {
        let client = PostgresClient(
            configuration: PostgresClient.Configuration(
                host: connection.host, port: connection.port, username: connection.username,
                password: connection.password,
                database: connection.database, tls: .disable), backgroundLogger: PostgresStore.quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            _ = try await client.query(PostgresQuery(unsafeSQL: sql)).collect()
        }
    }

    /// The first column of every row of `sql`, as text.
    static func strings(_ connection: PostgresConnectionString, _ sql: String) async throws -> [String] {
        let client = PostgresClient(
            configuration: PostgresClient.Configuration(
                host: connection.host, port: connection.port, username: connection.username,
                password: connection.password,
                database: connection.database, tls: .disable), backgroundLogger: PostgresStore.quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await client.query(PostgresQuery(unsafeSQL: sql)).decode(String.self)
                .reduce(into: [String]()) { $0.append($1) }
        }
    }
}
