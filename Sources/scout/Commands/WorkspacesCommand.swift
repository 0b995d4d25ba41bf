import ArgumentParser
import Foundation
import ScoutCore

struct WorkspacesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspaces",
        abstract: "List the store's workspaces with their active and cleared sessions.",
        discussion: "Sessions created over HTTP are in their API key's workspace; `--workspace NAME` shows them.")

    @OptionGroup var options: ConfigOptions

    @Flag(name: .long, help: "Print as JSON.")
    var json = false

    func run() async throws {
        try await options.withPipeline { config, orchestrator in
            let workspaces = try await orchestrator.pipeline.abilities.workspaceAccess().workspaces()
            if json { return try JSONOutput.print(ScoutPayloads.WorkspaceList(workspaces)) }
            guard !workspaces.isEmpty else { return print("No sessions in any workspace.") }
            let current = WorkspaceOptions.resolve(flag: nil, default: config.session.workspace)
            print(Terminal.cell("workspace", 24) + Terminal.cell("active", 8) + "cleared")
            for row in workspaces {
                let name = row.name + (row.name == current ? " *" : "")
                print(Terminal.cell(name, 24) + Terminal.cell("\(row.activeSessions)", 8) + "\(row.clearedSessions)")
            }
            print(
                "* the workspace commands use now (--workspace, $\(WorkspaceOptions.environmentVariable), session.workspace)"
            )
        }
    }
}
