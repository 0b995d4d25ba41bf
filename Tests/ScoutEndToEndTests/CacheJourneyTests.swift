import Foundation
import Testing

/// The same search twice against `scout sandbox`, as processes: the second makes no vendor call of any kind (the
/// sandbox's own request counts) and shows the same shortlist; `--refresh` asks the vendors again. The ledger holds
/// every vendor's spend as the sandbox counted it: web-search credits and LLM tokens.
@Suite("a repeat search is answered from the caches", .serialized)
struct CacheJourneyTests {
    typealias T = ScoutBinaryTests
    typealias Sandbox = SandboxJourneyTests.Sandbox

    static func requests(_ stats: [String: Any]) -> [String: Int] { stats["requests"] as? [String: Int] ?? [:] }

    static func shortlist(_ output: String) throws -> [[String]] {
        let json = try T.json(output)
        let profiles = try #require(json["new_profiles"] as? [[String: Any]])
        return profiles.map { c in
            let evaluation = c["evaluation"] as? [String: Any]
            return ["\(c["employee_id"] ?? "")", "\(evaluation?["overall"] ?? "")", "\(evaluation?["status"] ?? "")"]
        }
    }

    @Test("the second search: 0 calls to CoreSignal, Tavily and the LLM, the same shortlist; --refresh calls again")
    func repeatSearch() async throws {
        let sandbox = try Sandbox(arguments: ["--preview-credits", "1"])
        defer { sandbox.stop() }
        let dir = try T.scratch()
        let url = try SandboxJourneyTests.config(root: sandbox.root, in: dir)
        try (try String(contentsOf: url, encoding: .utf8))
            .replacingOccurrences(of: "preview_page_credits: 0", with: "preview_page_credits: 1")
            .write(to: url, atomically: true, encoding: .utf8)
        let config = url.path
        let env = ["CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox"]
        let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path
        let arguments = ["search", "--config", config, "--jd", jd, "--json"]

        let first = try await T.scout(arguments, in: dir, environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        let afterFirst = try sandbox.stats()
        let calls = Self.requests(afterFirst)
        for vendor in ["coresignal", "tavily", "anthropic"] { #expect(calls[vendor, default: 0] > 0, "\(calls)") }
        // Every web search is in the ledger at the vendor's own usage.credits (1 per basic search).
        let firstCredits = try #require(try T.json(first.stdout)["credits"] as? [String: Any])
        #expect(firstCredits["web_search_credits"] as? Int == calls["tavily"], "\(firstCredits) vs \(calls)")
        // And every LLM call's tokens, as the sandbox's own usage counted them, priced at $3 / $15 per MTok.
        let tokensIn = try #require(afterFirst["llmInputTokens"] as? Int)
        let tokensOut = try #require(afterFirst["llmOutputTokens"] as? Int)
        #expect(tokensIn > 0 && tokensOut > 0)
        #expect(firstCredits["llm_input_tokens"] as? Int == tokensIn, "\(firstCredits)")
        #expect(firstCredits["llm_output_tokens"] as? Int == tokensOut, "\(firstCredits)")
        let usd = try #require(firstCredits["llm_usd"] as? NSNumber).doubleValue
        #expect(abs(usd - (Double(tokensIn) * 3 + Double(tokensOut) * 15) / 1_000_000) < 0.000_01, "\(usd)")

        let second = try await T.scout(arguments, in: dir, environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        let afterSecond = try sandbox.stats()
        #expect(Self.requests(afterSecond) == calls, "the repeat search called a vendor")
        #expect(afterSecond["creditsSpent"] as? Int == afterFirst["creditsSpent"] as? Int)
        #expect(try Self.shortlist(second.stdout) == Self.shortlist(first.stdout))
        #expect(try Self.shortlist(second.stdout).count == 20)
        // The billed preview pages read from the cache are savings, not charges.
        let credits = try #require(try T.json(second.stdout)["credits"] as? [String: Any])
        #expect(credits["used"] as? Int == 0, "\(credits)")
        #expect(credits["web_search_credits"] as? Int == 0, "\(credits)")
        // Each cached web-search answer is a saving of what the vendor billed for it the first time.
        #expect(firstCredits["web_search_credits_saved"] as? Int == 0, "\(firstCredits)")
        #expect(
            credits["web_search_credits_saved"] as? Int == firstCredits["web_search_credits"] as? Int,
            "\(credits) vs \(firstCredits)")
        #expect(credits["llm_input_tokens"] as? Int == 0 && credits["llm_output_tokens"] as? Int == 0, "\(credits)")
        #expect((credits["saved"] as? Int ?? 0) > 0, "\(credits)")

        let refreshed = try await T.scout(arguments + ["--refresh"], in: dir, environment: env)
        #expect(refreshed.status == 0, "\(refreshed.stderr)")
        let again = Self.requests(try sandbox.stats())
        for vendor in ["tavily", "anthropic", "coresignal"] {
            #expect(again[vendor, default: 0] > calls[vendor, default: 0], "--refresh did not ask \(vendor): \(again)")
        }
        #expect(try Self.shortlist(refreshed.stdout) == Self.shortlist(first.stdout))
        let refreshedCredits = try #require(try T.json(refreshed.stdout)["credits"] as? [String: Any])
        #expect(
            refreshedCredits["web_search_credits"] as? Int == again["tavily", default: 0] - calls["tavily", default: 0])
    }

    @Test("an OpenAI-compatible evaluator's tokens are in the ledger as the server's usage counted them, priced as set")
    func openAICompatibleSpend() async throws {
        let sandbox = try Sandbox(arguments: [])
        defer { sandbox.stop() }
        let dir = try T.scratch()
        let url = try SandboxJourneyTests.config(root: sandbox.root, in: dir)
        var text = try String(contentsOf: url, encoding: .utf8)
        let evaluator = try #require(text.range(of: "\nevaluator:"))
        text =
            String(text[..<evaluator.lowerBound]) + """

                evaluator:
                  type: openai_compatible
                  base_url: \(sandbox.root)/openai/v1
                  model: local-model
                  input_usd_per_mtok: 0.5
                  output_usd_per_mtok: 2
                  max_concurrency: 8

                """
        try text.write(to: url, atomically: true, encoding: .utf8)
        let env = ["CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox"]
        let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path
        let before = try sandbox.stats()
        let search = try await T.scout(
            ["search", "--config", url.path, "--jd", jd, "--count", "5", "--json"], in: dir, environment: env)
        #expect(search.status == 0, "\(search.stderr)")
        let after = try sandbox.stats()
        #expect(Self.requests(after)["openai", default: 0] >= 5, "\(Self.requests(after))")
        // The JD parser (claude) counts too: the ledger holds both, as the sandbox counted both.
        let tokensIn = (after["llmInputTokens"] as? Int ?? 0) - (before["llmInputTokens"] as? Int ?? 0)
        let tokensOut = (after["llmOutputTokens"] as? Int ?? 0) - (before["llmOutputTokens"] as? Int ?? 0)
        let credits = try #require(try T.json(search.stdout)["credits"] as? [String: Any])
        #expect(credits["llm_input_tokens"] as? Int == tokensIn, "\(credits) vs \(tokensIn)")
        #expect(credits["llm_output_tokens"] as? Int == tokensOut, "\(credits) vs \(tokensOut)")
        #expect((credits["llm_usd"] as? NSNumber)?.doubleValue ?? 0 > 0, "\(credits)")
    }
}
