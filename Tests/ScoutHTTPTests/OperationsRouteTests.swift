import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutCore
import ScoutHTTP
import Testing

@Suite("HTTP: operations routes and auth")
struct OperationsRouteTests {
    @Test("healthz, readyz, metrics and openapi.yaml are open")
    func openRoutes() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let health = try await client.call(.get, "/healthz", key: nil)
            #expect(health.status == .ok && health.json["status"] as? String == "ok")
            let ready = try await client.call(.get, "/readyz", key: nil)
            #expect(ready.status == .ok && ready.json["store"] as? String == "reachable")
            let openapi = try await client.call(.get, "/openapi.yaml", key: nil)
            #expect(openapi.status == .ok)
            for path in [
                "/api/jd/domain-search", "/api/jd/load-more-previews", "/api/jd/evaluate-stream",
                "/api/jd/list-sessions",
                "/api/jd/sessions/{id}", "/api/jd/clear-session", "/api/jd/clear-all-sessions", "/healthz", "/readyz",
                "/metrics",
            ] {
                #expect(openapi.text.contains("  \(path):\n"), "openapi.yaml lacks \(path)")
            }
            _ = try await client.search()
            let metrics = try await client.call(.get, "/metrics", key: nil)
            #expect(metrics.status == .ok)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            for name in [
                "scout_sessions_created_total 1", "scout_batches_completed_total",
                "scout_cache_hits_total{cache=\"profiles\"}",
                "scout_cache_misses_total{cache=\"companies\"}", "scout_credits_spent_total",
                "scout_credits_saved_total",
                "scout_http_requests_total", "scout_cache_hit_ratio{cache=\"profiles\"} 0.0",
            ] {
                #expect(metrics.text.contains(name), "metrics lack \(name)")
            }
        }
    }

    @Test("missing or unknown keys are 401, a missing scope is 403; keys never appear in answers")
    func auth() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let none = try await client.call(.get, "/api/jd/list-sessions", key: nil)
            #expect(none.status == .unauthorized && none.errorCode == "unauthorized")
            #expect(none.headers[.wwwAuthenticate] == "Bearer")
            let wrong = try await client.call(.get, "/api/jd/list-sessions", key: "test-search-kez")
            #expect(wrong.status == .unauthorized)
            let basic = try await client.execute(
                uri: "/api/jd/list-sessions", method: .get, headers: [.authorization: "Basic dGVzdA=="])
            #expect(basic.status == .unauthorized)
            let forbidden = try await client.call(
                .post, "/api/jd/clear-all-sessions", key: TestServer.searchKey, body: "{}")
            #expect(forbidden.status == .forbidden && forbidden.errorCode == "forbidden")
            let admin = try await client.call(.post, "/api/jd/clear-all-sessions", key: TestServer.adminKey)
            #expect(admin.status == .ok && admin.json["cleared"] as? Int == 0)
            #expect(!wrong.text.contains("test-search"))
        }
    }

    @Test("API keys compare in constant time and parse from env and YAML")
    func keys() throws {
        let keys = APIKeys([APIKey(key: "abc", workspace: "w", scopes: [.search])])
        #expect(keys.authenticate(authorization: "Bearer abc")?.workspace == "w")
        #expect(keys.authenticate(authorization: "bearer abc") != nil)
        #expect(keys.authenticate(authorization: "Bearer ab") == nil)
        #expect(keys.authenticate(authorization: "Bearer abcd") == nil)
        #expect(!"\(keys.keys[0])".contains("abc"))
        let env = try ServeConfig.parse(
            environmentValue: "key-one-0123456789:acme:search+admin,key-two-0123456789:globex:search")
        #expect(env.apiKeys.map(\.workspace) == ["acme", "globex"])
        #expect(env.apiKeys[0].scopes == [.search, .admin])
        #expect(throws: (any Error).self) { try ServeConfig.parse(environmentValue: "key-one-0123456789:acme:root") }
        let yaml = """
            # keys for tests
            keys:
              - key: "s3cret#1-0123456789"   # a comment
                workspace: acme
                scopes: [search, admin]
              - key_env: OTHER_KEY
                workspace: globex
            """
        let file = try ServeConfig.parse(
            yaml: yaml, file: "auth.yaml", environment: ["OTHER_KEY": "xyz-0123456789abcdef"])
        #expect(file.apiKeys.count == 2)
        #expect(
            APIKeys(file.apiKeys).authenticate(authorization: "Bearer s3cret#1-0123456789")?.scopes == [
                .search, .admin,
            ])
        #expect(APIKeys(file.apiKeys).authenticate(authorization: "Bearer xyz-0123456789abcdef")?.workspace == "globex")
        #expect(throws: (any Error).self) {
            try ServeConfig.parse(yaml: "keys:\n  - key: a\n    team: x\n", file: "a.yaml")
        }
    }

    @Test("API keys shorter than 16 characters are refused, saying how long, never what")
    func shortKeys() throws {
        #expect(APIKey.minimumLength == 16)
        let error = #expect(throws: ScoutError.self) {
            try ServeConfig.parse(environmentValue: "key-one-0123456789:acme:search,fifteen-chars-x:acme:search")
        }
        #expect(
            error?.message
                == "SCOUT_API_KEYS entry 2: the API key has 15 characters; keys need at least 16 (generate one with "
                + "`openssl rand -hex 16`)")
        do {
            _ = try ServeConfig.parse(yaml: "keys:\n  - key: short\n    workspace: w\n", file: "auth.yaml")
            Issue.record("a 5-character key was accepted")
        } catch {
            #expect("\(error)".contains("auth.yaml: keys[0]: the API key has 5 characters"), "\(error)")
            #expect(!"\(error)".contains("short"))
        }
    }
}
