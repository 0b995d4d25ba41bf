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
            text = String(decoding: try JSONOutput.encoder().encode(JSONOutput.Report(report)), as: UTF8.self) + "\n"
        case .csv:
            text = CSVExport.render(report)
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

/// RFC 4180 CSV of a session's shortlist.
enum CSVExport {
    static let header = ["rank", "employee_id", "name", "current_title", "current_company", "location", "overall", "domain_fit",
                         "experience_match", "recommendation", "evaluation_status", "profile_freshness", "batch", "top_reason", "summary"]

    static func render(_ report: SessionReport) -> String {
        var lines = [header.joined(separator: ",")]
        for (index, c) in report.ranked.enumerated() {
            let e = c.evaluation
            let fields: [String] = [
                "\(index + 1)", "\(c.employeeID)", c.preview.name, c.preview.currentTitle ?? "", c.preview.currentCompany ?? "",
                c.preview.location ?? "", e.map { String(format: "%.1f", $0.overall) } ?? "",
                e.map { String(format: "%.1f", $0.domainFit) } ?? "", e.map { String(format: "%.1f", $0.experienceMatch) } ?? "",
                e?.recommendation.rawValue ?? "", e?.status.rawValue ?? "", c.freshness?.rawValue ?? "", "\(c.batchIndex + 1)",
                e?.topReason ?? "", e?.summary ?? "",
            ]
            lines.append(fields.map(escape).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ field: String) -> String {
        // A leading =, +, - or @ would be read as a formula by spreadsheets.
        var value = field
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
