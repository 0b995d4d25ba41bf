import Foundation
import SampleWorld
import ScoutCore
import ScoutSandbox
import ScoutTesting
import ScoutVendorKit
import TavilyWebSearch
import Testing

@Suite("tavily against the sandbox")
struct TavilyTests {
    static func search(_ server: SandboxServer, key: String = "tvly-test-key") -> TavilyWebSearch {
        var config = TavilyWebSearch.Config()
        config.baseURL = server.tavilyBaseURL
        config.http = testHTTP(.minute)
        return TavilyWebSearch(
            config: config, apiKey: Secret(key), logger: quietLogger, vendorClock: VirtualVendorClock())
    }

    @Test("searches with the fields discovery needs and returns the sample world's results")
    func search() async throws {
        var options = SandboxOptions()
        options.tavilyKey = "tvly-test-key"
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let query = WebQuery(
                "\(sandbox.world.companies[0].name) competitors", maxResults: 5, excludeDomains: ["linkedin.com"])
            let results = try await Self.search(server).search(query)
            #expect(results == Array(sandbox.world.searchWeb(query)))
            let body = Self.search(server).body(for: query)
            #expect(body["query"] as? String == query.text && body["max_results"] as? Int == 5)
            #expect(
                body["exclude_domains"] as? [String] == ["linkedin.com"] && body["include_domains"] == nil
                    && body["api_key"] == nil)
        }
    }

    @Test("passes the web-search conformance suite against the sandbox")
    func conformance() async throws {
        var options = SandboxOptions()
        options.tavilyKey = "tvly-test-key"
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            try await WebSearchConformance.run(
                Self.search(server), query: "\(sandbox.world.companies[0].name) competitors")
        }
    }

    @Test("429 bursts and 5xx are retried; 432 stops with quotaExhausted; 401 names the variable")
    func errors() async throws {
        var options = SandboxOptions()
        options.tooManyBurstRate = 0.3
        options.serverErrorRate = 0.2
        options.tavilyQuota = 2
        options.tavilyKey = "tvly-test-key"
        try await withSandbox(options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            let search = Self.search(server)
            for _ in 0..<2 { _ = try await search.search(WebQuery("voice ai")) }
            let quota = await #expect(throws: ScoutError.self) { try await search.search(WebQuery("voice ai")) }
            #expect(quota?.code == .quotaExhausted)
            let auth = await #expect(throws: ScoutError.self) {
                try await Self.search(server, key: "tvly-wrong").search(WebQuery("x"))
            }
            #expect(
                auth?.code == .config && auth?.message.contains("TAVILY_API_KEY") == true
                    && auth?.message.contains("tvly-wrong") == false)
        }
    }
}
