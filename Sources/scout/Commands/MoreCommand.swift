import ArgumentParser
import Foundation
import ScoutCore

struct MoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "more", abstract: "Load more candidates into a session (the next batches).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Session id, as printed by `scout search`.")
    var session: String

    @Option(name: .long, parsing: .unconditional, help: "How many new candidates: 20, 40 or 100.")
    var count: Int = CandidateCount.loadMoreDefault

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    @Flag(name: .long, help: "Do not show progress on stderr.")
    var quiet = false

    func validate() throws {
        if let problem = CandidateCount.loadMoreProblem(count, name: "--count") { throw ValidationError(problem) }
    }

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let orchestrator = scope.orchestrator
            let progress = ProgressView(enabled: !quiet && !json)
            progress.start(target: count)
            let result = try await scope.explaining(session) {
                try await orchestrator.loadMore(
                    sessionID: try scope.sessionID(session), count: count, workspace: scope.workspace,
                    events: progress.handler)
            }
            progress.finish()
            let rate = orchestrator.pipeline.pricing.usdPerCredit
            if json {
                try JSONOutput.print(JSONOutput.load(result, orchestrator: orchestrator, includeCompanies: false))
            } else {
                if result.newCandidates.isEmpty, result.session.isExhausted, result.failure == nil {
                    print("No more candidates: every batch of this session has been searched.")
                }
                ResultPrinter.loadResult(result, usdPerCredit: rate, showCompanies: false, workspaceFlag: scope.flag)
            }
            if let failure = result.failure {
                let retry =
                    failure.code == .evaluatorFailed
                    ? "fix the evaluator, then run `scout more \(session)\(scope.flag)` again: it rescores the FAILED first"
                    : "run `scout more \(session)\(scope.flag)` again to retry the batch"
                Terminal.error("error: \(failure.message) (\(retry))")
                throw ExitStatus.failure.exit
            }
        }
    }
}
