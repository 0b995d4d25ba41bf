import Foundation
internal import Hummingbird
import SampleWorld
import ScoutCore

/// Tavily `POST /search` over the sample world's pages (vendor-contracts.md §2): a Bearer header or a body `api_key`,
/// errors as `{"detail": {"error": …}}`, 432 when the quota is spent.
struct TavilyFake {
    let sandbox: ScoutSandbox

    func register(on router: Router<BasicRequestContext>) {
        router.post("tavily/search") { request, _ in await search(request) }
    }

    func search(_ request: Request) async -> Response {
        await sandbox.latency(.tavily)
        let state = sandbox.state
        let fault = state.fault(for: .tavily, streaming: false)
        guard let data = try? await SandboxHTTP.body(request), let body = SandboxHTTP.object(data) else {
            return error("Invalid JSON body", status: 400)
        }
        let bearer = SandboxHTTP.header(request, "authorization").flatMap {
            $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil
        }
        guard let key = bearer ?? (body["api_key"] as? String), !key.isEmpty,
            sandbox.options.tavilyKey.map({ $0 == key }) ?? true
        else { return error("Unauthorized: missing or invalid API key.", status: 401) }
        switch fault {
        case .serverError: return error("Internal server error", status: 500)
        case .tooMany:
            return SandboxHTTP.json(
                ["detail": ["error": "Your request has been blocked due to excessive requests."]], status: 429,
                headers: [("Retry-After", String(Int(sandbox.options.retryAfterSeconds.rounded(.up))))])
        case .stall:
            await SandboxHTTP.sleep(milliseconds: Int(sandbox.options.stallSeconds * 1000))
            return error("upstream request timed out", status: 504)
        case .malformed: return SandboxHTTP.malformed()
        case .cut, nil: break
        }
        guard let text = body["query"] as? String, !text.isEmpty else { return error("query is required", status: 400) }
        guard state.useTavily() else { return error("This request exceeds your plan's set usage limit.", status: 432) }
        let query = WebQuery(
            text, maxResults: min(20, max(0, (body["max_results"] as? Int) ?? 5)),
            includeDomains: body["include_domains"] as? [String] ?? [],
            excludeDomains: body["exclude_domains"] as? [String] ?? [])
        let results = sandbox.world.searchWeb(query).map { r -> [String: Any] in
            ["title": r.title, "url": r.url, "content": r.content, "score": r.score, "raw_content": NSNull()]
        }
        let credits = (body["search_depth"] as? String) == "advanced" ? 2 : 1
        return SandboxHTTP.json([
            "query": text, "answer": NSNull(), "images": [], "follow_up_questions": NSNull(), "results": results,
            "response_time": 0.01, "usage": ["credits": credits],
            "request_id": "sandbox-\(state.stats.requests["tavily"] ?? 0)",
        ])
    }

    func error(_ message: String, status: Int) -> Response {
        SandboxHTTP.json(["detail": ["error": message]], status: status)
    }
}
