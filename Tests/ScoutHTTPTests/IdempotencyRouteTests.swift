import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ScoutCore
import ScoutTesting
import Testing

@testable import ScoutHTTP

@Suite("HTTP: idempotent load-more, per workspace, in the store")
struct IdempotencyRouteTests {
    static let key = HTTPField.Name("Idempotency-Key")!
    static let replayed = HTTPField.Name("Idempotent-Replayed")!

    @Test("another tenant's requests never change a workspace's idempotent answer")
    func tenants() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let body = #"{"session_id": "\#(id)", "count": 20}"#
            let first = try await client.call(.post, "/api/jd/load-more-previews", body: body, headers: [Self.key: "k"])
            #expect(first.status == .ok)
            // Cheap requests of globex (an unknown session: 404, kept like any client error).
            for i in 0..<100 {
                let other = try await client.call(
                    .post, "/api/jd/load-more-previews", key: TestServer.otherKey,
                    body: #"{"session_id": "\#(id)", "count": 20}"#, headers: [Self.key: "g\(i)"])
                #expect(other.status == .notFound)
            }
            let retry = try await client.call(.post, "/api/jd/load-more-previews", body: body, headers: [Self.key: "k"])
            #expect(retry.status == .ok && retry.text == first.text)
            #expect(retry.headers[Self.replayed] == "true")
        }
    }

    @Test("1,001 keys of another tenant, at the default bounds, evict none of a workspace's answers")
    func tenantsAtTheBound() async throws {
        let server = try await TestServer.make()
        let store = try #require(server.service.orchestrator.pipeline.abilities.idempotency)
        let requests = IdempotentRequests(
            store: store, clock: SystemClock(), limits: IdempotencyLimits(), logger: Logger(label: "test"))
        let mine = IdempotencyKey(workspace: "acme", key: "k", fingerprint: "f")
        _ = try await requests.answer(mine) { IdempotentAnswer(status: 200, body: Data("first".utf8)) }
        for i in 0..<1_001 {
            _ = try await requests.answer(IdempotencyKey(workspace: "globex", key: "g\(i)", fingerprint: "f")) {
                IdempotentAnswer(status: 404, body: Data("{}".utf8))
            }
        }
        let (answer, replayed) = try await requests.answer(mine) { IdempotentAnswer(status: 200, body: Data()) }
        #expect(replayed && answer.body == Data("first".utf8))
        // globex's own oldest key was evicted at its bound of 1,000.
        let (_, oldest) = try await requests.answer(IdempotencyKey(workspace: "globex", key: "g0", fingerprint: "f")) {
            IdempotentAnswer(status: 404, body: Data("{}".utf8))
        }
        #expect(!oldest)
    }

    @Test("reordered JSON keys and other spacing are the same request")
    func canonical() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let first = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "\#(id)", "count": 20}"#,
                headers: [Self.key: "k"])
            let reordered = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{ "count":20,"session_id":"\#(id)" }"#,
                headers: [Self.key: "k"])
            #expect(reordered.status == .ok && reordered.text == first.text)
            #expect(reordered.headers[Self.replayed] == "true")
        }
        let a = IdempotentRequests.fingerprint(method: "POST", path: "/p", body: Data(#"{"a":1,"b":[1,2]}"#.utf8))
        let b = IdempotentRequests.fingerprint(method: "POST", path: "/p", body: Data(#"{"b": [1, 2], "a": 1}"#.utf8))
        #expect(a == b)
        #expect(a != IdempotentRequests.fingerprint(method: "POST", path: "/q", body: Data(#"{"a":1,"b":[1,2]}"#.utf8)))
        #expect(a != IdempotentRequests.fingerprint(method: "POST", path: "/p", body: Data(#"{"a":1,"b":[2,1]}"#.utf8)))
    }

    @Test("a restart (a new service on the same SQLite file) replays the answer")
    func restart() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("scout-idem-\(UUID().uuidString)/scout.sqlite").path
        let yaml = "store: {type: sqlite, path: \(path)}"
        let server = try await TestServer.make(yaml: yaml)
        let (id, first) = try await server.application().test(.router) { client in
            let id = try await client.search()
            let first = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "\#(id)", "count": 20}"#,
                headers: [Self.key: "restart"])
            return (id, first.text)
        }
        let restarted = try await TestServer.make(yaml: yaml)
        try await restarted.application().test(.router) { client in
            let retry = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"count": 20, "session_id": "\#(id)"}"#,
                headers: [Self.key: "restart"])
            #expect(retry.status == .ok && retry.text == first)
            #expect(retry.headers[Self.replayed] == "true")
        }
    }

    @Test("server errors are not kept; concurrent retries on two stores sharing a file run the work once")
    func concurrentAndErrors() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("scout-idem-\(UUID().uuidString)/scout.sqlite").path
        // Two services on one file: two stores with their own connection pools, as two processes have.
        let yaml = "store: {type: sqlite, path: \(path)}"
        let one = try #require(
            try await TestServer.make(yaml: yaml).service.orchestrator.pipeline.abilities.idempotency)
        let two = try #require(
            try await TestServer.make(yaml: yaml).service.orchestrator.pipeline.abilities.idempotency)
        let runs = Counter()
        let key = IdempotencyKey(workspace: "acme", key: "k", fingerprint: "f")
        let failing = IdempotentRequests(
            store: one, clock: SystemClock(), limits: IdempotencyLimits(), logger: Logger(label: "test"))
        let (error, errorReplayed) = try await failing.answer(key) {
            await runs.add()
            return IdempotentAnswer(status: 503, body: Data("busy".utf8))
        }
        #expect(error.status == 503 && !errorReplayed)
        let answers = try await withThrowingTaskGroup(of: (IdempotentAnswer, Bool).self) { group in
            for i in 0..<8 {
                let requests = IdempotentRequests(
                    store: i.isMultiple(of: 2) ? one : two, clock: SystemClock(), limits: IdempotencyLimits(),
                    logger: Logger(label: "test"), poll: .milliseconds(5))
                group.addTask {
                    try await requests.answer(key) {
                        await runs.add()
                        try? await Task.sleep(for: .milliseconds(200))
                        return IdempotentAnswer(status: 200, body: Data("done".utf8))
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(await runs.value == 2, "the 503 once, then the work once")
        #expect(answers.allSatisfy { $0.0.body == Data("done".utf8) })
        #expect(answers.filter { !$0.1 }.count == 1)
    }
}

/// Counts calls across tasks.
actor Counter {
    private(set) var value = 0
    func add() { value += 1 }
}
