import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutHTTP
import Testing

@Suite("HTTP: Server-Sent Events")
struct StreamingRouteTests {
    static let accept: HTTPFields = [.accept: "text/event-stream"]
    static let lastEventID = HTTPField.Name("Last-Event-ID")!

    @Test("domain-search with Accept: text/event-stream streams named events and ends with search_complete")
    func searchStream() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let response = try await client.call(
                .post, "/api/jd/domain-search", body: TestServer.searchBody(count: 5), headers: Self.accept)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.headers[.cacheControl] == "no-cache")
            #expect(response.headers[HTTPField.Name("X-Accel-Buffering")!] == "no")
            let events = ParsedEvent.parse(response.text)
            let names = events.map(\.name)
            #expect(names.first == "requirements_parsed")
            #expect(names.last == "search_complete")
            for name in [
                "discovery_started", "companies_resolved", "session_created", "batch_started", "candidate_found",
                "profile_collected", "candidate_evaluated", "batch_finished", "totals",
            ] {
                #expect(names.contains(name), "no \(name) event")
            }
            #expect(names.firstIndex(of: "session_created")! < names.firstIndex(of: "candidate_evaluated")!)
            let created = try #require(events.first { $0.name == "session_created" })
            let complete = try #require(events.last)
            #expect(created.json["session_id"] as? String == complete.json["session_id"] as? String)
            #expect((complete.json["new_profiles"] as? [Any])?.count == 5)
        }
    }

    @Test("a failing search streams an error event with a code and a message only")
    func searchStreamError() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let response = try await client.call(
                .post, "/api/jd/domain-search", body: #"{"jd": "hello there"}"#, headers: Self.accept)
            let events = ParsedEvent.parse(response.text)
            let last = try #require(events.last)
            #expect(last.name == "error")
            #expect(Set(last.json.keys) == ["code", "message"])
        }
    }

    @Test(
        "evaluate-stream replays candidates with ordinal ids and a final ranking; Last-Event-ID resumes without repeats"
    )
    func evaluateStream() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search(count: 5)
            let body = #"{"session_id": "\#(id)"}"#
            let full = ParsedEvent.parse(try await client.call(.post, "/api/jd/evaluate-stream", body: body).text)
            #expect(full.first?.name == "evaluation_started")
            #expect(full.last?.name == "evaluation_complete")
            let candidates = full.filter { $0.name == "candidate_evaluated" }
            let ids = candidates.compactMap { $0.id.flatMap(Int.init) }
            #expect(ids.count == 5 && ids == ids.sorted())
            #expect(full.filter { $0.name == "progress" }.count == 5)
            #expect((full.last?.json["ranking"] as? [Any])?.count == 5)

            let resumed = ParsedEvent.parse(
                try await client.call(
                    .post, "/api/jd/evaluate-stream", body: body,
                    headers: [Self.lastEventID: String(ids[1])]
                ).text)
            let resumedIDs = resumed.filter { $0.name == "candidate_evaluated" }.compactMap { $0.id.flatMap(Int.init) }
            #expect(resumedIDs == Array(ids.dropFirst(2)))
            #expect(resumed.last?.name == "evaluation_complete")
        }
    }
}
