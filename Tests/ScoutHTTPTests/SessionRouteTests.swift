import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutHTTP
import ScoutTesting
import Testing

@Suite("HTTP: search, load more and sessions")
struct SessionRouteTests {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!

    @Test("load-more works with the session id domain-search returned (prior-art defect 1)")
    func searchThenLoadMore() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            // Anywhere: every batch can yield its full quota (people outside a JD's places are not paid for).
            let search = try await client.call(
                .post, "/api/jd/domain-search",
                body: TestServer.searchBody(count: 5, jd: SampleJDs.voiceMLAnywhere))
            #expect(search.status == .ok)
            let id = try #require(search.json["session_id"] as? String)
            #expect((search.json["new_profiles"] as? [Any])?.count == 5)
            #expect((search.json["companies"] as? [Any])?.isEmpty == false)
            #expect(search.json["cache_stats"] is [String: Any] && search.json["credits"] is [String: Any])
            let more = try await client.call(
                .post, "/api/jd/load-more-previews",
                body: #"{"session_id": "\#(id)", "count": 20, "mode": "company_batch"}"#)
            #expect(more.status == .ok, "\(more.text)")
            #expect(more.json["session_id"] as? String == id)
            #expect((more.json["new_profiles"] as? [Any])?.count == 20)
            #expect(more.json["total_discovered"] as? Int ?? 0 >= 25)
            let stats = try #require(more.json["cache_stats"] as? [String: Any])
            #expect(stats["hits"] is Int && stats["misses"] is Int)
            #expect(more.json["remaining_batches"] is Int && more.json["batch_index"] is Int)
        }
    }

    @Test("a retried load-more with the same Idempotency-Key returns the first answer and spends nothing")
    func idempotency() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let body = #"{"session_id": "\#(id)", "count": 20}"#
            let first = try await client.call(
                .post, "/api/jd/load-more-previews", body: body, headers: [Self.idempotencyKey: "retry-1"])
            #expect(first.status == .ok)
            let spentAfterFirst = try await Self.creditsUsed(client, id)
            let second = try await client.call(
                .post, "/api/jd/load-more-previews", body: body, headers: [Self.idempotencyKey: "retry-1"])
            #expect(second.status == .ok)
            #expect(second.text == first.text)
            #expect(second.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(try await Self.creditsUsed(client, id) == spentAfterFirst)
            let reused = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "\#(id)", "count": 40}"#,
                headers: [Self.idempotencyKey: "retry-1"])
            #expect(reused.status == .unprocessableContent && reused.errorCode == "idempotency_key_reused")
            let fresh = try await client.call(
                .post, "/api/jd/load-more-previews", body: body, headers: [Self.idempotencyKey: "retry-2"])
            #expect(fresh.status == .ok && fresh.text != first.text)
        }
    }

    static func creditsUsed(_ client: some TestClientProtocol, _ id: String) async throws -> Int {
        let report = try await client.call(.get, "/api/jd/sessions/\(id)")
        return (report.json["credits"] as? [String: Any])?["used"] as? Int ?? -1
    }

    @Test("another workspace's session is 404 on every route, and absent from its list")
    func workspaceIsolation() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search(key: TestServer.searchKey)
            let other = TestServer.otherKey
            let body = #"{"session_id": "\#(id)"}"#
            #expect(try await client.call(.get, "/api/jd/sessions/\(id)", key: other).status == .notFound)
            #expect(try await client.call(.get, "/api/jd/sessions/\(id)?format=csv", key: other).status == .notFound)
            #expect(
                try await client.call(.post, "/api/jd/load-more-previews", key: other, body: body).status == .notFound)
            #expect(try await client.call(.post, "/api/jd/evaluate-stream", key: other, body: body).status == .notFound)
            #expect(try await client.call(.post, "/api/jd/clear-session", key: other, body: body).status == .notFound)
            let cleared = try await client.call(.post, "/api/jd/clear-all-sessions", key: other, body: "{}")
            #expect(cleared.json["cleared"] as? Int == 0)
            let list = try await client.call(.get, "/api/jd/list-sessions", key: other)
            #expect((list.json["sessions"] as? [Any])?.isEmpty == true)
            #expect(try await client.call(.get, "/api/jd/sessions/\(id)").status == .ok)
        }
    }

    @Test("list-sessions pages last-accessed first; sessions/{id} shows JSON or CSV; clear-session soft-deletes")
    func sessions() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let first = try await client.search(count: 3)
            let second = try await client.search(count: 3)
            _ = try await client.call(.get, "/api/jd/sessions/\(first)")
            let page1 = try await client.call(.get, "/api/jd/list-sessions?limit=1")
            let sessions1 = try #require(page1.json["sessions"] as? [[String: Any]])
            #expect(sessions1.map { $0["session_id"] as? String } == [first])
            #expect(page1.json["next_offset"] as? Int == 1)
            #expect(sessions1[0]["query_summary"] is String && sessions1[0]["total_discovered"] as? Int == 3)
            let page2 = try await client.call(.get, "/api/jd/list-sessions?limit=1&offset=1")
            #expect((page2.json["sessions"] as? [[String: Any]])?.map { $0["session_id"] as? String } == [second])
            #expect(page2.json["next_offset"] == nil)

            let report = try await client.call(.get, "/api/jd/sessions/\(first)")
            #expect((report.json["candidates"] as? [Any])?.count == 3)
            let csv = try await client.call(.get, "/api/jd/sessions/\(first)?format=csv")
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.text.hasPrefix("rank,employee_id,name,"))
            #expect(csv.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)

            let clear = try await client.call(.post, "/api/jd/clear-session", body: #"{"session_id": "\#(first)"}"#)
            #expect(clear.status == .ok && clear.json["cleared"] as? Int == 1)
            #expect(try await client.call(.get, "/api/jd/sessions/\(first)").status == .notFound)
            let all = try await client.call(.post, "/api/jd/clear-all-sessions", key: TestServer.adminKey, body: "{}")
            #expect(all.json["cleared"] as? Int == 1)
            #expect(try await client.call(.get, "/api/jd/sessions/\(second)").status == .notFound)
        }
    }

    @Test("a structured JD with seed companies and a batching override is searched")
    func structuredAndOverrides() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let body = #"""
                {"jd": {"role_title": "Senior Machine Learning Engineer", "target_domain": "voice ai"},
                 "seed_companies": ["Echowave", "Vocalith"], "count": 3, "batching": {"mode": "company_batch", "batch_size": 2}}
                """#
            let response = try await client.call(.post, "/api/jd/domain-search", body: body)
            #expect(response.status == .ok, "\(response.text)")
            let batches = try #require(response.json["batches"] as? [[String: Any]])
            #expect(batches.allSatisfy { ($0["companies"] as? [Any])?.count ?? 0 <= 2 })
            let names = (response.json["companies"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(names.prefix(2) == ["Echowave", "Vocalith"])
        }
    }
}
