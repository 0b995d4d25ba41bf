import Foundation
import Testing

/// One workspace model: a session created over HTTP is in its key's workspace, and the CLI shows it with
/// `--workspace` or `SCOUT_WORKSPACE`, explains where it is without them, clears and restores it, and asks before
/// clearing everything.
@Suite("workspaces: HTTP sessions seen by the CLI, clear and restore", .serialized)
struct WorkspaceJourneyTests {
    typealias T = ScoutBinaryTests

    @Test("a session created over HTTP is visible to `scout show --workspace W`")
    func httpSessionInItsWorkspace() async throws {
        let dir = try T.scratch()
        let server = try TwoProcessTests.Child(
            ["serve", "--port", "0"], environment: ["SCOUT_API_KEYS": "acme-key-0123456789:acme:search+admin"],
            directory: dir)
        defer { server.stop() }
        let root = try server.address(after: "Scout is serving ")
        let answer = try TwoProcessTests.post(
            root + "/api/jd/domain-search", key: "acme-key-0123456789",
            body:
                ##"{"jd": "# Senior Machine Learning Engineer\nWe want people from companies like Echowave and Vocalith.", "count": 5}"##
        )
        let id = try #require(answer["session_id"] as? String, "\(answer)")

        let elsewhere = try await T.scout(["show", id], in: dir)
        #expect(elsewhere.status == 2)
        #expect(
            elsewhere.stderr
                == "error: no active session '\(id)' in workspace 'default'; it is in workspace 'acme' (add --workspace acme)\n"
        )

        let shown = try await T.scout(["show", id, "--workspace", "acme", "--json"], in: dir)
        #expect(shown.status == 0, "\(shown.stderr)")
        let report = try T.json(shown.stdout)
        #expect(report["session_id"] as? String == id)
        #expect((report["candidates"] as? [Any])?.count == 5)
        #expect(try await T.scout(["show", id], in: dir, environment: ["SCOUT_WORKSPACE": "acme"]).status == 0)

        let workspaces = try await T.json(T.scout(["workspaces", "--json"], in: dir).stdout)
        let rows = try #require(workspaces["workspaces"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["acme"])
        #expect(rows.first?["active_sessions"] as? Int == 1)
    }

    @Test("clear and restore in a workspace; clear --all asks, and refuses without a terminal unless --yes")
    func clearAndRestore() async throws {
        let dir = try T.scratch()
        let search = try await T.scout(
            [
                "search", "--quiet", "--json", "--count", "5", "--workspace", "acme",
                "Senior Machine Learning Engineer. Companies like Echowave.",
            ], in: dir)
        #expect(search.status == 0, "\(search.stderr)")
        let id = try #require(try T.json(search.stdout)["session_id"] as? String)

        let cleared = try await T.scout(["clear", id, "--workspace", "acme"], in: dir)
        #expect(cleared.stdout == "Cleared session \(id) (`scout restore \(id) --workspace acme` brings it back).\n")
        let gone = try await T.scout(["show", id, "--workspace", "acme"], in: dir)
        #expect(gone.status == 2)
        #expect(
            gone.stderr
                == "error: session '\(id)' was cleared (`scout restore \(id) --workspace acme` brings it back)\n")
        let wrongPlace = try await T.scout(["restore", id], in: dir)
        #expect(wrongPlace.status == 2)
        #expect(
            wrongPlace.stderr == "error: session '\(id)' is in workspace 'acme', not 'default' (add --workspace acme)\n"
        )
        let restored = try await T.scout(["restore", id, "--workspace", "acme"], in: dir)
        #expect(restored.stdout == "Restored session \(id) (`scout show \(id) --workspace acme`).\n")
        let again = try await T.scout(["restore", id, "--workspace", "acme"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr == "error: session '\(id)' is active; there is nothing to restore\n")

        let refused = try await T.scout(["clear", "--all", "--workspace", "acme"], in: dir)
        #expect(refused.status == 2)
        #expect(
            refused.stderr == "error: `clear --all` would clear 1 session of workspace 'acme'; add --yes to confirm "
                + "(standard input is not a terminal)\n")
        #expect(try await T.scout(["show", id, "--workspace", "acme"], in: dir).status == 0, "nothing was cleared")

        // On a terminal (util-linux `script` gives it one) it asks; "n" keeps everything.
        let declined = try Self.onTerminal("clear --all --workspace acme", answer: "n\n", in: dir)
        #expect(declined.contains("Clear 1 session of workspace 'acme'? [y/N] Nothing cleared."), "\(declined)")
        #expect(try await T.scout(["show", id, "--workspace", "acme"], in: dir).status == 0, "nothing was cleared")

        let all = try await T.json(
            T.scout(["clear", "--all", "--yes", "--json", "--workspace", "acme"], in: dir).stdout)
        #expect(all["session_ids"] as? [String] == [id])
        #expect(all["action"] as? String == "cleared")
        let text = try await T.scout(["restore", id, "--json"], in: dir, environment: ["SCOUT_WORKSPACE": "acme"])
        #expect(try T.json(text.stdout)["session_ids"] as? [String] == [id])
        let none = try await T.scout(["clear", "--all"], in: dir)
        #expect(none.status == 0)
        #expect(none.stdout == "No active sessions in workspace 'default'.\n")
    }

    /// Runs `scout ARGUMENTS` with a pseudo-terminal as its standard input, typing `answer`; returns what it showed.
    static func onTerminal(_ arguments: String, answer: String, in dir: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["script", "-qec", "\(T.binary.path) \(arguments)", "/dev/null"]
        process.currentDirectoryURL = dir
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try ScoutBinaryTests.spawn(process)
        input.fileHandleForWriting.write(Data(answer.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
