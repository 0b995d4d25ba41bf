import ArgumentParser
import Foundation
import ScoutCore

struct ExportCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a session's ranked candidates as CSV or JSON.")

    @OptionGroup var options: ConfigOptions

    @Argument(help: "Session id.")
    var session: String

    @Option(name: .long, help: "csv or json.")
    var format: Format = .csv

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let orchestrator = try await options.orchestrator()
        let report = try await orchestrator.report(sessionID: session)
        let text: String
        switch format {
        case .json:
            text = String(decoding: try ScoutPayloads.encoder(pretty: true).encode(ScoutPayloads.Report(report)), as: UTF8.self) + "\n"
        case .csv:
            text = report.csv()
        }
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw ScoutError.badInput("cannot write '\(output)': \(error.localizedDescription)")
            }
            Terminal.note("Wrote \(report.ranked.count) candidates to \(output)")
        } else {
            print(text, terminator: "")
        }
    }
}
