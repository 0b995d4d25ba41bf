import ArgumentParser
import Foundation
import ScoutCore

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show the requirements Scout reads from a JD, as a structured JD you can edit and search with.",
        discussion: """
            Nothing is searched and no credit is spent. The output is YAML in the structured-JD form: save it, correct \
            it, and run `scout search --jd FILE` on it. The places the JD accepts are listed as comments.
            """)

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "JD file (markdown, text, YAML or JSON); '-' reads standard input.")
    var jd: String?

    @Argument(help: "JD text, when not given by --jd (a single argument naming a file reads that file).")
    var text: [String] = []

    @Flag(name: .long, help: "Print the requirements as JSON.")
    var json = false

    func validate() throws {
        if jd != nil, !text.isEmpty { throw ValidationError("give the JD either with --jd or as text, not both") }
    }

    func run() async throws {
        try await Self.show(try JDInput.read(file: jd, text: text), options: options, json: json)
    }

    /// Parses a JD with the configured parser and prints the requirements (YAML, or JSON).
    static func show(_ text: String, options: ConfigOptions, json: Bool) async throws {
        let jdText = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !jdText.isEmpty else { throw ScoutError.badInput("the job description is empty") }
        try await options.withOrchestrator { orchestrator in
            let requirements = try await orchestrator.pipeline.jdParser.parse(jdText)
            if json {
                try JSONOutput.print(requirements)
                return
            }
            print(try requirements.structuredYAML(), terminator: "")
            let places = PlaceSet.parse(requirements.location ?? "")
            if requirements.location != nil {
                print(
                    places.isEmpty
                        ? "# places: anyone (no place constraint read from the location)"
                        : "# places accepted: "
                            + (places.cities.sorted() + places.countries.sorted()).joined(separator: ", "))
            }
        }
    }
}
