import Foundation
public import ScoutCore

/// The keys of every plugin that calls the Anthropic Messages API. `model` is required: there is no default model id,
/// because ids retire (claude-sonnet-4-5-20250929 on 2026-11-30).
public struct AnthropicSettings: Sendable, Equatable {
    public var baseURL = "https://api.anthropic.com"
    public var apiKey = SecretReference(env: "ANTHROPIC_API_KEY")
    /// Required; empty means unset.
    public var model = ""
    public var temperature = 0.1
    public var maxTokens: Int
    /// Prices for the ledger's LLM spend, USD per million tokens; the defaults are Anthropic's published prices for
    /// Claude Sonnet 4.5 / 4.6 ($3 in, $15 out; vendor-contracts.md §3.4). Set them for another model.
    public var prices = TokenPrices(input: 3, output: 15)
    public var http = VendorHTTPSettings(rateUnit: .minute, rate: 50, timeoutSeconds: 120, maxConcurrency: 4)

    public init(maxTokens: Int = 1024) { self.maxTokens = maxTokens }

    public var keys: [ConfigKey] {
        [
            ConfigKey(
                "model", "string", default: "required",
                "Anthropic model id, e.g. claude-sonnet-4-6 (no default: ids retire)"),
            ConfigKey("api_key", "secret", default: "{env: ANTHROPIC_API_KEY}", "API key, sent as x-api-key"),
            ConfigKey("base_url", "string", default: "https://api.anthropic.com", "API root; /v1/messages is appended"),
            ConfigKey("temperature", "number", default: "0.1", "sampling temperature (0–1)"),
            ConfigKey("max_tokens", "int", default: "\(maxTokens)", "reply token limit (1–64000)"),
        ] + prices.keys(note: "Sonnet 4.5/4.6 price") + http.keys
    }

    private enum CodingKeys: String, CodingKey {
        case baseURL = "base_url", apiKey = "api_key", model, temperature, maxTokens = "max_tokens"
    }

    /// Overlays the keys present in the plugin's mapping.
    public mutating func overlay(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        baseURL = try container.decode(.baseURL, default: baseURL)
        apiKey = try container.decode(.apiKey, default: apiKey)
        model = try container.decode(.model, default: model)
        temperature = try container.decode(.temperature, default: temperature)
        maxTokens = try container.decode(.maxTokens, default: maxTokens)
        try prices.overlay(from: decoder)
        try http.overlay(from: decoder)
    }

    public func validate() -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if model.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(
                ConfigProblem(
                    key: "model",
                    "is required: set the Anthropic model id (e.g. claude-sonnet-4-6); there is no default because model ids retire (claude-sonnet-4-5-20250929 retires on 2026-11-30)"
                ))
        }
        problems.append(contentsOf: BaseURL.problems(baseURL))
        problems.check("temperature", temperature, in: 0...1)
        problems.check("max_tokens", maxTokens, in: 1...64_000)
        return problems + prices.validate() + http.validate()
    }
}

/// Checks of a configured base URL.
public enum BaseURL {
    /// Problems with a `base_url` value: it must be an absolute http(s) URL.
    public static func problems(_ value: String, key: String = "base_url") -> [ConfigProblem] {
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else { return [ConfigProblem(key: key, "must be an absolute http(s) URL, got '\(value)'")] }
        return []
    }

    /// The base without a trailing slash, joined with `path` (which starts with "/"). Leading segments of the path the
    /// base already ends in are not repeated: the SDKs' convention `http://host:8000/v1` with `/v1/chat/completions`
    /// is `http://host:8000/v1/chat/completions`, not `/v1/v1/…`.
    public static func join(_ base: String, _ path: String) -> String {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for count in stride(from: segments.count - 1, through: 1, by: -1) {
            let head = "/" + segments.prefix(count).joined(separator: "/")
            if trimmed.hasSuffix(head) { return trimmed + "/" + segments.dropFirst(count).joined(separator: "/") }
        }
        return trimmed + path
    }
}
