import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutCore
import ScoutHTTP
import ScoutTesting
import Testing

@Suite("HTTP: erasing a person")
struct ErasureRouteTests {
    static let admin = TestServer.adminKey

    @Test("an admin's erasure removes the person from the workspace's sessions, exports and caches; they stay gone")
    func erase() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let search = try await client.call(
                .post, "/api/jd/domain-search", key: Self.admin, body: TestServer.searchBody(count: 5))
            #expect(search.status == .ok)
            let id = try #require(search.json["session_id"] as? String)
            let first = try #require((search.json["new_profiles"] as? [[String: Any]])?.first)
            let person = try #require(first["employee_id"] as? Int)
            let name = try #require((first["preview"] as? [String: Any])?["name"] as? String)
            let star = try await client.call(
                .post, "/api/jd/shortlist", key: Self.admin,
                body: #"{"session_id": "\#(id)", "employee_id": \#(person), "shortlisted": true}"#)
            #expect(star.status == .ok)

            let erased = try await client.call(
                .post, "/api/admin/erase", key: Self.admin, body: #"{"employee_id": \#(person)}"#)
            #expect(erased.status == .ok, "\(erased.text)")
            #expect(erased.json["scope"] as? String == "acme" && erased.json["action"] as? String == "erase")
            let counts = try #require(erased.json["counts"] as? [String: Any])
            #expect(counts["candidates"] as? Int == 1 && counts["shortlists"] as? Int == 1)
            #expect(counts["profiles"] as? Int == 1 && counts["answers"] is Int)
            #expect(!erased.text.contains(name), "the answer holds no personal data")

            let report = try await client.call(.get, "/api/jd/sessions/\(id)", key: Self.admin)
            #expect(report.status == .ok && !report.text.contains(name))
            let csv = try await client.call(.get, "/api/jd/sessions/\(id)?format=csv", key: Self.admin)
            #expect(!csv.text.contains(name))
            let export = try await client.call(.get, "/api/jd/sessions/\(id)/export", key: Self.admin)
            #expect(export.status == .ok && !export.text.contains(name))
            let detail = try await client.call(.get, "/api/jd/sessions/\(id)/candidates/\(person)", key: Self.admin)
            #expect(detail.status == .notFound)
            let shortlist = try await client.call(.get, "/api/jd/sessions/\(id)/shortlist", key: Self.admin)
            #expect(!(shortlist.json["shortlist"] as? [Int] ?? []).contains(person))
            #expect(try await server.service.orchestrator.pipeline.store.cachedProfile(employeeID: person) == nil)

            // Neither a new search nor more of the old session brings them back.
            for refresh in [false, true] {
                let again = try await client.call(
                    .post, "/api/jd/domain-search", key: Self.admin,
                    body: TestServer.searchBody(count: 5, extra: #", "refresh": \#(refresh)"#))
                #expect(again.status == .ok)
                #expect(!again.text.contains(name))
            }
            let more = try await client.call(
                .post, "/api/jd/load-more-previews", key: Self.admin, body: #"{"session_id": "\#(id)", "count": 20}"#)
            #expect(more.status == .ok && !more.text.contains(name))

            // Allowed again, the person may be found by a new search.
            let allowed = try await client.call(
                .post, "/api/admin/allow", key: Self.admin, body: #"{"employee_id": \#(person)}"#)
            #expect(allowed.status == .ok && allowed.json["suppressions"] as? Int == 1)
            let back = try await client.call(
                .post, "/api/jd/domain-search", key: Self.admin, body: TestServer.searchBody(count: 5))
            #expect(back.text.contains(name))
        }
    }

    @Test("another workspace is untouched by a workspace's erasure")
    func otherWorkspace() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let search = try await client.call(
                .post, "/api/jd/domain-search", key: TestServer.otherKey, body: TestServer.searchBody(count: 5))
            let id = try #require(search.json["session_id"] as? String)
            let first = try #require((search.json["new_profiles"] as? [[String: Any]])?.first)
            let person = try #require(first["employee_id"] as? Int)
            let name = try #require((first["preview"] as? [String: Any])?["name"] as? String)
            let erased = try await client.call(
                .post, "/api/admin/erase", key: Self.admin, body: #"{"employee_id": \#(person)}"#)
            #expect(erased.status == .ok)
            let report = try await client.call(.get, "/api/jd/sessions/\(id)", key: TestServer.otherKey)
            #expect(report.text.contains(name), "globex's session keeps the person")
            let again = try await client.call(
                .post, "/api/jd/domain-search", key: TestServer.otherKey, body: TestServer.searchBody(count: 5))
            #expect(again.text.contains(name), "globex may still find them")
        }
    }

    @Test("erasure needs the admin scope; erasing everywhere needs deployment_admin")
    func scopes() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let plain = try await client.call(.post, "/api/admin/erase", body: #"{"employee_id": 1}"#)
            #expect(plain.status == .forbidden)
            let everywhere = try await client.call(
                .post, "/api/admin/erase", key: Self.admin, body: #"{"employee_id": 1, "everywhere": true}"#)
            #expect(everywhere.status == .forbidden && everywhere.text.contains("deployment_admin"))
            let nobody = try await client.call(.post, "/api/admin/erase", key: Self.admin, body: "{}")
            #expect(nobody.status == .unprocessableContent)
            let short = try await client.call(.post, "/api/admin/erase", key: Self.admin, body: #"{"name": "a"}"#)
            #expect(short.status == .unprocessableContent && short.errorCode == "invalid_field")
            let openapi = try await client.call(.get, "/openapi.yaml", key: nil)
            for path in ["/api/admin/erase", "/api/admin/allow"] {
                #expect(openapi.text.contains("  \(path):\n"), "openapi.yaml lacks \(path)")
            }
        }
        let keys = APIKeys([
            APIKey(key: "ops-key-0123456789", workspace: "ops", scopes: [.deploymentAdmin]),
            APIKey(key: "admin-key-0123456789", workspace: "acme", scopes: [.admin]),
        ])
        #expect(keys.authenticate(authorization: "Bearer ops-key-0123456789")?.allows(.admin) == true)
        #expect(keys.authenticate(authorization: "Bearer admin-key-0123456789")?.allows(.deploymentAdmin) == false)
    }
}
