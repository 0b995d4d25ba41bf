import ArgumentParser
import Foundation
import ScoutCore
import ScoutPlugins

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Work with plugins.yaml.", subcommands: [Validate.self])

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a plugins.yaml and report every problem at once (exit 2 on errors).",
            discussion: """
                Checks keys, types, ranges and references, and that the environment variables the configured secrets \
                name are set (--skip-environment leaves that out, e.g. in CI without the keys).
                """)

        @OptionGroup var options: ConfigOptions

        @Argument(help: "The file to check (default: --config, ./plugins.yaml, or the embedded default).")
        var file: String?

        @Flag(
            name: .customLong("skip-environment"), help: "Do not check that the secrets' environment variables are set."
        )
        var skipEnvironment = false

        @Flag(name: .long, help: "Print the result as JSON.")
        var json = false

        func run() async throws {
            var options = self.options
            if let file { options.config = file }
            let (config, _) = try options.load()
            let (yaml, name) = try options.text()
            if !skipEnvironment {
                let issues = config.environmentIssues(
                    yaml: yaml, file: name, environment: ProcessInfo.processInfo.environment)
                if !issues.isEmpty { throw ConfigError(issues: issues) }
            }
            let variables = config.secretReferences.map(\.reference.env)
            if json {
                return try JSONOutput.print(
                    ScoutPayloads.ConfigSummary(file: name, config: config, environment: variables))
            }
            print("\(name): OK")
            for stage in config.stages {
                print("  \(stage.path): \(stage.type)" + (stage.id == stage.type ? "" : " (id \(stage.id))"))
            }
            if !config.batchingEnabled { print("  batching is off: one search over all companies") }
            if !variables.isEmpty {
                print(
                    "  environment: " + variables.joined(separator: ", ")
                        + (skipEnvironment ? " (not checked)" : " (set)"))
            }
        }
    }
}
