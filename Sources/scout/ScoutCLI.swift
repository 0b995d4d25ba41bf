import ArgumentParser
import Foundation
import ScoutCore

/// Runs a command line and maps every outcome to one of Scout's exit codes (``ExitStatus``), printing each error as
/// one line on stderr (a config error as one line per issue).
enum ScoutCLI {
    static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try ScoutCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitStatus.done.rawValue
        } catch let error as ConfigError {
            Terminal.error(error.description)
            return ExitStatus.badInput.rawValue
        } catch let error as ScoutError {
            Terminal.error("error: \(error.message)")
            return ExitStatus(error).rawValue
        } catch let error as ExitCode {
            return error.rawValue
        } catch {
            return report(error)
        }
    }

    /// Help and version go to stdout with status 0; argument errors become one line with the command's help hint.
    private static func report(_ error: any Error) -> Int32 {
        let code = ScoutCommand.exitCode(for: error)
        let message = ScoutCommand.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return ExitStatus.done.rawValue
        }
        guard code == .validationFailure || code.rawValue == 64 else {
            Terminal.error("error: \(message.isEmpty ? "\(error)" : oneLine(message))")
            return ExitStatus.failure.rawValue
        }
        Terminal.error(usageLine(message))
        return ExitStatus.badInput.rawValue
    }

    /// `Error: Missing value for '--count <count>'` + usage lines → `error: missing value for '--count <count>'
    /// (see `scout more --help`)`.
    static func usageLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var first = lines.first ?? "invalid arguments"
        if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
        if let initial = first.first { first = initial.lowercased() + first.dropFirst() }
        let help =
            lines.first { $0.hasPrefix("See '") }
            .flatMap { $0.split(separator: "'").dropFirst().first }
            .map { " (see `\($0)`)" } ?? ""
        return "error: \(first)\(help)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

struct ScoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scout",
        abstract: "Scout finds and ranks candidates for a job description.",
        discussion: """
            Runs offline on the embedded default (sample world, SQLite, heuristic evaluator) unless --config says otherwise. \
            Exit codes: 0 done, 1 vendor, store or internal failure, 2 bad input or configuration.
            """,
        subcommands: [
            SearchCommand.self, ParseCommand.self, MoreCommand.self, RescoreCommand.self, SessionsCommand.self,
            ShowCommand.self,
            ExportCommand.self,
            ClearCommand.self, RestoreCommand.self, EraseCommand.self, WorkspacesCommand.self, ABCommand.self,
            PluginsCommand.self,
            ConfigCommand.self, ServeCommand.self, SandboxCommand.self, DBCommand.self,
        ])
}
