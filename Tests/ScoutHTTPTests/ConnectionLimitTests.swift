import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutCore
import ScoutHTTP
import ScoutTesting
import Testing

/// The stand-alone server's connection guard over real sockets: header and idle timeouts, the connection cap,
/// header sizes, health under amplifying requests, and streams whose client falls behind.
@Suite("HTTP: connections, timeouts and slow clients", .serialized)
struct ConnectionLimitTests {
    /// Runs `body` in a thread of its own (blocking socket calls stay off the concurrency pool).
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    static func health(_ port: Int) throws -> String {
        try LoopbackSocket.exchange(port: port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }

    @Test("a client that sends its head too slowly is dropped")
    func slowHeaders() async throws {
        var limits = ServerLimits()
        limits.headerTimeout = .milliseconds(500)
        let server = try await TestServer.make(limits: limits)
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            try await Self.blocking {
                let slow = try LoopbackSocket(port: port)
                try slow.send("GET /healthz HTTP/1.1\r\nHost: x\r\n")
                #expect(slow.closedByServer(), "a slow-header client is dropped")
            }
        }
    }

    @Test("beyond the connection cap the longest idle connection is closed and a new client is served")
    func connectionCap() async throws {
        var limits = ServerLimits()
        limits.headerTimeout = .seconds(600)
        limits.idleTimeout = .seconds(600)
        limits.maxConnections = 20
        let server = try await TestServer.make(limits: limits)
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            try await Self.blocking {
                let idle = try (0..<60).map { _ in try LoopbackSocket(port: port, timeout: 10) }
                let health = try Self.health(port)
                #expect(health.hasPrefix("HTTP/1.1 200"), "a new client is served past the cap: \(health.prefix(200))")
                #expect(idle[0].closedByServer(), "the oldest idle connection was closed")
            }
        }
    }

    @Test("oversized headers are 400 and the connection closes; never a 5xx")
    func headerSizes() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            try await Self.blocking {
                let big = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 40_000))\r\n\r\n"
                let bigAnswer = try LoopbackSocket.exchange(port: port, big)
                #expect(bigAnswer.hasPrefix("HTTP/1.1 400"), "\(bigAnswer.prefix(200))")
                let many = (0..<300).map { "X-H\($0): 1\r\n" }.joined()
                let manyAnswer = try LoopbackSocket.exchange(
                    port: port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\(many)\r\n")
                #expect(manyAnswer.hasPrefix("HTTP/1.1 400"), "\(manyAnswer.prefix(200))")
            }
        }
    }

    @Test("health answers while nested bodies, maximum JDs and slow-header clients are in flight")
    func healthUnderAmplification() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            let nested = HostileInputTests.nested(1_500)
            let jd = (0..<2_200).map { "- Python, Go, Kubernetes and PyTorch at scale (\($0))" }.joined(separator: "\n")
            let bigJD = TestServer.searchBody(count: 1, jd: "# Senior ML Engineer\n" + String(jd.prefix(99_000)))
            @Sendable func post(_ body: String) throws -> String {
                try LoopbackSocket.exchange(
                    port: port,
                    "POST /api/jd/domain-search HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(TestServer.searchKey)\r\n"
                        + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
                        + "Connection: close\r\n\r\n" + body)
            }
            let slow = try (0..<20).map { _ in try LoopbackSocket(port: port) }
            for socket in slow { try socket.send("GET /healthz HTTP/1.1\r\n") }
            try await withThrowingTaskGroup(of: (String, String).self) { group in
                for _ in 0..<30 { group.addTask { ("nested", try await Self.blocking { try post(nested) }) } }
                for _ in 0..<2 { group.addTask { ("jd", try await Self.blocking { try post(bigJD) }) } }
                for _ in 0..<10 { group.addTask { ("health", try await Self.blocking { try Self.health(port) }) } }
                for try await (kind, answer) in group {
                    let status = answer.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
                    switch kind {
                    case "health": #expect(status == 200, "health: \(answer.prefix(200))")
                    case "nested": #expect(status == 413, "nested: \(answer.prefix(200))")
                    default: #expect((200..<500).contains(status) || status == 503, "JD: \(answer.prefix(300))")
                    }
                }
            }
            withExtendedLifetime(slow) {}
        }
    }

    @Test("a stream whose client falls behind is dropped; its search still completes and commits")
    func streamNonReader() async throws {
        var limits = TestServer.relaxed
        limits.sseBufferBytes = 1
        // One request per key: the lists below are answered once the stream's work has ended and given its place back.
        limits.maxPerKey = 1
        let server = try await TestServer.make(limits: limits)
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            let outcome = try await SocketSSEClient.post(
                port: port, path: "/api/jd/domain-search", body: TestServer.searchBody(count: 5),
                headers: ["Authorization": "Bearer \(TestServer.searchKey)", "Accept": "text/event-stream"]
            ) { _ in }
            #expect(outcome.statusLine.hasPrefix("HTTP/1.1 200"))
            #expect(!outcome.events.contains { $0.name == "search_complete" }, "the stream was cut short")
            var candidates = 0
            for _ in 0..<600 where candidates == 0 {
                let list = try await client.call(.get, "/api/jd/list-sessions")
                if let id = (list.json["sessions"] as? [[String: Any]])?.first?["session_id"] as? String {
                    let session = try await client.call(.get, "/api/jd/sessions/\(id)")
                    candidates = (session.json["candidates"] as? [Any])?.count ?? 0
                }
                if candidates == 0 { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(candidates > 0, "the work the stream started committed its candidates")
            var gone = false
            for _ in 0..<300 where !gone {
                let metrics = try await client.call(.get, "/metrics", key: nil).text
                gone = metrics.split(separator: "\n").contains {
                    $0.hasPrefix("scout_http_streams_total") && $0.contains(#"outcome="client_gone""#)
                        && $0.contains(#"route="domain_search""#)
                }
                if !gone { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(gone, "the stream's outcome is recorded as client_gone")
            let metrics = try await client.call(.get, "/metrics", key: nil).text
            #expect(metrics.contains("scout_batches_failed_total 0"), "a client gone is not a failed batch")
        }
    }
}
