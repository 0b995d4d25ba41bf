import ArgumentParser
import Foundation
import Logging
import PostgresStore
import ScoutCore

/// `scout db` — database maintenance for the Postgres store.
struct DBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Database maintenance (Postgres store).", subcommands: [Migrate.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Apply pending schema migrations to the Postgres store; running it again is a no-op.")

        @OptionGroup var options: ConfigOptions

        @Option(
            name: .customLong("url-env"),
            help: "Migrate the database whose postgres:// URL is in this environment variable instead of the configured store.")
        var urlEnv: String?

        @Option(help: "TLS: disable | prefer | require | verify_ca | verify_full (default: the config, the URL's sslmode, else require).")
        var tls: String?

        @Flag(name: .long, help: "Print the result as JSON.")
        var json = false

        /// `--json`: the migrations this run applied and the schema's version after it.
        struct Result: Encodable {
            var applied: [String]
            var current: String
        }

        func run() async throws {
            let store = try await open()
            do {
                let applied = try await store.migrate()
                let current = try await store.appliedMigrations().last ?? "none"
                await store.shutdown()
                if json { return try JSONOutput.print(Result(applied: applied, current: current)) }
                if applied.isEmpty {
                    print("Schema is up to date (\(current)).")
                } else {
                    for name in applied { print("Applied \(name).") }
                    print("Schema is at \(current).")
                }
            } catch {
                await store.shutdown()
                throw error
            }
        }

        /// The store named by `--url-env`, else the configured `postgres` store (without migrating on open).
        private func open() async throws -> PostgresStore {
            let logger = Logger(label: "scout.db")
            let secrets = SecretResolver()
            let mode = try tls.map { text in
                guard let mode = PostgresStore.TLSMode(parsing: text) else { throw ValidationError("unknown --tls '\(text)'") }
                return mode
            }
            if let urlEnv {
                let url = try secrets.resolve(SecretReference(env: urlEnv), for: "--url-env")
                return try await PostgresStore.open(
                    try PostgresConnectionString(url.value), tls: mode, poolSize: 1, logger: logger, migrate: false)
            }
            let (config, _) = try options.load()
            guard let store = config.store.config as? PostgresStore.Config else {
                throw ScoutError.badInput(
                    "`scout db migrate` needs the postgres store, but \(options.source().name) configures '\(config.store.type)' "
                        + "(it migrates itself when opened); give --url-env NAME to migrate a Postgres database directly")
            }
            guard let reference = store.url else { throw ScoutError(.config, "\(config.store.path).url: is required") }
            let url = try secrets.resolve(reference, for: "\(config.store.path).url")
            return try await PostgresStore.open(
                try PostgresConnectionString(url.value), tls: mode ?? store.tls,
                caFile: store.caFile, poolSize: 1, logger: logger, migrate: false)
        }
    }
}
