import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutCore
import ScoutHTTP
import Testing

@Suite("HTTP: a real TCP socket")
struct LiveServerTests {
    @Test("an SSE client reads search events one by one as they arrive; shutdown ends open streams with a final event")
    func liveStream() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            let headers = ["Accept": "text/event-stream", "Authorization": "Bearer \(TestServer.searchKey)"]
            let arrivals = LockedValue<[String]>([])
            let outcome = try await SocketSSEClient.post(
                port: port, path: "/api/jd/domain-search", body: TestServer.searchBody(count: 20),
                headers: headers
            ) { event in arrivals.withLock { $0.append(event.name) } }
            #expect(outcome.statusLine == "HTTP/1.1 200 OK")
            #expect(outcome.headers.lowercased().contains("content-type: text/event-stream"))
            #expect(outcome.events.first?.name == "requirements_parsed")
            #expect(outcome.events.last?.name == "search_complete")
            #expect(arrivals.withLock { $0 } == outcome.events.map(\.name))
            #expect(outcome.readsWithEvents > 1, "every event arrived in one read: the response was buffered")

            // Shutdown while a long search streams: the stream ends with `shutdown`, not mid-event.
            let service = server.service
            let cut = try await SocketSSEClient.post(
                port: port, path: "/api/jd/domain-search", body: TestServer.searchBody(count: 100),
                headers: headers
            ) { event in
                if event.name == "candidate_found" { service.shutdown.shutDown() }
            }
            #expect(cut.events.last?.name == "shutdown")
            #expect(cut.events.filter { $0.name == "shutdown" }.count == 1)
            let refused = try await client.call(
                .post, "/api/jd/domain-search", body: TestServer.searchBody(), headers: [.accept: "text/event-stream"])
            #expect(refused.status == .serviceUnavailable)
        }
    }
}
