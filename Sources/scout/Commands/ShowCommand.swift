import ArgumentParser
import Foundation
import ScoutCore

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a session: its companies, batches, ranked shortlist and spend; or one candidate in full.",
        discussion: "--candidate ID shows everything stored about one candidate (ID: the id column of the shortlist).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Session id.")
    var session: String

    @Option(name: .long, help: "One candidate's full profile and evaluation, by employee id.")
    var candidate: Int?

    @Option(name: .long, parsing: .unconditional, help: "Rows of the shortlist to show (0 shows none).")
    var limit: Int = 50

    @Flag(name: .long, help: "Print as JSON.")
    var json = false

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more, got \(limit)") }
    }

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let report = try await scope.report(session)
            if let candidate {
                return try await showCandidate(candidate, report: report, orchestrator: scope.orchestrator)
            }
            if json { return try JSONOutput.print(ScoutPayloads.Report(report)) }
            let s = report.session
            print("Session \(s.id) · \(s.requirements.summary)")
            print(
                "Workspace \(s.workspace), created \(Terminal.date(s.createdAt)), \(Plural.count(report.ranked.count, "candidate"))"
                    + (report.unavailable.isEmpty ? "" : ", \(report.unavailable.count) unavailable at the vendor")
                    + ", \(BatchCounter(s))")
            print("")
            ResultPrinter.companies(s)
            print("")
            ResultPrinter.batches(s)
            print("")
            print("Shortlist, best first:")
            ResultPrinter.table(report.ranked, limit: limit)
            if report.ranked.count > limit { print("… \(report.ranked.count - limit) more (--limit)") }
            print("")
            ResultPrinter.credits(report.ledger, usdPerCredit: report.usdPerCredit, label: "Session total")
        }
    }

    private func showCandidate(_ id: Int, report: SessionReport, orchestrator: Orchestrator) async throws {
        guard let detail = try await orchestrator.candidateDetail(employeeID: id, report: report) else {
            throw ScoutError.badInput(
                "session \(report.session.id) has no candidate \(id) (`scout show \(report.session.id)` lists their ids)"
            )
        }
        if json { return try JSONOutput.print(detail) }
        CandidatePrinter.print(detail)
    }
}
