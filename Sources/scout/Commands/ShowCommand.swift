import ArgumentParser
import Foundation
import ScoutCore

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a session: its companies, batches, ranked shortlist and spend.")

    @OptionGroup var options: ConfigOptions

    @Argument(help: "Session id.")
    var session: String

    @Option(name: .long, help: "Rows of the shortlist to show.")
    var limit: Int = 50

    @Flag(name: .long, help: "Print as JSON.")
    var json = false

    func run() async throws {
        let orchestrator = try await options.orchestrator()
        let report = try await orchestrator.report(sessionID: session)
        if json { return try JSONOutput.print(ScoutPayloads.Report(report)) }
        let s = report.session
        print("Session \(s.id) · \(s.requirements.summary)")
        print("Created \(ISO8601DateFormatter().string(from: s.createdAt)), \(report.ranked.count) candidates"
              + (report.unavailable.isEmpty ? "" : ", \(report.unavailable.count) unavailable at the vendor"))
        print("")
        ResultPrinter.companies(s)
        print("")
        ResultPrinter.batches(s)
        print("")
        print("Shortlist, best first:")
        ResultPrinter.table(report.ranked, limit: max(1, limit))
        if report.ranked.count > limit { print("… \(report.ranked.count - limit) more (--limit)") }
        print("")
        ResultPrinter.credits(report.ledger, usdPerCredit: report.usdPerCredit, label: "Session total")
    }
}
