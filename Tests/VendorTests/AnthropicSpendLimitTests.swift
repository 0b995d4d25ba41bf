import Foundation
import HTTPTypes
import Hummingbird
import MetricsTestKit
import NIOCore
import ScoutCore
import ScoutVendorKit
import Testing

/// A loopback responder that answers every `POST /v1/messages` with one fixed response and counts the requests.
private func withResponder<T>(
    status: Int, body: String, headers: [(String, String)] = [], _ run: (String, @Sendable () -> Int) async throws -> T
) async throws -> T {
    let count = LockedValue(0)
    let router = Router()
    router.post("v1/messages") { _, _ -> Response in
        count.withLock { $0 += 1 }
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        for (name, value) in headers { if let key = HTTPField.Name(name) { fields[key] = value } }
        return Response(
            status: HTTPResponse.Status(code: status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            continuation.yield(channel.localAddress?.port ?? 0)
            continuation.finish()
        }, logger: quietLogger)
    let task = Task { try await app.runService(gracefulShutdownSignals: []) }
    var port = 0
    for await value in ports {
        port = value
        break
    }
    let result: Result<T, any Error>
    do { result = .success(try await run("http://127.0.0.1:\(port)", { count.withLock { $0 } })) } catch {
        result = .failure(error)
    }
    task.cancel()
    _ = await task.result
    return try result.get()
}

@Suite("anthropic spend limit")
struct AnthropicSpendLimitTests {
    static let key = "sk-ant-spend-secret-9999888877776666"

    static func client(_ baseURL: String, metrics: TestMetrics) -> AnthropicClient {
        var settings = AnthropicSettings()
        settings.baseURL = baseURL
        settings.model = "claude-sonnet-4-6"
        settings.http = testHTTP(.minute, retries: 4)
        return AnthropicClient(
            settings: settings, apiKey: Secret(key), logger: quietLogger, clock: VirtualVendorClock(), metrics: metrics)
    }

    @Test("a 429 enforced_spend_limit_reached is not retried and stops with quotaExhausted")
    func spendLimit() async throws {
        let body = """
            {"type":"error","error":{"type":"rate_limit_error","message":"spend limit reached",\
            "details":{"error_code":"enforced_spend_limit_reached"}},"request_id":"req_1"}
            """
        try await withResponder(status: 429, body: body, headers: [("retry-after", "1")]) { root, requests in
            let metrics = TestMetrics()
            let error = await #expect(throws: ScoutError.self) {
                _ = try await Self.client(root, metrics: metrics).complete(system: "s", user: "u", label: "probe")
            }
            #expect(error?.code == .quotaExhausted)
            #expect(error?.message.contains("spend limit") == true)
            #expect(error?.message.contains(Self.key) == false)
            #expect(requests() == 1)
            #expect(VendorMetricsTests.counter(metrics, VendorMetrics.rateLimitedLabel, "anthropic") == 1)
            #expect(VendorMetricsTests.counter(metrics, VendorMetrics.retriesLabel, "anthropic") == 0)
        }
    }

    @Test("an ordinary 429 rate_limit_error is still retried")
    func ordinary429() async throws {
        let body = #"{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}"#
        try await withResponder(status: 429, body: body) { root, requests in
            let metrics = TestMetrics()
            let error = await #expect(throws: ScoutError.self) {
                _ = try await Self.client(root, metrics: metrics).complete(system: "s", user: "u", label: "probe")
            }
            #expect(error?.code == .vendor)
            #expect(requests() == 5)
            #expect(VendorMetricsTests.counter(metrics, VendorMetrics.rateLimitedLabel, "anthropic") == 5)
            #expect(VendorMetricsTests.counter(metrics, VendorMetrics.retriesLabel, "anthropic") == 4)
        }
    }
}
