import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ScoutHTTP
import Testing

@Suite("HTTP: embedding in a host application")
struct EmbeddingTests {
    @Test("Scout mounts under /recruiting in a host app next to the host's own routes")
    func mountUnderPrefix() async throws {
        let server = try await TestServer.make()
        let router = Router()
        router.get("/status") { _, _ in "host ok" }
        addScoutRoutes(to: router.group("recruiting"), service: server.service)
        try router.validate()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            logger: Logger(label: "host"))
        try await app.test(.router) { client in
            #expect(try await client.call(.get, "/status", key: nil).text == "host ok")
            #expect(try await client.call(.get, "/recruiting/healthz", key: nil).status == .ok)
            let id = try await client.search(prefix: "/recruiting")
            let report = try await client.call(.get, "/recruiting/api/jd/sessions/\(id)")
            #expect(report.status == .ok && report.json["session_id"] as? String == id)
            #expect(try await client.call(.get, "/api/jd/sessions/\(id)").status == .notFound)
        }
    }
}
