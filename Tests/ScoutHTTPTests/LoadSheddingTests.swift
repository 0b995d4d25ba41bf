import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ScoutCore
import ScoutHTTP
import ScoutTesting
import ServiceLifecycle
import Testing

/// Shedding before saturation, the request deadline and the shutdown drain limit, with a store whose session list
/// is slow (``SlowListStore``).
@Suite("HTTP: load shedding, deadlines and a bounded shutdown")
struct LoadSheddingTests {
    static func server(limits: ServerLimits, delay: Duration) async throws -> (TestServer, SlowListStore) {
        let made = LockedValue<SlowListStore?>(nil)
        let server = try await TestServer.make(
            yaml: "store: {type: slow}", limits: limits,
            registry: try SlowListStore.registry(delay: delay, made: made))
        return (server, try #require(made.withLock { $0 }))
    }

    @Test("a key beyond its limit is 429, the server beyond its limit 503, both with Retry-After; health answers")
    func shedding() async throws {
        var limits = TestServer.relaxed
        limits.maxPerKey = 1
        limits.maxInFlight = 2
        let (server, store) = try await Self.server(limits: limits, delay: .seconds(120))
        try await server.application().test(.router) { client in
            async let first = client.call(.get, "/api/jd/list-sessions", key: TestServer.searchKey)
            try await store.waitForStarted(1)
            let again = try await client.call(.get, "/api/jd/list-sessions", key: TestServer.searchKey)
            #expect(again.status == .tooManyRequests && again.errorCode == "too_many_requests")
            #expect(again.headers[.retryAfter] == "1")
            async let second = client.call(.get, "/api/jd/list-sessions", key: TestServer.otherKey)
            try await store.waitForStarted(2)
            let third = try await client.call(.get, "/api/jd/list-sessions", key: TestServer.adminKey)
            #expect(third.status == .serviceUnavailable && third.errorCode == "overloaded")
            #expect(third.headers[.retryAfter] == "1")
            #expect(try await client.call(.get, "/healthz", key: nil).status == .ok)
            #expect(try await client.call(.get, "/readyz", key: nil).status == .ok)
            // Once the slow requests end, their places are free again.
            store.setSlow(false)
            for response in [try await first, try await second] { #expect(response.status == .ok) }
            #expect(try await client.call(.get, "/api/jd/list-sessions", key: TestServer.searchKey).status == .ok)
            let metrics = try await client.call(.get, "/metrics", key: nil).text
            for route in ["healthz", "readyz", "list_sessions"] {
                #expect(
                    metrics.contains(#"scout_http_request_duration_seconds_count{route="\#(route)"}"#),
                    "a latency histogram for \(route)")
            }
            #expect(metrics.contains(#"status="429""#) && metrics.contains(#"status="503""#))
        }
    }

    @Test("an answer not ready within the request deadline is 503 deadline_exceeded, and its place is free again")
    func deadline() async throws {
        var limits = TestServer.relaxed
        limits.requestTimeout = .milliseconds(300)
        limits.maxPerKey = 1
        let (server, store) = try await Self.server(limits: limits, delay: .seconds(600))
        try await server.application().test(.router) { client in
            let late = try await client.call(.get, "/api/jd/list-sessions")
            #expect(late.status == .serviceUnavailable && late.errorCode == "deadline_exceeded", "\(late.text)")
            store.setSlow(false)
            var answer = try await client.call(.get, "/api/jd/list-sessions")
            // The cancelled work gives its place back as soon as it has stopped.
            for _ in 0..<100 where answer.status == .tooManyRequests {
                try await Task.sleep(for: .milliseconds(50))
                answer = try await client.call(.get, "/api/jd/list-sessions")
            }
            #expect(answer.status == .ok)
        }
    }

    @Test("graceful shutdown with a request in flight ends within the drain limit")
    func drainLimit() async throws {
        var limits = TestServer.relaxed
        limits.shutdownTimeout = .seconds(1)
        let (server, store) = try await Self.server(limits: limits, delay: .seconds(600))
        let logger = Logger(label: "scout.http.test")
        let listening = AsyncStream<Int>.makeStream()
        let group = try scoutServiceGroup(
            service: server.service, host: "127.0.0.1", port: 0, logger: logger, handlesSignals: false
        ) { port in listening.continuation.yield(port) }
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try? await group.run() }
            var ports = listening.stream.makeAsyncIterator()
            let port = try #require(await ports.next())
            let request =
                "GET /api/jd/list-sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(TestServer.searchKey)\r\n\r\n"
            let socket = try LoopbackSocket(port: port)
            try socket.send(request)
            try await store.waitForStarted(1)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            withExtendedLifetime(socket) {}
        }
        // The slow request would take 10 minutes; the group ended long before (alone: about 1 s; the bound leaves room
        // for a fully loaded test run, whose other suites hold the few cooperative threads for a while).
        #expect(ContinuousClock.now - started < .seconds(400))
    }
}
