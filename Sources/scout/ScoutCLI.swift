import ArgumentParser
import Foundation
import ScoutCore

/// Runs a command line and maps every outcome to Scout's exit codes: 0 done, 2 bad input (one-line reason),
/// 1 internal or vendor error.
enum ScoutCLI {
    static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try ScoutCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let error as ConfigError {
            Terminal.error(error.description)
            return 2
        } catch let error as ScoutError {
            Terminal.error("error: \(error.message)")
            return error.isUserError ? 2 : 1
        } catch let error as ExitCode {
            return error.rawValue
        } catch {
            let code = ScoutCommand.exitCode(for: error)
            let message = ScoutCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return 0
            }
            if code == .validationFailure || code.rawValue == 64 {
                Terminal.error(message)
                return 2
            }
            Terminal.error("error: \(message.isEmpty ? "\(error)" : message)")
            return 1
        }
    }
}

struct ScoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scout",
        abstract: "Scout finds and ranks candidates for a job description.",
        discussion: "Runs offline on the embedded default (sample world, SQLite, heuristic evaluator) unless --config says otherwise.",
        subcommands: [
            SearchCommand.self, ParseCommand.self, MoreCommand.self, SessionsCommand.self, ShowCommand.self, ExportCommand.self,
            ClearCommand.self, ABCommand.self, PluginsCommand.self, ConfigCommand.self, ServeCommand.self, SandboxCommand.self, DBCommand.self,
        ])
}
