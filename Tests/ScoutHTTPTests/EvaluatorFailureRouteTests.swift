import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutHTTP
import ScoutTesting
import Testing

@Suite("HTTP: an evaluator nobody can use is a 502; rescore")
struct EvaluatorFailureRouteTests {
    /// An OpenAI-compatible evaluator whose server is not there: every evaluation fails (no retries), so the third
    /// in a row stops the search.
    static let unreachableEvaluator = """
        store: {type: memory}
        session: {concurrency: 2}
        evaluator: {type: openai_compatible, base_url: "http://127.0.0.1:9", model: m, max_retries: 0, timeout_seconds: 5}
        """

    @Test("search answers 502 evaluator_failed with the reason; the stream ends with an error event; rescore too")
    func unusableEvaluator() async throws {
        let server = try await TestServer.make(yaml: Self.unreachableEvaluator)
        try await server.application().test(.router) { client in
            let search = try await client.call(
                .post, "/api/jd/domain-search", body: TestServer.searchBody(count: 20, jd: SampleJDs.voiceMLAnywhere))
            #expect(search.status == .badGateway, "\(search.text)")
            #expect(search.errorCode == "evaluator_failed")
            let message = try #require((search.json["error"] as? [String: Any])?["message"] as? String)
            #expect(message.contains("3 evaluations in a row failed"), "\(message)")
            #expect(message.contains("/api/jd/rescore"))
            let id = try #require(
                message.firstMatch(of: /session (\S+) is kept/).map { String($0.1) }, "the kept session is named")
            // The FAILED ones are kept; a rescore with the evaluator still down is a 502 as well.
            let report = try await client.call(.get, "/api/jd/sessions/\(id)")
            #expect(report.status == .ok)
            let rescore = try await client.call(.post, "/api/jd/rescore", body: #"{"session_id": "\#(id)"}"#)
            #expect(rescore.status == .badGateway && rescore.errorCode == "evaluator_failed", "\(rescore.text)")
            let more = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "\#(id)", "count": 20}"#)
            #expect(more.status == .badGateway && more.errorCode == "evaluator_failed", "\(more.text)")

            let stream = try await client.call(
                .post, "/api/jd/domain-search", body: TestServer.searchBody(count: 20, jd: SampleJDs.voiceMLAnywhere),
                headers: [.accept: "text/event-stream"])
            let events = ParsedEvent.parse(stream.text)
            #expect(events.last?.name == "error", "\(events.map(\.name))")
            #expect(events.last?.json["code"] as? String == "evaluator_failed")
            #expect(!events.contains { $0.name == "search_complete" })
        }
    }

    @Test("rescore: bad bodies are 4xx, an unknown session 404, a session with nothing FAILED a 200 with 0")
    func rescoreRoute() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            for body in ["", "{", "[]", #"{"session_id": 5}"#, #"{"session_id": "x", "extra": 1}"#, "{}"] {
                let answer = try await client.call(.post, "/api/jd/rescore", body: body)
                #expect((400..<500).contains(Int(answer.status.code)), "\(body): \(answer.status) \(answer.text)")
            }
            let unknown = try await client.call(.post, "/api/jd/rescore", body: #"{"session_id": "nope"}"#)
            #expect(unknown.status == .notFound)
            #expect(try await client.call(.post, "/api/jd/rescore", key: nil, body: "{}").status == .unauthorized)
            let id = try await client.search()
            let answer = try await client.call(.post, "/api/jd/rescore", body: #"{"session_id": "\#(id)"}"#)
            #expect(answer.status == .ok, "\(answer.text)")
            #expect(answer.json["session_id"] as? String == id)
            #expect(answer.json["rescored"] as? Int == 0 && answer.json["still_failed"] as? Int == 0)
            let other = try await client.call(
                .post, "/api/jd/rescore", key: TestServer.otherKey, body: #"{"session_id": "\#(id)"}"#)
            #expect(other.status == .notFound, "another workspace's session")
        }
    }
}
