import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutCore
import Testing

@testable import ScoutHTTP

/// Issue 12's hostile-input corpus: each request is answered with the right 4xx, never a 5xx, and cheaply (the
/// bounds are checked before any parser or pipeline stage runs).
@Suite("HTTP: hostile input is a clear 4xx, never a 5xx")
struct HostileInputTests {
    static func nested(_ depth: Int) -> String {
        #"{"jd": "x", "batching": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "}"
    }

    static let corpus: [(name: String, path: String, body: String, status: HTTPResponse.Status, code: String)] = [
        ("3 KB of nesting", "/api/jd/domain-search", nested(1_500), .contentTooLarge, "json_too_complex"),
        ("33 levels", "/api/jd/domain-search", nested(33), .contentTooLarge, "json_too_complex"),
        (
            "20,000 keys", "/api/jd/domain-search",
            "{" + (0..<20_000).map { #""k\#($0)": 1"# }.joined(separator: ",") + "}", .contentTooLarge,
            "json_too_complex"
        ),
        (
            "20,000 array elements", "/api/jd/domain-search",
            #"{"jd": "x", "seed_companies": ["# + Array(repeating: "1", count: 20_000).joined(separator: ",") + "]}",
            .contentTooLarge, "json_too_complex"
        ),
        (
            "a duplicate key", "/api/jd/domain-search", #"{"jd": "x", "count": 5, "count": 500}"#,
            .unprocessableContent, "duplicate_key"
        ),
        (
            "an escaped duplicate key", "/api/jd/load-more-previews",
            #"{"session_id": "a", "session_\u0069d": "b"}"#, .unprocessableContent, "duplicate_key"
        ),
        (
            "a JD above 100 KB", "/api/jd/domain-search",
            TestServer.searchBody(jd: String(repeating: "Senior ML Engineer. ", count: 6_000)), .unprocessableContent,
            "invalid_field"
        ),
        (
            "101 seed companies", "/api/jd/domain-search",
            TestServer.searchBody(
                extra: #", "seed_companies": ["# + (0...100).map { #""Co \#($0)""# }.joined(separator: ",") + "]"),
            .unprocessableContent, "invalid_field"
        ),
        (
            "a seed name of 10 KB", "/api/jd/domain-search",
            TestServer.searchBody(extra: #", "seed_companies": [""# + String(repeating: "a", count: 10_000) + #""]"#),
            .unprocessableContent, "invalid_field"
        ),
        (
            "a body above 1 MiB", "/api/jd/domain-search",
            #"{"jd": ""# + String(repeating: "a", count: 1 << 20) + #""}"#, .contentTooLarge, "body_too_large"
        ),
    ]

    @Test("nesting, keys, duplicates, a huge JD, too many or too long seeds, a huge body")
    func corpusAnswers() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            for entry in Self.corpus {
                let response = try await client.call(.post, entry.path, body: entry.body)
                #expect(
                    response.status == entry.status, "\(entry.name): \(response.status) \(response.text.prefix(300))")
                #expect(response.errorCode == entry.code, "\(entry.name): \(response.text.prefix(300))")
                #expect(response.status.code < 500, "\(entry.name)")
            }
            let duplicate = try await client.call(
                .post, "/api/jd/domain-search", body: #"{"jd": "x", "count": 5, "count": 500}"#)
            #expect(duplicate.errorField == "count")
            #expect(duplicate.text.contains("'count'"))
        }
    }

    @Test("the pre-scan bounds depth and members, finds duplicates per object, and leaves strings alone")
    func preScan() throws {
        let scan = { (text: String) throws in
            try JSONPreScan(maxDepth: 4, maxMembers: 8).check(Data(text.utf8))
        }
        try scan(#"{"a": {"b": [1, 2]}, "c": "{[{[{[ \" , , "}"#)
        try scan(#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#)
        #expect(throws: (any Error).self) { try scan(#"[[[[[1]]]]]"#) }
        #expect(throws: (any Error).self) { try scan("[1,2,3,4,5,6,7,8,9]") }
        #expect(throws: (any Error).self) { try scan(#"{"a": {"x": 1, "x": 2}}"#) }
        try scan("[]")
        try scan(#"{"k": []}"#)
    }

    @Test("every GET answers HEAD; another method on a known path is 405 with Allow; unknown paths stay 404")
    func methods() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let head = try await client.call(.head, "/healthz", key: nil)
            #expect(head.status == .ok && head.body.readableBytes == 0)
            #expect(head.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(try await client.call(.head, "/api/jd/list-sessions").status == .ok)
            #expect(try await client.call(.head, "/api/jd/list-sessions", key: nil).status == .unauthorized)
            let cases: [(HTTPRequest.Method, String, String)] = [
                (.post, "/healthz", "GET, HEAD"), (.delete, "/healthz", "GET, HEAD"), (.put, "/metrics", "GET, HEAD"),
                (.get, "/api/jd/domain-search", "POST"), (.delete, "/api/jd/domain-search", "POST"),
                (.patch, "/api/jd/sessions/s_AAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD"), (.post, "/", "GET, HEAD"),
            ]
            for (method, path, allow) in cases {
                let response = try await client.call(method, path, body: method == .get ? nil : "{}")
                #expect(response.status == .methodNotAllowed, "\(method) \(path): \(response.status)")
                #expect(response.headers[.allow] == allow, "\(method) \(path)")
                #expect(response.errorCode == "method_not_allowed")
            }
            #expect(try await client.call(.get, "/nowhere").status == .notFound)
        }
    }
}
