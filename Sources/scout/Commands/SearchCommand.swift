import ArgumentParser
import Foundation
import ScoutCore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search candidates for a job description and start a session.",
        discussion: "The JD comes from --jd FILE, from the text argument, or from standard input (--jd -).")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .long, help: "JD file (markdown, text, YAML or JSON); '-' reads standard input.")
    var jd: String?

    @Argument(help: "JD text, when not given by --jd (a single argument naming a file reads that file).")
    var text: [String] = []

    @Option(
        name: .long, parsing: .unconditional,
        help: "Candidates to load now, 1–500 (default: session.initial_count, 20).")
    var count: Int?

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    @Flag(name: .long, help: "Do not show progress on stderr.")
    var quiet = false

    @Flag(
        name: .long,
        help:
            "Ask the vendors again instead of reusing cached answers (web searches, the JD parse, preview pages, evaluations)."
    )
    var refresh = false

    @Flag(
        name: .customLong("dry-run"),
        help: "Print the requirements as read (as `scout parse` does) and stop: no search, no credits.")
    var dryRun = false

    func validate() throws {
        if let count, let problem = CandidateCount.problem(count, name: "--count") { throw ValidationError(problem) }
        if jd != nil, !text.isEmpty { throw ValidationError("give the JD either with --jd or as text, not both") }
    }

    func run() async throws {
        let jdText = try JDInput.read(file: jd, text: text)
        if dryRun {
            do { try await ParseCommand.show(jdText, options: options, json: json) } catch let error as ScoutError {
                throw JDInput.explain(error, jd: jdText, parserType: try options.load(quiet: true).0.jdParser.type)
            }
            return
        }
        try await workspace.withScope(options) { scope in
            let orchestrator = scope.orchestrator
            let progress = ProgressView(enabled: !quiet && !json)
            progress.start(target: count ?? orchestrator.pipeline.session.initialCount)
            progress.parsing(jdText, parser: scope.config.jdParser.type)
            let result: LoadResult
            do {
                result = try await orchestrator.search(
                    jd: jdText, count: count, workspace: scope.workspace, refresh: refresh, events: progress.handler)
            } catch let error as ScoutError where !progress.sawRequirements {
                throw JDInput.explain(error, jd: jdText, parserType: scope.config.jdParser.type)
            }
            progress.finish()
            let rate = orchestrator.pipeline.pricing.usdPerCredit
            if json {
                try JSONOutput.print(JSONOutput.load(result, orchestrator: orchestrator, includeCompanies: true))
            } else {
                ResultPrinter.loadResult(result, usdPerCredit: rate, showCompanies: true, workspaceFlag: scope.flag)
            }
            if let failure = result.failure {
                let retry =
                    failure.code == .evaluatorFailed
                    ? "fix the evaluator, then `scout rescore \(result.session.id)\(scope.flag)`"
                    : "`scout more \(result.session.id)\(scope.flag)` retries the batch"
                Terminal.error("error: \(failure.message) (the session is kept; \(retry))")
                throw ExitStatus.failure.exit
            }
        }
    }
}
