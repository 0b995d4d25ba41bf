import ArgumentParser
import Foundation
import ScoutCore

struct ClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract:
            "Clear (soft-delete) a session, or every session of the workspace with --all; `scout restore` undoes it.",
        discussion:
            "--all asks for confirmation on a terminal; --yes skips it, and is required when standard input is not a terminal."
    )

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Session id.")
    var session: String?

    @Flag(name: .long, help: "Clear every active session of the workspace.")
    var all = false

    @Flag(name: [.short, .long], help: "Do not ask before clearing every session.")
    var yes = false

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        if all == (session != nil) { throw ValidationError("give a session id or --all (not both)") }
    }

    func run() async throws {
        try await workspace.withScope(options) { scope in
            var cleared: [String] = []
            if let session {
                try await scope.explaining(session) {
                    try await scope.orchestrator.clear(
                        sessionID: try scope.sessionID(session), workspace: scope.workspace)
                }
                cleared = [session]
            } else {
                let active = try await scope.orchestrator.pipeline.store.sessions(
                    workspace: scope.workspace, limit: Int(Int32.max), offset: 0)
                if !active.isEmpty {
                    try confirm(count: active.count, workspace: scope.workspace)
                    _ = try await scope.orchestrator.clearAll(workspace: scope.workspace)
                }
                cleared = active.map(\.id)
            }
            if json {
                return try JSONOutput.print(
                    ScoutPayloads.SessionChange(
                        workspace: scope.workspace, action: "cleared", sessionIds: cleared, count: cleared.count))
            }
            if let session {
                print("Cleared session \(session) (`scout restore \(session)\(scope.flag)` brings it back).")
            } else if cleared.isEmpty {
                print("No active sessions in workspace '\(scope.workspace)'.")
            } else {
                print(
                    "Cleared \(Plural.count(cleared.count, "session")) of workspace '\(scope.workspace)': "
                        + cleared.joined(separator: ", "))
            }
        }
    }

    /// Asks on a terminal; without one, `--yes` is required (exit 2).
    private func confirm(count: Int, workspace: String) throws {
        guard !yes else { return }
        let what = "\(Plural.count(count, "session")) of workspace '\(workspace)'"
        guard isatty(STDIN_FILENO) == 1 else {
            throw ScoutError.badInput(
                "`clear --all` would clear \(what); add --yes to confirm (standard input is not a terminal)")
        }
        FileHandle.standardError.write(Data("Clear \(what)? [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            Terminal.note("Nothing cleared.")
            throw ExitStatus.done.exit
        }
    }
}
