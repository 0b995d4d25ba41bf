import ArgumentParser
import Foundation
import ScoutCore

struct EraseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract:
            "Erase a person from every cache, session, shortlist and export of the workspace (or --everywhere), and keep them from being collected again.",
        discussion: """
            The person is found by --employee ID, by --name (every person of that name in the workspace's sessions \
            and the profile cache), or both. An audit record without personal data (a salted hash, the counts, who, \
            when) is kept. --allow lifts the suppression instead, so the person may be collected again. On a \
            terminal it asks first; --yes skips that, and is required when standard input is not a terminal.
            """)

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("employee"), help: "The person's employee id.")
    var employeeID: Int?

    @Option(name: .long, help: "The person's full name (case and spacing do not matter).")
    var name: String?

    @Flag(name: .long, help: "Erase from every workspace, not only this one.")
    var everywhere = false

    @Flag(name: .long, help: "Lift the suppression instead: the person may be collected again.")
    var allow = false

    @Flag(name: [.short, .long], help: "Do not ask before erasing.")
    var yes = false

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        let request = ErasureRequest(employeeID: employeeID, name: name, workspace: nil, actor: "cli")
        if let problem = request.problem { throw ValidationError("--employee or --name: \(problem)") }
        if everywhere, workspace.workspace != nil {
            throw ValidationError("give --workspace or --everywhere, not both")
        }
    }

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let erasure = try scope.orchestrator.pipeline.abilities.erasureAccess()
            let eraser = PersonEraser(erasure: erasure, clock: scope.orchestrator.clock)
            let request = ErasureRequest(
                employeeID: employeeID, name: name, workspace: everywhere ? nil : scope.workspace, actor: "cli")
            let place = everywhere ? "every workspace" : "workspace '\(scope.workspace)'"
            if !allow { try confirm(place) }
            let outcome = try await (allow ? eraser.allow(request) : eraser.erase(request))
            if json { return try JSONOutput.print(ScoutPayloads.Erasure(outcome)) }
            if allow {
                print(
                    "Allowed again in \(place): \(Plural.count(outcome.suppressions, "suppression")) lifted "
                        + "(audit \(outcome.audit.id)).")
                return
            }
            let c = outcome.counts
            print(
                "Erased \(Plural.count(outcome.employeeIDs.count, "person", "people")) from \(place): "
                    + "\(Plural.count(c.candidates, "candidate")), \(Plural.count(c.shortlists, "shortlist entry", "shortlist entries")), "
                    + "\(Plural.count(c.profiles, "cached profile")), \(Plural.count(c.answers, "cached answer")), "
                    + "\(Plural.count(c.idempotentAnswers, "idempotent answer")), "
                    + "\(Plural.count(c.ledgerEntries, "ledger subject")); not collected again unless allowed "
                    + "(audit \(outcome.audit.id)).")
        }
    }

    /// Asks on a terminal; without one, `--yes` is required (exit 2).
    private func confirm(_ place: String) throws {
        guard !yes else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ScoutError.badInput(
                "`erase` removes the person from \(place) for good; add --yes to confirm (standard input is not a terminal)"
            )
        }
        FileHandle.standardError.write(Data("Erase the person from \(place)? This cannot be undone. [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            Terminal.note("Nothing erased.")
            throw ExitStatus.done.exit
        }
    }
}
