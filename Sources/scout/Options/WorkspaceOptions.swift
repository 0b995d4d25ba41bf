import ArgumentParser
import Foundation
import ScoutCore

/// `--workspace NAME`, on every command that touches sessions. The workspace is, in order: `--workspace`, the
/// `SCOUT_WORKSPACE` environment variable, `session.workspace` in plugins.yaml, `default`. The HTTP service puts a
/// session in its API key's workspace, so `--workspace` with that name shows sessions created over HTTP.
struct WorkspaceOptions: ParsableArguments {
    static let environmentVariable = "SCOUT_WORKSPACE"

    @Option(
        name: .long, help: "Workspace of the sessions (default: $SCOUT_WORKSPACE, else session.workspace, 'default').")
    var workspace: String?

    func validate() throws {
        if let workspace, workspace.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--workspace must not be empty")
        }
    }

    /// Runs `body` with the configured pipeline (its services running) and the workspace this command works in.
    func withScope<T>(_ options: ConfigOptions, _ body: (SessionScope) async throws -> T) async throws -> T {
        try await options.withPipeline { config, orchestrator in
            try await body(
                SessionScope(
                    config: config, orchestrator: orchestrator,
                    workspace: Self.resolve(flag: workspace, default: config.session.workspace)))
        }
    }

    /// `--workspace`, else `SCOUT_WORKSPACE`, else the configured workspace.
    static func resolve(
        flag: String?, default configured: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let flag { return flag }
        if let name = environment[environmentVariable], !name.trimmingCharacters(in: .whitespaces).isEmpty {
            return name
        }
        return configured
    }
}
