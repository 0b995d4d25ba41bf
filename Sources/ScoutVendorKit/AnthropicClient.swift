public import CoreMetrics
import Foundation
public import Logging
public import ScoutCore

/// A Messages API client that streams (`"stream": true`) and assembles the reply text from the SSE events. A
/// mid-stream `error` event or a stream that ends before `message_stop` retries the request; `ping` and unknown events
/// are ignored. Shared by the `claude` evaluator and JD parser.
public struct AnthropicClient: Sendable {
    /// The assembled reply.
    public struct Reply: Sendable, Equatable {
        public var text: String
        public var stopReason: String?
        /// Tokens as the stream's `usage` reported them (`message_start`, then the cumulative `message_delta`).
        public var inputTokens = 0
        public var outputTokens = 0
    }

    public let settings: AnthropicSettings
    let apiKey: Secret
    let client: VendorClient

    public init(
        settings: AnthropicSettings, apiKey: Secret, logger: Logger, clock: any VendorClock = SystemVendorClock(),
        hooks: VendorHooks = .none, metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) {
        self.settings = settings
        self.apiKey = apiKey
        client = VendorClient(
            vendor: "Anthropic", settings: settings.http, logger: logger, clock: clock, hooks: hooks,
            metrics: metrics, isNonRetryable: Self.isSpendLimitReached, rateHeaders: .anthropic)
    }

    /// Sends one user message under a system prompt and returns the streamed reply.
    public func complete(system: String, user: String, label: String) async throws -> Reply {
        let body: [String: Any] = [
            "model": settings.model, "max_tokens": settings.maxTokens, "temperature": settings.temperature,
            "stream": true, "system": system, "messages": [["role": "user", "content": user]],
        ]
        let request = VendorRequest(
            method: "POST", url: BaseURL.join(settings.baseURL, "/v1/messages"),
            headers: [
                ("x-api-key", apiKey.value), ("anthropic-version", "2023-06-01"),
                ("content-type", "application/json"), ("accept", "text/event-stream"),
            ],
            body: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]), label: label)
        let env = settings.apiKey.env
        let reply: Reply = try await client.stream(
            request,
            read: { _, body in
                var parser = SSEParser()
                var stream = AnthropicStream()
                while !stream.finished, let chunk = try await body.next() {
                    for event in parser.feed(chunk) { try stream.apply(event) }
                }
                if !stream.finished { for event in parser.finish() { try stream.apply(event) } }
                guard stream.finished else { throw VendorRetryableError("the stream ended before message_stop") }
                return Reply(
                    text: stream.text, stopReason: stream.stopReason, inputTokens: stream.inputTokens,
                    outputTokens: stream.outputTokens)
            },
            onFailure: { response in
                throw Self.error(for: response, env: env)
            })
        report(reply, label: label)
        return reply
    }

    /// Reports a reply's tokens and their price to the running step's ledger (``VendorSpend``).
    func report(_ reply: Reply, label: String) {
        settings.prices.report(inputTokens: reply.inputTokens, outputTokens: reply.outputTokens, label: label)
    }

    /// A 429 whose body has `error.details.error_code: "enforced_spend_limit_reached"`: the workspace's spend limit,
    /// which no retry can fix (vendor-contracts.md §3.3).
    @Sendable static func isSpendLimitReached(_ response: VendorResponse) -> Bool {
        guard response.status == 429,
            let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
            let error = object["error"] as? [String: Any], let details = error["details"] as? [String: Any]
        else { return false }
        return details["error_code"] as? String == "enforced_spend_limit_reached"
    }

    static func error(for response: VendorResponse, env: String) -> ScoutError {
        if isSpendLimitReached(response) {
            return ScoutError(
                .quotaExhausted,
                "Anthropic spend limit reached (HTTP 429 enforced_spend_limit_reached): raise the workspace's spend limit or wait for it to reset; not retried"
            )
        }
        return switch response.status {
        case 401, 403:
            ScoutError(.config, "Anthropic rejected the API key from \(env) (HTTP \(response.status))")
        case 402:
            ScoutError(.quotaExhausted, "Anthropic billing error (HTTP 402): \(response.errorText.prefix(160))")
        case 404:
            ScoutError(
                .config,
                "Anthropic answered 404 for the Messages API: check base_url (\(response.errorText.prefix(120)))")
        default:
            ScoutError(.vendor, "Anthropic HTTP \(response.status): \(response.errorText.prefix(160))")
        }
    }
}

/// The state of one Messages stream: the text of the text blocks, the stop reason, and whether it finished.
struct AnthropicStream {
    var text = ""
    var stopReason: String?
    var finished = false
    var inputTokens = 0
    var outputTokens = 0

    /// Reads a `usage` object: input tokens (with the prompt-cache ones) once, output tokens cumulative.
    mutating func read(usage: [String: Any]?) {
        guard let usage else { return }
        func int(_ key: String) -> Int? { (usage[key] as? NSNumber)?.intValue }
        if let input = int("input_tokens") {
            inputTokens = input + (int("cache_creation_input_tokens") ?? 0) + (int("cache_read_input_tokens") ?? 0)
        }
        if let output = int("output_tokens") { outputTokens = output }
    }

    mutating func apply(_ event: SSEEvent) throws {
        guard let object = try? JSONSerialization.jsonObject(with: Data(event.data.utf8)) as? [String: Any] else {
            if event.event == "error" { throw VendorRetryableError("stream error event") }
            return
        }
        let type = (object["type"] as? String) ?? event.event ?? ""
        switch type {
        case "message_start":
            read(usage: (object["message"] as? [String: Any])?["usage"] as? [String: Any])
        case "content_block_start":
            if let block = object["content_block"] as? [String: Any], block["type"] as? String == "text",
                let initial = block["text"] as? String
            {
                text += initial
            }
        case "content_block_delta":
            if let delta = object["delta"] as? [String: Any], delta["type"] as? String == "text_delta",
                let piece = delta["text"] as? String
            {
                text += piece
            }
        case "message_delta":
            if let delta = object["delta"] as? [String: Any], let reason = delta["stop_reason"] as? String {
                stopReason = reason
            }
            read(usage: object["usage"] as? [String: Any])
        case "message_stop":
            finished = true
        case "error":
            let kind = (object["error"] as? [String: Any])?["type"] as? String ?? "error"
            throw VendorRetryableError("stream error event: \(kind)")
        default:
            break
        }
    }
}
