import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutHTTP
import Testing

@Suite("HTTP: client mistakes are 4xx with {error: {code, message, field}}")
struct ErrorRouteTests {
    @Test("malformed JSON is 400; unknown fields, wrong types, missing fields and bad counts are 422")
    func bodies() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let cases: [(String, String, HTTPResponse.Status, String?, String?)] = [
                ("/api/jd/domain-search", "{not json", .badRequest, "malformed_json", nil),
                ("/api/jd/domain-search", "[1, 2]", .badRequest, "malformed_json", nil),
                ("/api/jd/domain-search", "", .badRequest, "malformed_json", nil),
                (
                    "/api/jd/domain-search", #"{"jd": "x", "colour": 1}"#, .unprocessableContent, "unknown_field",
                    "colour"
                ),
                ("/api/jd/domain-search", #"{"jd": 3}"#, .unprocessableContent, "invalid_field", "jd"),
                ("/api/jd/domain-search", #"{"count": 5}"#, .unprocessableContent, "missing_field", "jd"),
                (
                    "/api/jd/domain-search", #"{"jd": "x", "count": "5"}"#, .unprocessableContent, "invalid_field",
                    "count"
                ),
                (
                    "/api/jd/domain-search", #"{"jd": "x", "count": 2.5}"#, .unprocessableContent, "invalid_field",
                    "count"
                ),
                (
                    "/api/jd/domain-search", #"{"jd": "x", "count": 501}"#, .unprocessableContent, "invalid_field",
                    "count"
                ),
                ("/api/jd/domain-search", #"{"jd": "x", "count": 0}"#, .unprocessableContent, "invalid_field", "count"),
                (
                    "/api/jd/domain-search", #"{"jd": "x", "batching": {"size": 2}}"#, .unprocessableContent,
                    "unknown_field", "batching.size"
                ),
                (
                    "/api/jd/domain-search", #"{"jd": "x", "batching": {"mode": "nope"}}"#, .unprocessableContent,
                    "invalid_field", "batching.mode"
                ),
                (
                    "/api/jd/domain-search", #"{"jd": {"title": "x"}}"#, .unprocessableContent, "invalid_field",
                    "jd.role_title"
                ),
                (
                    "/api/jd/load-more-previews", #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA", "count": 25}"#,
                    .unprocessableContent, "invalid_field", "count"
                ),
                (
                    "/api/jd/load-more-previews", #"{"session_id": 7}"#, .unprocessableContent, "invalid_field",
                    "session_id"
                ),
                (
                    "/api/jd/load-more-previews", #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA", "mode": "random"}"#,
                    .unprocessableContent, "invalid_field", "mode"
                ),
                ("/api/jd/load-more-previews", #"{"count": 20}"#, .unprocessableContent, "missing_field", "session_id"),
                (
                    "/api/jd/load-more-previews", #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA"}"#, .notFound,
                    "session_not_found", "session_id"
                ),
                (
                    "/api/jd/load-more-previews", #"{"session_id": "nope", "count": 40}"#, .notFound,
                    "session_not_found", "session_id"
                ),
                (
                    "/api/jd/clear-session", #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA"}"#, .notFound,
                    "session_not_found", "session_id"
                ),
                (
                    "/api/jd/evaluate-stream", #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA"}"#, .notFound,
                    "session_not_found", "session_id"
                ),
                (
                    "/api/jd/evaluate-stream", #"{"session_id": "x", "from": 1}"#, .unprocessableContent,
                    "unknown_field", "from"
                ),
            ]
            // The one count rule (CandidateCount), in the answers and in the OpenAPI document.
            let over = try await client.call(.post, "/api/jd/domain-search", body: #"{"jd": "x", "count": 501}"#)
            #expect(
                (over.json["error"] as? [String: Any])?["message"] as? String
                    == "'count' must be between 1 and 500, got 501")
            let more = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA", "count": 25}"#)
            #expect(
                (more.json["error"] as? [String: Any])?["message"] as? String == "'count' must be 20, 40 or 100, got 25"
            )
            let document = try await client.call(.get, "/openapi.yaml", key: nil).text
            #expect(document.contains("count: {type: integer, minimum: 1, maximum: 500}"))
            #expect(document.contains("count: {type: integer, enum: [20, 40, 100], default: 20}"))
            for (uri, body, status, code, field) in cases {
                let response = try await client.call(.post, uri, body: body)
                #expect(response.status == status, "\(uri) \(body): \(response.status) \(response.text)")
                #expect(response.errorCode == code, "\(uri) \(body): \(response.text)")
                #expect(response.errorField == field, "\(uri) \(body): \(response.text)")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(!response.text.lowercased().contains("traceback"))
            }
        }
    }

    @Test("an Idempotency-Key must be 1 to 200 characters")
    func idempotencyKeyLength() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            for key in ["", String(repeating: "k", count: 201)] {
                var headers = HTTPFields()
                headers[HTTPField.Name("Idempotency-Key")!] = key
                let response = try await client.call(
                    .post, "/api/jd/load-more-previews",
                    body: #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA"}"#, headers: headers)
                #expect(response.status == .unprocessableContent, "\(key.count): \(response.text)")
                #expect(response.errorField == "Idempotency-Key")
            }
        }
    }

    @Test("an oversized body is 413; bad query parameters are 422; a JD without a role is 422, not 500")
    func limitsAndQueries() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let big = #"{"jd": ""# + String(repeating: "a", count: ScoutService.defaultMaxBodyBytes + 10) + #""}"#
            let tooLarge = try await client.call(.post, "/api/jd/domain-search", body: big)
            #expect(tooLarge.status == .contentTooLarge && tooLarge.errorCode == "body_too_large")
            let limit = try await client.call(.get, "/api/jd/list-sessions?limit=0")
            #expect(limit.status == .unprocessableContent && limit.errorField == "limit")
            let offset = try await client.call(.get, "/api/jd/list-sessions?offset=abc")
            #expect(offset.status == .unprocessableContent && offset.errorField == "offset")
            let format = try await client.call(.get, "/api/jd/sessions/s_AAAAAAAAAAAAAAAAAAAAAA?format=xml")
            #expect(format.status == .unprocessableContent && format.errorField == "format")
            let unknown = try await client.call(.get, "/api/jd/sessions/s_AAAAAAAAAAAAAAAAAAAAAA")
            #expect(unknown.status == .notFound && unknown.errorCode == "session_not_found")
            let noRole = try await client.call(.post, "/api/jd/domain-search", body: #"{"jd": "hello"}"#)
            #expect(noRole.status == .unprocessableContent, "\(noRole.text)")
            let lastID = try await client.call(
                .post, "/api/jd/evaluate-stream", body: #"{"session_id": "s_AAAAAAAAAAAAAAAAAAAAAA"}"#,
                headers: [HTTPField.Name("Last-Event-ID")!: "abc"])
            #expect(lastID.status == .unprocessableContent && lastID.errorField == "Last-Event-ID")
        }
    }
}
