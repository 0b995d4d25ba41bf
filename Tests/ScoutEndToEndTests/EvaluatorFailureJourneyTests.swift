import Foundation
import Testing

/// A bad LLM key, then the key fixed, with the real plugins against `scout sandbox` as processes: the search stops
/// within the first evaluations (exit 1, one line on stderr, at most one batch of profile credits), and
/// `scout rescore` scores every FAILED candidate without a new profile credit.
@Suite("scout with a bad evaluator key against scout sandbox", .serialized)
struct EvaluatorFailureJourneyTests {
    typealias T = ScoutBinaryTests
    typealias Sandbox = SandboxJourneyTests.Sandbox

    /// The sandbox example with the evaluator's key read from EVALUATOR_KEY (the JD parser keeps ANTHROPIC_API_KEY).
    static func config(root: String, in dir: URL) throws -> String {
        let url = try SandboxJourneyTests.config(root: root, in: dir)
        let text = try String(contentsOf: url, encoding: .utf8)
        let evaluator = "evaluator:\n  type: claude\n  base_url: \(root)/anthropic\n  api_key: {env: ANTHROPIC_API_KEY}"
        try #require(text.contains(evaluator))
        try text.replacingOccurrences(
            of: evaluator,
            with: "evaluator:\n  type: claude\n  base_url: \(root)/anthropic/v1\n  api_key: {env: EVALUATOR_KEY}"
        ).write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func collects(_ stats: [String: Any]) -> Int {
        (stats["employeeCollects"] as? [String: Int] ?? [:]).values.reduce(0, +)
    }

    @Test("bad key: exit 1 within the first evaluations, ≤ 1 batch of credits; fixed key: rescore, 0 new credits")
    func badKeyThenRescore() async throws {
        let sandbox = try Sandbox(arguments: ["--anthropic-key", "good-key"])
        defer { sandbox.stop() }
        let dir = try T.scratch()
        let config = try Self.config(root: sandbox.root, in: dir)
        let base = ["CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "good-key"]
        let bad = base.merging(["EVALUATOR_KEY": "wrong-key"]) { _, b in b }
        let good = base.merging(["EVALUATOR_KEY": "good-key"]) { _, b in b }
        let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path

        let search = try await T.scout(["search", "--config", config, "--jd", jd, "--json"], in: dir, environment: bad)
        #expect(search.status == 1, "\(search.stderr)")
        let errorLines = search.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errorLines.count == 1, "\(search.stderr)")
        #expect(errorLines.first?.contains("evaluator") == true)
        #expect(errorLines.first?.contains("rejected") == true || errorLines.first?.contains("401") == true)
        #expect(errorLines.first?.contains("scout rescore") == true)
        let session = try #require(try T.json(search.stdout)["session_id"] as? String)
        let paid = Self.collects(try sandbox.stats())
        #expect(paid >= 1)
        #expect(paid <= 20, "at most one batch of profiles bought for nobody")

        let rescore = try await T.scout(
            ["rescore", session, "--config", config, "--json"], in: dir, environment: good)
        #expect(rescore.status == 0, "\(rescore.stderr)")
        let answer = try T.json(rescore.stdout)
        #expect(answer["rescored"] as? Int == paid)
        #expect(answer["still_failed"] as? Int == 0)
        #expect(Self.collects(try sandbox.stats()) == paid, "rescore bought no profile")
        let shown = try T.json(
            try await T.scout(["show", session, "--config", config, "--json"], in: dir, environment: good).stdout)
        let candidates = try #require(shown["candidates"] as? [[String: Any]])
        #expect(candidates.count == paid)
        #expect(candidates.allSatisfy { ($0["evaluation"] as? [String: Any])?["status"] as? String == "ok" })

        let more = try await T.scout(
            ["more", session, "--count", "20", "--config", config, "--json"], in: dir, environment: good)
        #expect(more.status == 0, "\(more.stderr)")
        let stats = try sandbox.stats()
        let employees = stats["employeeCollects"] as? [String: Int] ?? [:]
        #expect(employees.values.allSatisfy { $0 == 1 }, "nobody billed twice")
    }

    @Test("an LLM that answers garbage: exit 1 after 3 unusable replies in a row, rescore once it works")
    func garbageReplies() async throws {
        let broken = try Sandbox(arguments: ["--fault-vendors", "anthropic", "--malformed", "1"])
        let dir = try T.scratch()
        let env = [
            "CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "k",
            "EVALUATOR_KEY": "k",
        ]
        let config = try Self.config(root: broken.root, in: dir)
        // The JD parser would get garbage too: the JD is read by the heuristic parser.
        let yaml = try String(contentsOfFile: config, encoding: .utf8)
            .replacing(/jd_parser:\n(  .*\n)+/, with: "jd_parser:\n  type: heuristic\n")
        try yaml.write(toFile: config, atomically: true, encoding: .utf8)
        let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path
        let search = try await T.scout(["search", "--config", config, "--jd", jd, "--json"], in: dir, environment: env)
        let paid = Self.collects(try broken.stats())
        broken.stop()
        #expect(search.status == 1, "\(search.stderr)")
        #expect(search.stderr.contains("3 evaluations in a row failed"), "\(search.stderr)")
        #expect(paid >= 3 && paid <= 20, "\(paid) profiles bought")
        let session = try #require(try T.json(search.stdout)["session_id"] as? String)

        // The same world behind a sandbox whose LLM answers properly.
        let sound = try Sandbox(arguments: [])
        defer { sound.stop() }
        try yaml.replacingOccurrences(of: broken.root, with: sound.root)
            .write(toFile: config, atomically: true, encoding: .utf8)
        let rescore = try await T.scout(["rescore", session, "--config", config, "--json"], in: dir, environment: env)
        #expect(rescore.status == 0, "\(rescore.stderr)")
        let answer = try T.json(rescore.stdout)
        #expect(answer["rescored"] as? Int == paid)
        #expect(answer["still_failed"] as? Int == 0)
        #expect(Self.collects(try sound.stats()) == 0, "rescore bought no profile")
    }
}
