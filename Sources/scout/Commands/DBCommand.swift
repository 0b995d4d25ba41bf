import ArgumentParser
import Foundation
import Logging
import ScoutCore
import ScoutPlugins

/// `scout db` — schema maintenance for a store whose migrations the host runs (the Postgres store).
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
            help:
                "Migrate the database whose postgres:// URL is in this environment variable instead of the configured store."
        )
        var urlEnv: String?

        @Option(
            help:
                "TLS: disable | prefer | require | verify_ca | verify_full (default: the config, the URL's sslmode, else require)."
        )
        var tls: String?

        @Flag(name: .long, help: "Print the result as JSON.")
        var json = false

        /// `--json`: the migrations this run applied and the schema's version after it.
        struct Result: Encodable {
            var applied: [String]
            var current: String
        }

        func run() async throws {
            let (spec, registry, name) = try storeSpec()
            let logger = Logger(label: "scout.db")
            // Built through the registry like every other command's store; the store's pool runs as a service.
            let store = try await Pipeline.makeStore(spec, registry: registry, runtime: RuntimeContext(logger: logger))
            guard let migrations = store as? any StoreMigrations else {
                throw ScoutError.badInput(
                    "`scout db migrate` needs the postgres store, but \(name) configures '\(spec.type)' "
                        + "(it migrates itself when opened); give --url-env NAME to migrate a Postgres database directly"
                )
            }
            let result = try await Pipeline.run(Pipeline.services(of: [store]), logger: logger) {
                let applied = try await migrations.migrate()
                return Result(applied: applied, current: try await migrations.appliedMigrations().last ?? "none")
            }
            if json { return try JSONOutput.print(result) }
            if result.applied.isEmpty {
                print("Schema is up to date (\(result.current)).")
            } else {
                for name in result.applied { print("Applied \(name).") }
                print("Schema is at \(result.current).")
            }
        }

        /// The store to migrate: a `postgres` store on `--url-env`, else the configured one; `--tls` overrides its
        /// TLS mode, and one connection is enough.
        private func storeSpec() throws -> (StageSpec, PluginRegistry, String) {
            var overrides: [ConfigOverride] = []
            if let tls {
                overrides.append(
                    ConfigOverride(steps: [.key("store"), .key("tls")], value: tls, source: "--tls \(tls)"))
            }
            if let urlEnv {
                let registry = try BuiltinPlugins.registry()
                overrides.append(
                    ConfigOverride(steps: [.key("store"), .key("pool_size")], value: "1", source: "--url-env"))
                let yaml = "store: {type: postgres, url: {env: \(Self.quoted(urlEnv))}}\n"
                let config = try ConfigLoader(registry: registry).load(
                    yaml: yaml, file: "--url-env", overrides: overrides)
                return (config.store, registry, "--url-env")
            }
            let (config, registry) = try options.load(overrides: overrides)
            return (config.store, registry, options.source().name)
        }

        /// `text` as a double-quoted YAML scalar.
        static func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}
