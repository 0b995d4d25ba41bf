import Foundation
import ScoutCore
import ScoutVendorKit
import Testing

@Suite("vendor plumbing")
struct VendorKitTests {
    @Test("retry rules: statuses, x-should-retry, retry-after-ms, Retry-After seconds and HTTP date, full jitter")
    func retryPolicy() {
        #expect(RetryPolicy.isRetryable(status: 429, headers: VendorHeaders()))
        #expect(RetryPolicy.isRetryable(status: 529, headers: VendorHeaders()))
        #expect(RetryPolicy.isRetryable(status: 503, headers: VendorHeaders()))
        #expect(RetryPolicy.isRetryable(status: 408, headers: VendorHeaders()))
        #expect(!RetryPolicy.isRetryable(status: 400, headers: VendorHeaders()))
        #expect(!RetryPolicy.isRetryable(status: 402, headers: VendorHeaders()))
        #expect(!RetryPolicy.isRetryable(status: 432, headers: VendorHeaders()))
        #expect(!RetryPolicy.isRetryable(status: 503, headers: VendorHeaders([("X-Should-Retry", "false")])))
        #expect(RetryPolicy.isRetryable(status: 400, headers: VendorHeaders([("x-should-retry", "true")])))
        #expect(RetryPolicy.serverDelay(VendorHeaders([("retry-after-ms", "1500"), ("retry-after", "9")])) == 1.5)
        #expect(RetryPolicy.serverDelay(VendorHeaders([("Retry-After", "2.5")])) == 2.5)
        let now = Date(timeIntervalSince1970: 784_111_777)
        #expect(
            RetryPolicy.serverDelay(VendorHeaders([("Retry-After", "Sun, 06 Nov 1994 08:49:47 GMT")]), now: now) == 10)
        let policy = RetryPolicy(maxRetries: 3, baseDelay: 0.5, maxDelay: 4)
        #expect(policy.delay(retry: 3, headers: nil, random: { $0.upperBound }) == 2)
        #expect(policy.delay(retry: 10, headers: nil, random: { $0.upperBound }) == 4)
        #expect(policy.delay(retry: 1, headers: nil, random: { $0.lowerBound }) == 0)
        #expect(
            policy.delay(retry: 1, headers: VendorHeaders([("retry-after", "600")]), random: { $0.upperBound }) == 4)
    }

    @Test("SSE: named events, data-only events, CRLF, comments, multi-line data, split chunks and [DONE]")
    func sse() {
        var parser = SSEParser()
        var events = parser.feed(Array("event: ping\r\ndata: {\"type\":\"ping\"}\r\n\r\n: comment\n".utf8))
        events += parser.feed(Array("data: {\"a\":".utf8))
        events += parser.feed(Array("1}\n\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n".utf8))
        #expect(
            events == [
                SSEEvent(event: "ping", data: "{\"type\":\"ping\"}"), SSEEvent(event: nil, data: "{\"a\":1}"),
                SSEEvent(event: nil, data: "line1\nline2"), SSEEvent(event: nil, data: "[DONE]"),
            ])
        var tail = SSEParser()
        #expect(tail.feed(Array("event: message_stop\ndata: {}".utf8)).isEmpty)
        #expect(tail.finish() == [SSEEvent(event: "message_stop", data: "{}")])
    }

    @Test("secrets are redacted in descriptions")
    func secretDescription() {
        let secret = Secret("tvly-super-secret")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
    }
}
