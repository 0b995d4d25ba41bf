import ArgumentParser
import Foundation
import ScoutCore

struct ExportCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a session's ranked candidates as CSV or JSON.")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Session id.")
    var session: String

    @Option(name: .long, help: "csv or json.")
    var format: Format = .csv

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let report = try await scope.report(session)
            let text: String
            switch format {
            case .json: text = try JSONOutput.text(ScoutPayloads.Report(report))
            case .csv: text = report.csv()
            }
            guard let output else { return print(text, terminator: "") }
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map {
                    String(cString: strerror(Int32($0.code)))
                }
                throw ScoutError.badInput("cannot write '\(output)': \(reason ?? error.localizedDescription)")
            }
            Terminal.note("Wrote \(Plural.count(report.ranked.count, "candidate")) to \(output)")
        }
    }
}
