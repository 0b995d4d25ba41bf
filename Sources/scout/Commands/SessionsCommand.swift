import ArgumentParser
import Foundation
import ScoutCore

struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List the workspace's active sessions, last accessed first.")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .long, parsing: .unconditional, help: "Most sessions to list (1–1000).")
    var limit: Int = 50

    @Flag(name: .long, help: "Print as JSON.")
    var json = false

    func validate() throws {
        if !(1...1000).contains(limit) { throw ValidationError("--limit must be between 1 and 1000, got \(limit)") }
    }

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let summaries = try await scope.orchestrator.sessions(workspace: scope.workspace, limit: limit)
            let rate = scope.orchestrator.pipeline.pricing.usdPerCredit
            let rows = summaries.map { ScoutPayloads.SessionSummary($0, usdPerCredit: rate) }
            if json {
                return try JSONOutput.print(ScoutPayloads.SessionList(workspace: scope.workspace, sessions: rows))
            }
            guard !rows.isEmpty else { return print("No active sessions in workspace '\(scope.workspace)'.") }
            print(
                Terminal.cell("session", 26) + Terminal.cell("last accessed", 22) + Terminal.cell("cands", 7)
                    + Terminal.cell("batches done", 14) + Terminal.cell("credits", 9) + "query")
            for (row, summary) in zip(rows, summaries) {
                print(
                    Terminal.cell(row.sessionId, 26) + Terminal.cell(Terminal.date(row.lastAccessed), 22)
                        + Terminal.cell("\(row.totalDiscovered)", 7)
                        + Terminal.cell("\(BatchCounter(summary.session).done) of \(row.totalBatches)", 14)
                        + Terminal.cell("\(row.credits.used)", 9) + row.querySummary)
            }
        }
    }
}
