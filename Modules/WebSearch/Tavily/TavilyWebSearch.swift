import Foundation
public import Logging
public import Metrics
public import ScoutCore
public import ScoutVendorKit

/// The `tavily` web search (vendor-contracts.md §2): `POST /search` with `Authorization: Bearer`, null fields omitted;
/// 401/403 are config errors, 432/433 stop with `quotaExhausted`, 429/5xx are retried.
public struct TavilyWebSearch: WebSearch {
    public struct Config: PluginConfig, Equatable {
        public var baseURL = "https://api.tavily.com"
        public var apiKey = SecretReference(env: "TAVILY_API_KEY")
        public var searchDepth = "basic"
        public var topic = "general"
        public var maxResults: Int?
        public var http = VendorHTTPSettings(rateUnit: .minute, rate: 100, timeoutSeconds: 60, maxConcurrency: 8)

        public init() {}

        public static var keys: [ConfigKey] {
            [
                ConfigKey("base_url", "string", default: "https://api.tavily.com", "API root; /search is appended"),
                ConfigKey("api_key", "secret", default: "{env: TAVILY_API_KEY}", "API key, sent as a Bearer token"),
                ConfigKey(
                    "search_depth", "string", default: "basic", "basic (1 credit), advanced (2), fast or ultra-fast"),
                ConfigKey("topic", "string", default: "general", "general, news or finance"),
                ConfigKey("max_results", "int", default: "the query's", "caps results per query (0–20)"),
            ] + Self().http.keys
        }

        enum CodingKeys: String, CodingKey {
            case baseURL = "base_url", apiKey = "api_key", searchDepth = "search_depth", topic, maxResults =
                "max_results"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Self()
            baseURL = try c.decode(.baseURL, default: d.baseURL)
            apiKey = try c.decode(.apiKey, default: d.apiKey)
            searchDepth = try c.decode(.searchDepth, default: d.searchDepth)
            topic = try c.decode(.topic, default: d.topic)
            maxResults = try c.decodeIfPresent(Int.self, forKey: .maxResults)
            try http.overlay(from: decoder)
        }

        public func validate() -> [ConfigProblem] {
            var problems = BaseURL.problems(baseURL)
            if !["basic", "advanced", "fast", "ultra-fast"].contains(searchDepth) {
                problems.append(
                    ConfigProblem(
                        key: "search_depth", "must be basic, advanced, fast or ultra-fast, got '\(searchDepth)'"))
            }
            if !["general", "news", "finance"].contains(topic) {
                problems.append(ConfigProblem(key: "topic", "must be general, news or finance, got '\(topic)'"))
            }
            if let maxResults { problems.check("max_results", maxResults, in: 0...20) }
            return problems + http.validate()
        }
    }

    public let config: Config
    let apiKey: Secret
    let client: VendorClient

    public init(
        config: Config, apiKey: Secret, logger: Logger, vendorClock: any VendorClock = SystemVendorClock(),
        hooks: VendorHooks = .none,
        metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) {
        self.config = config
        self.apiKey = apiKey
        client = VendorClient(
            vendor: "Tavily", settings: config.http, logger: logger, clock: vendorClock, hooks: hooks, metrics: metrics,
            rateHeaders: .tavily)
    }

    /// The JSON body of a query (fields the discovery strategies need; empty lists omitted).
    public func body(for query: WebQuery) -> [String: Any] {
        var body: [String: Any] = [
            "query": query.text, "search_depth": config.searchDepth, "topic": config.topic,
            "max_results": min(20, max(0, config.maxResults.map { min($0, query.maxResults) } ?? query.maxResults)),
            // The answer then carries `usage.credits`, what the call cost (vendor-contracts.md §2).
            "include_usage": true,
        ]
        if !query.includeDomains.isEmpty { body["include_domains"] = query.includeDomains }
        if !query.excludeDomains.isEmpty { body["exclude_domains"] = query.excludeDomains }
        return body
    }

    public func search(_ query: WebQuery) async throws -> [WebResult] {
        let request = VendorRequest(
            method: "POST", url: BaseURL.join(config.baseURL, "/search"),
            headers: [
                ("authorization", "Bearer \(apiKey.value)"), ("content-type", "application/json"),
                ("accept", "application/json"),
            ],
            body: try JSONSerialization.data(withJSONObject: body(for: query), options: [.sortedKeys]), label: "search")
        let response = try await client.send(request, isValid: VendorClient.jsonBody)
        switch response.status {
        case 200..<300: break
        case 401, 403:
            throw ScoutError(.config, "Tavily rejected the API key from \(config.apiKey.env) (HTTP \(response.status))")
        case 432, 433:
            throw ScoutError(
                .quotaExhausted,
                "Tavily usage limit reached (HTTP \(response.status)): \(response.errorText.prefix(120))")
        default: throw ScoutError.vendor("Tavily search: HTTP \(response.status) (\(response.errorText.prefix(160)))")
        }
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
        let billed = ((object["usage"] as? [String: Any])?["credits"] as? NSNumber)?.intValue
        VendorSpend.report(
            .webSearch, subject: String(query.text.prefix(200)),
            credits: billed ?? (config.searchDepth == "advanced" ? 2 : 1))
        return (object["results"] as? [[String: Any]] ?? []).compactMap { item in
            guard let url = item["url"] as? String else { return nil }
            return WebResult(
                title: item["title"] as? String ?? "", url: url, content: item["content"] as? String ?? "",
                score: (item["score"] as? NSNumber)?.doubleValue ?? 0)
        }
    }
}

extension TavilyWebSearch {
    /// The `tavily` factory.
    public static let factory = PluginFactory<any WebSearch>(
        type: "tavily", summary: "Tavily web search (POST /search, Bearer key)", config: Config.self
    ) { config, context in
        let key = try context.secrets.resolve(config.apiKey, for: "\(context.path).api_key")
        return TavilyWebSearch(config: config, apiKey: key, logger: context.logger, metrics: context.metrics)
    }
}

extension TavilyWebSearch: AnswerIdentity {
    /// Endpoint and search settings: what an answer depends on besides the query.
    public var answerIdentity: String {
        "tavily|\(config.baseURL)|\(config.searchDepth)|\(config.topic)|\(config.maxResults.map(String.init) ?? "-")"
    }
}
