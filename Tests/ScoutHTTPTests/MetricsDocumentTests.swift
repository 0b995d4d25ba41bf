import Foundation
import HTTPTypes
import HummingbirdTesting
import ScoutCore
import ScoutHTTP
import ScoutTesting
import Testing

@Suite("metrics: one path, one meaning per name, every name documented")
struct MetricsDocumentTests {
    @Test("every metric /metrics shows after searches, load-mores and errors is listed in docs/metrics.md")
    func everyEmittedMetricIsDocumented() async throws {
        let documented = try MetricsDocument.names(root: MetricsDocument.root(of: #filePath))
        #expect(documented.contains("scout_slices_committed_total") && documented.contains("scout_http_requests_total"))
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search(count: 5)
            _ = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "\#(id)", "count": 20}"#)
            _ = try await client.call(.post, "/api/jd/load-more-previews", body: #"{"session_id": "nope"}"#)
            let text = try await client.call(.get, "/metrics", key: nil).text
            let emitted = Set(
                text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }
                    .map { String($0.split(separator: " ")[2]) })
            #expect(emitted.count >= 10)
            for name in emitted.sorted() {
                #expect(documented.contains(name), "\(name) is emitted but not in docs/metrics.md")
            }
            // The orchestrator writes through the service's factory: its slice counter reached /metrics.
            let slices = text.split(separator: "\n").first { $0.hasPrefix("scout_slices_committed_total ") }
            #expect((slices?.split(separator: " ").last).flatMap { Int($0) } ?? 0 >= 2, "\(text)")
            #expect(text.contains("scout_sessions_created_total 1"))
        }
    }
}
