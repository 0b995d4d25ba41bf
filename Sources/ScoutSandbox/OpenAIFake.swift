import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
import ScoutCore

/// An OpenAI-compatible `/v1/chat/completions` server (vendor-contracts.md §4): optional Bearer key, a JSON reply or a
/// `data:`-only stream ending in `[DONE]`; errors as `{"error": {…}}`.
struct OpenAIFake {
    let sandbox: ScoutSandbox

    func register(on router: Router<BasicRequestContext>) {
        router.post("openai/v1/chat/completions") { request, _ in await completions(request) }
    }

    func completions(_ request: Request) async -> Response {
        await sandbox.latency(.openai)
        if let expected = sandbox.options.openAIKey,
            SandboxHTTP.header(request, "authorization") != "Bearer \(expected)"
        {
            return error("invalid_api_key", "Incorrect API key provided", status: 401)
        }
        guard let data = try? await SandboxHTTP.body(request), let body = SandboxHTTP.object(data),
            let model = body["model"] as? String, let messages = body["messages"] as? [[String: Any]]
        else { return error("invalid_request_error", "model and messages are required", status: 400) }
        // A cut stream is only possible (and only counted) when the client asked for streaming.
        let fault = sandbox.state.fault(for: .openai, streaming: body["stream"] as? Bool == true)
        switch fault {
        case .serverError: return error("server_error", "The server had an error", status: 503)
        case .tooMany:
            return SandboxHTTP.json(
                ["error": ["message": "Rate limit reached", "type": "rate_limit_error"]], status: 429,
                headers: [("retry-after", String(Int(sandbox.options.retryAfterSeconds.rounded(.up))))])
        case .stall:
            await SandboxHTTP.sleep(milliseconds: Int(sandbox.options.stallSeconds * 1000))
            return error("timeout", "upstream request timed out", status: 504)
        case .malformed: return SandboxHTTP.malformed()
        default: break
        }
        let system = messages.filter { $0["role"] as? String == "system" }.compactMap { $0["content"] as? String }
            .joined(separator: "\n")
        let user = messages.filter { $0["role"] as? String == "user" }.compactMap { $0["content"] as? String }.joined(
            separator: "\n")
        let text = SandboxReplies.reply(system: system, user: user, world: sandbox.world)
        guard body["stream"] as? Bool == true else {
            sandbox.state.update { stats in
                stats.llmInputTokens += user.count / 4
                stats.llmOutputTokens += text.count / 4
            }
            return SandboxHTTP.json([
                "id": "chatcmpl-sandbox", "object": "chat.completion", "created": 1_795_568_400, "model": model,
                "choices": [["index": 0, "message": ["role": "assistant", "content": text], "finish_reason": "stop"]],
                "usage": [
                    "prompt_tokens": user.count / 4, "completion_tokens": text.count / 4,
                    "total_tokens": (user.count + text.count) / 4,
                ],
            ])
        }
        var chunks = [chunk(model, ["role": "assistant"], finish: nil)]
        chunks += AnthropicFake.chunks(text, count: 4).map { chunk(model, ["content": $0], finish: nil) }
        chunks.append(chunk(model, [:], finish: "stop"))
        let lines = chunks
        let cut = fault == .cut
        var fields = HTTPFields()
        fields[.contentType] = "text/event-stream"
        return Response(
            status: .ok, headers: fields,
            body: ResponseBody { writer in
                for (index, line) in lines.enumerated() {
                    if cut, index == lines.count / 2 { throw CancellationError() }
                    try await writer.write(ByteBuffer(string: "data: \(line)\n\n"))
                }
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                try await writer.finish(nil)
            })
    }

    func chunk(_ model: String, _ delta: [String: Any], finish: String?) -> String {
        let object: [String: Any] = [
            "id": "chatcmpl-sandbox", "object": "chat.completion.chunk", "created": 1_795_568_400, "model": model,
            "choices": [["index": 0, "delta": delta, "finish_reason": finish.map { $0 as Any } ?? NSNull()]],
        ]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map {
            String(decoding: $0, as: UTF8.self)
        } ?? "{}"
    }

    func error(_ code: String, _ message: String, status: Int) -> Response {
        SandboxHTTP.json(
            ["error": ["message": message, "type": code, "param": NSNull(), "code": code]], status: status)
    }
}
