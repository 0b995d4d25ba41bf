import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
import ScoutCore

/// The Anthropic Messages API (vendor-contracts.md §3): `x-api-key` and `anthropic-version`, streaming with the exact
/// event sequence (a `ping` included), errors as `{"type":"error","error":{…}}`; the reply comes from ``SandboxReplies``.
struct AnthropicFake {
    let sandbox: ScoutSandbox

    func register(on router: Router<BasicRequestContext>) {
        router.post("anthropic/v1/messages") { request, _ in await messages(request) }
    }

    func messages(_ request: Request) async -> Response {
        await sandbox.latency(.anthropic)
        let fault = sandbox.state.fault(for: .anthropic, streaming: true)
        guard let key = SandboxHTTP.header(request, "x-api-key"), !key.isEmpty,
            sandbox.options.anthropicKey.map({ $0 == key }) ?? true
        else { return error("authentication_error", "invalid x-api-key", status: 401) }
        guard SandboxHTTP.header(request, "anthropic-version") != nil else {
            return error("invalid_request_error", "anthropic-version header is required", status: 400)
        }
        guard let data = try? await SandboxHTTP.body(request), let body = SandboxHTTP.object(data),
            let model = body["model"] as? String, body["max_tokens"] is Int,
            let messages = body["messages"] as? [[String: Any]]
        else { return error("invalid_request_error", "model, max_tokens and messages are required", status: 400) }
        switch fault {
        case .serverError: return error("overloaded_error", "Overloaded", status: 529)
        case .tooMany:
            return SandboxHTTP.json(
                errorBody("rate_limit_error", "Rate limited"), status: 429,
                headers: [("retry-after", String(Int(sandbox.options.retryAfterSeconds.rounded(.up))))])
        case .stall:
            await SandboxHTTP.sleep(milliseconds: Int(sandbox.options.stallSeconds * 1000))
            return error("timeout_error", "upstream request timed out", status: 504)
        case .malformed where body["stream"] as? Bool != true: return SandboxHTTP.malformed()
        default: break
        }
        let system = (body["system"] as? String) ?? ""
        let user = messages.compactMap { $0["content"] as? String }.joined(separator: "\n")
        let text = SandboxReplies.reply(system: system, user: user, world: sandbox.world)
        guard body["stream"] as? Bool == true else {
            return SandboxHTTP.json(
                [
                    "id": "msg_sandbox", "type": "message", "role": "assistant", "model": model,
                    "content": [["type": "text", "text": text]], "stop_reason": "end_turn", "stop_sequence": NSNull(),
                    "usage": ["input_tokens": user.count / 4, "output_tokens": text.count / 4],
                ], headers: [("request-id", "req_sandbox")])
        }
        let inputTokens = Self.tokens(system + user)
        let events = Self.events(
            text: text, model: model, malformed: fault == .malformed, inputTokens: inputTokens)
        let cut = fault == .cut
        let reply = fault == .malformed ? "Sure! Here is the evaluation: {\"overall\": 7, " : text
        let errorEvent = cut && sandbox.state.roll() < 0.5
        var fields = HTTPFields()
        fields[.contentType] = "text/event-stream"
        return Response(
            status: .ok, headers: fields,
            body: ResponseBody { writer in
                for (index, event) in events.enumerated() {
                    if cut, index == events.count / 2 {
                        if errorEvent {
                            try await writer.write(
                                ByteBuffer(
                                    string: Self.event(
                                        "error",
                                        [
                                            "type": "error",
                                            "error": ["type": "overloaded_error", "message": "Overloaded"],
                                        ])))
                            try await writer.finish(nil)
                            return
                        }
                        throw CancellationError()
                    }
                    try await writer.write(ByteBuffer(string: event))
                }
                sandbox.state.update { stats in
                    stats.llmInputTokens += inputTokens
                    stats.llmOutputTokens += Self.tokens(reply)
                }
                try await writer.finish(nil)
            })
    }

    /// The SSE events of a reply, text split into a few deltas.
    /// The fake's token count of a text: one per four characters, at least one.
    static func tokens(_ text: String) -> Int { max(1, text.count / 4) }

    static func events(text: String, model: String, malformed: Bool, inputTokens: Int = 10) -> [String] {
        var events = [
            event(
                "message_start",
                [
                    "type": "message_start",
                    "message": [
                        "id": "msg_sandbox", "type": "message", "role": "assistant", "model": model, "content": [],
                        "stop_reason": NSNull(), "stop_sequence": NSNull(),
                        "usage": ["input_tokens": inputTokens, "output_tokens": 1],
                    ],
                ]),
            event(
                "content_block_start",
                ["type": "content_block_start", "index": 0, "content_block": ["type": "text", "text": ""]]),
            event("ping", ["type": "ping"]),
        ]
        let reply = malformed ? "Sure! Here is the evaluation: {\"overall\": 7, " : text
        let pieces = chunks(reply, count: 4)
        for piece in pieces {
            events.append(
                event(
                    "content_block_delta",
                    ["type": "content_block_delta", "index": 0, "delta": ["type": "text_delta", "text": piece]]))
        }
        events.append(event("content_block_stop", ["type": "content_block_stop", "index": 0]))
        events.append(
            event(
                "message_delta",
                [
                    "type": "message_delta", "delta": ["stop_reason": "end_turn", "stop_sequence": NSNull()],
                    "usage": ["output_tokens": tokens(reply)],
                ]))
        events.append(event("message_stop", ["type": "message_stop"]))
        return events
    }

    static func event(_ name: String, _ data: [String: Any]) -> String {
        let json =
            (try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys])).map {
                String(decoding: $0, as: UTF8.self)
            } ?? "{}"
        return "event: \(name)\ndata: \(json)\n\n"
    }

    static func chunks(_ text: String, count: Int) -> [String] {
        let characters = Array(text)
        let size = max(1, (characters.count + count - 1) / count)
        return stride(from: 0, to: characters.count, by: size).map {
            String(characters[$0..<min(characters.count, $0 + size)])
        }
    }

    func errorBody(_ type: String, _ message: String) -> [String: Any] {
        ["type": "error", "error": ["type": type, "message": message], "request_id": "req_sandbox"]
    }

    func error(_ type: String, _ message: String, status: Int) -> Response {
        SandboxHTTP.json(errorBody(type, message), status: status)
    }
}
