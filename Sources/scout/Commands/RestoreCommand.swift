import ArgumentParser
import Foundation
import ScoutCore

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a cleared session, with its candidates, cursor and spend.")

    @OptionGroup var options: ConfigOptions
    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Session id, as printed by `scout clear`.")
    var session: String

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        try await workspace.withScope(options) { scope in
            let access = try scope.orchestrator.pipeline.abilities.workspaceAccess()
            guard try await access.restoreSession(id: session, workspace: scope.workspace) else {
                throw try await notRestorable(access, scope: scope)
            }
            if json {
                return try JSONOutput.print(
                    ScoutPayloads.SessionChange(
                        workspace: scope.workspace, action: "restored", sessionIds: [session], count: 1))
            }
            print("Restored session \(session) (`scout show \(session)\(scope.flag)`).")
        }
    }

    private func notRestorable(_ access: any SessionWorkspaces, scope: SessionScope) async throws -> ScoutError {
        switch try await access.sessionPlace(id: session) {
        case let place? where place.workspace != scope.workspace:
            return ScoutError(
                .sessionNotFound,
                "session '\(session)' is in workspace '\(place.workspace)', not '\(scope.workspace)' "
                    + "(add --workspace \(place.workspace))")
        case .some:
            return ScoutError.badInput("session '\(session)' is active; there is nothing to restore")
        case nil:
            return ScoutError(
                .sessionNotFound, "no session '\(session)' in workspace '\(scope.workspace)', active or cleared")
        }
    }
}
