import CoreMetrics
import Foundation
import Logging
import PostgresStore
import ScoutCore
import Testing
import Yams

@Suite("postgres store: config, connection string and TLS")
struct PostgresConfigTests {
    static func context(_ environment: [String: String]) -> BuildContext {
        BuildContext(
            id: "postgres", path: "store", logger: Logger(label: "scout.tests.postgres"),
            metrics: NOOPMetricsHandler.instance,
            clock: SystemClock(), secrets: SecretResolver(environment: environment),
            dataDirectory: FileManager.default.temporaryDirectory)
    }

    @Test("defaults, keys and validation")
    func defaults() throws {
        let defaults = try YAMLDecoder().decode(PostgresStore.Config.self, from: "{}")
        #expect(defaults == PostgresStore.Config())
        #expect(defaults.url == nil && defaults.tls == nil && defaults.poolSize == 5)
        #expect(defaults.migrateOnStart && defaults.claimTTLSeconds == 5)
        #expect(defaults.validate().map(\.key) == ["url"])
        #expect(PostgresStore.factory.type == "postgres")
        #expect(
            PostgresStore.factory.keys.map(\.name) == [
                "url", "tls", "ca_file", "pool_size", "migrate_on_start", "claim_ttl_seconds",
            ])
        var bad = try YAMLDecoder().decode(
            PostgresStore.Config.self, from: "url: {env: DATABASE_URL}\npool_size: 0\nclaim_ttl_seconds: 0")
        #expect(Set(bad.validate().map(\.key)) == ["pool_size", "claim_ttl_seconds"])
        bad = try YAMLDecoder().decode(
            PostgresStore.Config.self, from: "url: {env: DATABASE_URL}\ntls: require\nca_file: /x.pem")
        #expect(bad.validate().map(\.key) == ["ca_file"])
    }

    @Test("tls modes parse in config (snake or libpq spelling); unknown modes are decode errors")
    func tlsModes() throws {
        for (text, mode) in [
            ("disable", PostgresStore.TLSMode.disable), ("prefer", .prefer), ("require", .require),
            ("verify_ca", .verifyCA), ("verify-full", .verifyFull), ("VERIFY_FULL", .verifyFull),
        ] {
            let config = try YAMLDecoder().decode(PostgresStore.Config.self, from: "url: {env: U}\ntls: \(text)")
            #expect(config.tls == mode, "\(text)")
        }
        #expect(throws: (any Error).self) {
            try YAMLDecoder().decode(PostgresStore.Config.self, from: "tls: sometimes")
        }
    }

    @Test("a literal connection string is rejected: secrets are environment references only")
    func literalRejected() {
        #expect(throws: (any Error).self) {
            try YAMLDecoder().decode(PostgresStore.Config.self, from: "url: postgres://u:p@h/db")
        }
    }

    @Test("a missing environment variable is a config error naming it")
    func missingVariable() async throws {
        let config = try YAMLDecoder().decode(PostgresStore.Config.self, from: "url: {env: SCOUT_NO_SUCH_DATABASE_URL}")
        let error = await #expect(throws: ScoutError.self) {
            _ = try await PostgresStore.factory.make(config, context: Self.context([:]))
        }
        #expect(error?.code == .config)
        #expect(error?.message.contains("SCOUT_NO_SUCH_DATABASE_URL") == true)
        #expect(error?.message.contains("store.url") == true)
    }

    @Test("a malformed connection string is a config error that never shows the password")
    func malformed() async throws {
        let config = try YAMLDecoder().decode(PostgresStore.Config.self, from: "url: {env: DB}")
        let error = await #expect(throws: ScoutError.self) {
            _ = try await PostgresStore.factory.make(config, context: Self.context(["DB": "mysql://root:hunter2@db/x"]))
        }
        #expect(error?.code == .config)
        #expect(error?.message.contains("hunter2") == false)
        #expect(error?.message.contains("{env: DB}") == true)
    }

    @Test("connection strings: user, password, host, port, database, sslmode, application_name")
    func connectionStrings() throws {
        let full = try PostgresConnectionString(
            "postgresql://postgres.abcd:p%40ss%2Fw0rd@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=verify-full&application_name=scout"
        )
        #expect(full.username == "postgres.abcd")
        #expect(full.password == "p@ss/w0rd")
        #expect(full.host == "aws-0-eu-central-1.pooler.supabase.com")
        #expect(full.port == 6543 && full.database == "postgres")
        #expect(full.sslMode == .verifyFull && full.applicationName == "scout")
        let short = try PostgresConnectionString("postgres://me@localhost")
        #expect(short.port == 5432 && short.database == "postgres" && short.password == nil && short.sslMode == nil)
        #expect(try PostgresConnectionString("postgres://me@[::1]:5433/db").host == "::1")
        for bad in [
            "localhost:5432", "postgres://host/db", "postgres://u@h/db?sslmode=sometimes",
            "postgres://u@h/db?pgbouncer=true",
        ] {
            #expect(throws: ScoutError.self, "\(bad)") { try PostgresConnectionString(bad) }
        }
    }

    @Test("tls: require against a server without TLS fails instead of falling back; prefer falls back")
    func tlsRequired() async throws {
        try await TestDatabase.with { database in
            let error = await #expect(throws: ScoutError.self) {
                _ = try await PostgresStore.open(database, tls: .require, migrate: false)
            }
            #expect(error?.code == .store)
            let store = try await PostgresStore.open(database, tls: .prefer, migrate: false)
            #expect(try await store.migrate() == PostgresMigrationTests.all)
            await store.shutdown()
        }
    }

    @Test(
        "the factory resolves the url and connects; the pool runs as a service and the host migrates, not the factory")
    func factory() async throws {
        let server = try TestDatabase.server()
        try await TestDatabase.with { database in
            var url = "postgres://\(database.username)@\(database.host):\(database.port)/\(database.database)"
            if server.sslMode == .disable { url += "?sslmode=disable" }
            let config = try YAMLDecoder().decode(PostgresStore.Config.self, from: "url: {env: TEST_DB}\npool_size: 2")
            let store = try await PostgresStore.factory.make(config, context: Self.context(["TEST_DB": url]))
            let abilities = StoreAbilities(of: store)
            #expect(abilities.claims != nil && abilities.reservations != nil && abilities.workspaces != nil)
            #expect(abilities.migrations?.migratesOnStart == true)
            let postgres = try #require(store as? PostgresStore)
            #expect(postgres.migratesOnStart)
            let services = Pipeline.services(of: [store])
            #expect(services.count == 1)
            let applied = try await Pipeline.run(services, logger: Logger(label: "scout.tests.postgres")) {
                try await postgres.migrate()
            }
            #expect(applied == PostgresMigrationTests.all, "the factory migrated already")
        }
    }
}
