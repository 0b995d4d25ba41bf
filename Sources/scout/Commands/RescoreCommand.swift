import ArgumentParser
import Foundation
import ScoutCore

struct RescoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore",
        abstract: "Score a session's FAILED candidates again from the cached profiles (no profile credits).",
        discussion:
            "For a session whose evaluations failed (a bad LLM key, a wrong base_url, unusable replies): fix the evaluator, then rescore. `scout more` rescores them first too."
    )

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Session id, as printed by `scout search`.")
    var session: String

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let result = try await scope.explaining(session) {
                try await scope.orchestrator.rescore(
                    sessionID: try scope.sessionID(session), workspace: scope.workspace)
            }
            if json {
                try JSONOutput.print(ScoutPayloads.Rescore(result))
            } else {
                var line = "Rescored \(Plural.count(result.rescored.count, "candidate")) of session \(session)"
                if result.stillFailed > 0 { line += "; \(result.stillFailed) still FAILED" }
                if result.withoutProfile > 0 {
                    line += "; \(result.withoutProfile) without a cached profile (left FAILED)"
                }
                print(line + ". No profile credits were spent.")
            }
            if let failure = result.failure {
                Terminal.error(
                    "error: \(failure.message) (fix it, then `scout rescore \(session)\(scope.flag)` again)")
                throw ExitStatus.failure.exit
            }
        }
    }
}
