import Foundation
import Testing

/// Scout's ledger against the vendor's own billing (`scout sandbox` counts every credit it charges), at both price
/// lists of vendor-contracts.md §1.5, and company ids resolved lazily through the free search.
@Suite("the ledger equals the vendor's billing", .serialized)
struct LedgerBillingTests {
    typealias T = ScoutBinaryTests
    typealias Sandbox = SandboxJourneyTests.Sandbox

    /// plugins.sandbox.yaml pointed at `root` with the given CoreSignal prices.
    static func config(root: String, collect: Int, preview: Int, in dir: URL) throws -> String {
        let url = try SandboxJourneyTests.config(root: root, in: dir)
        var text = try String(contentsOf: url, encoding: .utf8)
        for (key, value) in [
            ("profile_credits", collect), ("company_credits", collect), ("preview_page_credits", preview),
        ] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                line.trimmingCharacters(in: .whitespaces).hasPrefix(key + ":") ? "  \(key): \(value)" : String(line)
            }
            text = lines.joined(separator: "\n")
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func creditsUsed(_ session: String, config: String, in dir: URL, env: [String: String]) async throws -> Int {
        let shown = try T.json(
            try await T.scout(["show", session, "--config", config, "--json"], in: dir, environment: env).stdout)
        let credits = try #require(shown["credits"] as? [String: Any])
        return try #require(credits["used"] as? Int)
    }

    @Test(
        "search, then more --count 100: the ledger's credits equal the sandbox's charges at 1/1/0 and 10/10/10",
        arguments: [(1, 0), (10, 10)])
    func ledgerEqualsBilling(collect: Int, preview: Int) async throws {
        let sandbox = try Sandbox(arguments: ["--collect-credits", "\(collect)", "--preview-credits", "\(preview)"])
        defer { sandbox.stop() }
        let dir = try T.scratch()
        let config = try Self.config(root: sandbox.root, collect: collect, preview: preview, in: dir)
        let env = ["CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox"]
        let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path

        let search = try await T.scout(["search", "--config", config, "--jd", jd, "--json"], in: dir, environment: env)
        #expect(search.status == 0, "\(search.stderr)")
        let result = try T.json(search.stdout)
        let session = try #require(result["session_id"] as? String)
        let discovered = try #require(result["total_discovered"] as? Int)
        var stats = try sandbox.stats()
        #expect(try await Self.creditsUsed(session, config: config, in: dir, env: env) == stats["creditsSpent"] as? Int)
        // Lazy resolution: the first search looks up the first batch's companies (by website, then by name), not
        // every discovered company; at 10-credit previews, an exact website or name costs nothing.
        let lookups = try #require(stats["searches"] as? Int)
        #expect(lookups > 0 && lookups <= 2 * 5, "\(lookups) free company searches for the first batch")
        #expect(discovered > 10, "the JD discovers more companies than one batch holds (\(discovered))")

        let more = try await T.scout(
            ["more", session, "--count", "100", "--config", config, "--json"], in: dir, environment: env)
        #expect(more.status == 0, "\(more.stderr)")
        stats = try sandbox.stats()
        #expect(try await Self.creditsUsed(session, config: config, in: dir, env: env) == stats["creditsSpent"] as? Int)
        #expect((stats["searches"] as? Int ?? 0) > lookups, "later batches' companies are resolved when reached")
        #expect((stats["creditsSpent"] as? Int ?? 0) > 0)
    }
}
