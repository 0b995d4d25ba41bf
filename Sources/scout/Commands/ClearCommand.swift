import ArgumentParser
import Foundation
import ScoutCore

struct ClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Clear (soft-delete) a session, or every session with --all.")

    @OptionGroup var options: ConfigOptions

    @Argument(help: "Session id.")
    var session: String?

    @Flag(name: .long, help: "Clear every active session of the workspace.")
    var all = false

    func validate() throws {
        if all == (session != nil) { throw ValidationError("give a session id or --all (not both)") }
    }

    func run() async throws {
        let orchestrator = try await options.orchestrator()
        if all {
            let count = try await orchestrator.clearAll()
            print("Cleared \(count) session\(count == 1 ? "" : "s").")
        } else if let session {
            try await orchestrator.clear(sessionID: session)
            print("Cleared session \(session).")
        }
    }
}
