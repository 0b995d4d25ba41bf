import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ScoutHTTP
import ScoutTesting
import Testing

@Suite("HTTP: the recruiter's web page")
struct WebPageTests {
    static let testIDs = [
        "api-key-input", "api-key-submit", "jd-input", "search-button", "shortlist-filter", "hide-seen-toggle",
        "load-more-20", "load-more-40", "load-more-100", "progress-summary", "credits-summary", "session-list",
        "export-csv", "error-message", "candidate-detail",
    ]

    @Test("the page is served at / and at a session's deep link, with a base for the API and a strict CSP")
    func page() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.live) { client in
            for path in ["/", "/sessions/s_abc"] {
                let page = try await client.call(.get, path, key: nil)
                #expect(page.status == .ok, "\(path)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.text.contains(#"<base href="/">"#), "\(path)")
                let policy = try #require(page.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
                for id in Self.testIDs { #expect(page.text.contains(#"data-testid="\#(id)""#), "\(id)") }
            }
            let script = try await client.call(.get, "/app.js", key: nil)
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(!script.text.contains("innerHTML"), "data is never parsed as HTML")
            let style = try await client.call(.get, "/app.css", key: nil)
            #expect(style.status == .ok && style.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test("under a host's prefix the page's base is the prefix, so the page calls the prefixed API")
    func prefix() async throws {
        let server = try await TestServer.make()
        let router = Router()
        addScoutRoutes(to: router.group("recruiting"), service: server.service)
        try router.validate()
        let app = Application(router: router, logger: Logger(label: "scout.http.test"))
        try await app.test(.router) { client in
            for path in ["/recruiting", "/recruiting/", "/recruiting/sessions/s_abc"] {
                let page = try await client.call(.get, path, key: nil)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains(#"<base href="/recruiting/">"#), "\(path): \(page.text.prefix(300))")
            }
            #expect(try await client.call(.get, "/recruiting/app.js", key: nil).status == .ok)
        }
    }
}
