import Foundation
import Testing

/// `scout serve --local`: the one-person setup the README shows after its two first commands.
@Suite("scout serve --local")
struct LocalServeTests {
    typealias T = ScoutBinaryTests

    @Test("prints the page's sign-in link; its key works, is kept owner-only in .scout and reused on the next start")
    func signInLink() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "store: {type: memory}\n".write(
            to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["serve", "--local", "--port", "0", "--config", "plugins.yaml"]
        // No SCOUT_API_KEYS: --local needs none.
        let environment = ["SCOUT_API_KEYS": ""]
        let first = try TwoProcessTests.Child(
            arguments, environment: environment, directory: dir, scanningStandardOutput: true)
        let link = try first.address(after: "Open ")
        first.stop()
        let parts = link.components(separatedBy: "/#key=")
        try #require(parts.count == 2, "the link is \(link)")
        #expect(parts[0].hasPrefix("http://127.0.0.1:"))
        let key = parts[1]
        #expect(key.count >= 32)
        let file = dir.appendingPathComponent(".scout/local-api-key")
        #expect(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == key)
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let second = try TwoProcessTests.Child(
            arguments, environment: environment, directory: dir, scanningStandardOutput: true)
        defer { second.stop() }
        let again = try second.address(after: "Open ")
        #expect(again.hasSuffix("/#key=\(key)"), "the key is reused: \(again)")
        let base = again.components(separatedBy: "#")[0]
        let sessions = try TwoProcessTests.run(
            "curl", ["-sS", "-H", "Authorization: Bearer \(key)", base + "api/jd/list-sessions"])
        #expect(sessions.output.contains(#""sessions":[]"#), "\(sessions.output)")
        let page = try TwoProcessTests.run("curl", ["-sS", base])
        #expect(page.output.contains(#"data-testid="api-key-input""#))
    }

    @Test("refuses a non-loopback --host")
    func loopbackOnly() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await T.scout(["serve", "--local", "--host", "0.0.0.0"], in: dir)
        #expect(run.status != 0)
        #expect(run.stderr.contains("--local listens on loopback only"), "\(run.stderr)")
    }
}
