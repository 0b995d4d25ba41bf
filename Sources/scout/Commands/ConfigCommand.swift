import ArgumentParser
import Foundation
import ScoutCore
import ScoutPlugins

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Work with plugins.yaml.", subcommands: [Validate.self])

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate", abstract: "Check a plugins.yaml and report every problem at once (exit 2 on errors).")

        @OptionGroup var options: ConfigOptions

        @Argument(help: "The file to check (default: --config, ./plugins.yaml, or the embedded default).")
        var file: String?

        func run() async throws {
            var options = self.options
            if let file { options.config = file }
            let (config, _) = try options.load()
            let stages = [config.jdParser, config.webSearch] + config.discovery
                + [config.batching, config.people, config.store, config.evaluator]
            print("\(options.source().name): OK")
            for stage in stages { print("  \(stage.path): \(stage.type)" + (stage.id == stage.type ? "" : " (id \(stage.id))")) }
            if !config.batchingEnabled { print("  batching is off: one search over all companies") }
        }
    }
}
