import ArgumentParser
import Foundation
import ScoutCore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search candidates for a job description and start a session.",
        discussion: "The JD comes from --jd FILE, from the text argument, or from standard input (--jd -).")

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "JD file (markdown, text, YAML or JSON); '-' reads standard input.")
    var jd: String?

    @Argument(help: "JD text, when not given by --jd.")
    var text: [String] = []

    @Option(name: .long, help: "Candidates to load now (default: session.initial_count, 20).")
    var count: Int?

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    @Flag(name: .long, help: "Do not show progress on stderr.")
    var quiet = false

    @Flag(name: .customLong("dry-run"), help: "Print the requirements as read (as `scout parse` does) and stop: no search, no credits.")
    var dryRun = false

    func validate() throws {
        if let count, !(1...500).contains(count) { throw ValidationError("--count must be between 1 and 500, got \(count)") }
        if jd != nil, !text.isEmpty { throw ValidationError("give the JD either with --jd or as text, not both") }
    }

    func run() async throws {
        let jdText = try JDInput.read(file: jd, text: text)
        if dryRun {
            try await ParseCommand.show(jdText, options: options, json: json)
            return
        }
        let orchestrator = try await options.orchestrator()
        let progress = ProgressView(enabled: !quiet && !json)
        progress.start(target: count ?? orchestrator.pipeline.session.initialCount)
        let result = try await orchestrator.search(jd: jdText, count: count, events: progress.handler)
        progress.finish()
        let rate = orchestrator.pipeline.pricing.usdPerCredit
        if json {
            try JSONOutput.print(JSONOutput.load(result, orchestrator: orchestrator, includeCompanies: true))
        } else {
            ResultPrinter.loadResult(result, usdPerCredit: rate, showCompanies: true)
        }
        if let failure = result.failure {
            Terminal.error("error: \(failure.message) (the session is kept; `scout more \(result.session.id)` retries the batch)")
            throw ExitCode(1)
        }
    }
}

/// Reads the JD from a file, standard input or the arguments.
enum JDInput {
    static func read(file: String?, text: [String]) throws -> String {
        if let file {
            if file == "-" { return readStandardInput() }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ScoutError.badInput("cannot read JD file '\(file)'")
            }
            return String(decoding: data, as: UTF8.self)
        }
        if !text.isEmpty { return text.joined(separator: " ") }
        if isatty(STDIN_FILENO) == 0 { return readStandardInput() }
        throw ScoutError.badInput("no job description: use --jd FILE, pass the text, or pipe it on standard input")
    }

    static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
