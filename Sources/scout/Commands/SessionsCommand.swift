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

    struct Row: Encodable {
        var sessionId: String
        var querySummary: String
        var createdAt: Date
        var lastAccessed: Date
        var candidates: Int
        var batchIndex: Int
        var totalBatches: Int
        var creditsUsed: Int
        var creditsSaved: Int
    }

    func run() async throws {
        let orchestrator = try await options.orchestrator()
        let summaries = try await orchestrator.sessions(limit: max(1, limit))
        let rows = summaries.map {
            Row(sessionId: $0.session.id, querySummary: $0.session.requirements.summary, createdAt: $0.session.createdAt,
                lastAccessed: $0.session.lastAccessed, candidates: $0.candidates, batchIndex: $0.session.cursor.batchIndex,
                totalBatches: $0.session.batches.count, creditsUsed: $0.ledger.creditsUsed, creditsSaved: $0.ledger.creditsSaved)
        }
        if json { return try JSONOutput.print(["sessions": rows]) }
        guard !rows.isEmpty else { return print("No active sessions.") }
        let formatter = ISO8601DateFormatter()
        print(Terminal.cell("session", 26) + Terminal.cell("last accessed", 22) + Terminal.cell("cands", 7)
              + Terminal.cell("batches", 9) + Terminal.cell("credits", 9) + "query")
        for row in rows {
            print(Terminal.cell(row.sessionId, 26) + Terminal.cell(formatter.string(from: row.lastAccessed), 22)
                  + Terminal.cell("\(row.candidates)", 7) + Terminal.cell("\(row.batchIndex)/\(row.totalBatches)", 9)
                  + Terminal.cell("\(row.creditsUsed)", 9) + row.querySummary)
        }
    }
}
