import ArgumentParser
import Foundation
import ScoutCore

struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List active sessions, last accessed first.")

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Most sessions to list.")
    var limit: Int = 50

    @Flag(name: .long, help: "Print as JSON.")
    var json = false

    func run() async throws {
        let orchestrator = try await options.orchestrator()
        let summaries = try await orchestrator.sessions(limit: max(1, limit))
        let rate = orchestrator.pipeline.pricing.usdPerCredit
        let rows = summaries.map { ScoutPayloads.SessionSummary($0, usdPerCredit: rate) }
        if json { return try JSONOutput.print(["sessions": rows]) }
        guard !rows.isEmpty else { return print("No active sessions.") }
        let formatter = ISO8601DateFormatter()
        print(Terminal.cell("session", 26) + Terminal.cell("last accessed", 22) + Terminal.cell("cands", 7)
              + Terminal.cell("batches", 9) + Terminal.cell("credits", 9) + "query")
        for row in rows {
            print(Terminal.cell(row.sessionId, 26) + Terminal.cell(formatter.string(from: row.lastAccessed), 22)
                  + Terminal.cell("\(row.totalDiscovered)", 7) + Terminal.cell("\(row.batchIndex)/\(row.totalBatches)", 9)
                  + Terminal.cell("\(row.credits.used)", 9) + row.querySummary)
        }
    }
}
