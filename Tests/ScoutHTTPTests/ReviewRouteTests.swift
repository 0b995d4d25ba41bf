import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ScoutHTTP
import ScoutTesting
import Testing

/// The routes behind the web page's review tools, over loopback HTTP: candidate detail, shortlist, CSV export and
/// hide-seen sessions, each authorised and isolated by workspace like the rest.
@Suite("HTTP: candidate detail, shortlist, export and hide-seen")
struct ReviewRouteTests {
    /// The ranked employee ids of a session.
    static func rankedIDs(
        _ client: some TestClientProtocol, _ id: String, key: String = TestServer.searchKey
    )
        async throws -> [Int]
    {
        let report = try await client.call(.get, "/api/jd/sessions/\(id)", key: key)
        return (report.json["candidates"] as? [[String: Any]] ?? []).compactMap { $0["employee_id"] as? Int }
    }

    @Test("a candidate's detail has the full profile and every reason with its facts; unknown ids are 404")
    func candidateDetail() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let employee = try #require(try await Self.rankedIDs(client, id).first)
            let detail = try await client.call(.get, "/api/jd/sessions/\(id)/candidates/\(employee)")
            #expect(detail.status == .ok, "\(detail.text)")
            #expect(detail.json["rank"] as? Int == 1)
            let candidate = try #require(detail.json["candidate"] as? [String: Any])
            #expect(candidate["employee_id"] as? Int == employee)
            let evaluation = try #require(candidate["evaluation"] as? [String: Any])
            let strengths = try #require(evaluation["strengths"] as? [[String: Any]])
            #expect(strengths.contains { ($0["facts"] as? [String])?.isEmpty == false })
            let profile = try #require(detail.json["profile"] as? [String: Any])
            #expect((profile["profile_url"] as? String)?.hasPrefix("http") == true)
            #expect((profile["experiences"] as? [Any])?.isEmpty == false)
            #expect(profile["skills"] is [Any] && profile["education"] is [Any])

            let unknown = try await client.call(.get, "/api/jd/sessions/\(id)/candidates/999999999")
            #expect(unknown.status == .notFound && unknown.errorCode == "candidate_not_found")
            let malformed = try await client.call(.get, "/api/jd/sessions/\(id)/candidates/abc")
            #expect(malformed.status == .notFound && malformed.errorCode == "candidate_not_found")
            let noSession = try await client.call(.get, "/api/jd/sessions/s_missing/candidates/\(employee)")
            #expect(noSession.status == .notFound && noSession.errorCode == "session_not_found")
        }
    }

    @Test("the shortlist is kept per session: star, unstar, read back in starring order")
    func shortlist() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let ids = try await Self.rankedIDs(client, id)
            try #require(ids.count >= 3)
            let empty = try await client.call(.get, "/api/jd/sessions/\(id)/shortlist")
            #expect(empty.status == .ok && (empty.json["shortlist"] as? [Int]) == [])
            for employee in [ids[2], ids[0], ids[1]] {
                let star = try await client.call(
                    .post, "/api/jd/shortlist",
                    body: #"{"session_id": "\#(id)", "employee_id": \#(employee), "shortlisted": true}"#)
                #expect(star.status == .ok, "\(star.text)")
            }
            let unstar = try await client.call(
                .post, "/api/jd/shortlist",
                body: #"{"session_id": "\#(id)", "employee_id": \#(ids[0]), "shortlisted": false}"#)
            #expect(unstar.json["shortlist"] as? [Int] == [ids[2], ids[1]])
            let read = try await client.call(.get, "/api/jd/sessions/\(id)/shortlist")
            #expect(read.json["shortlist"] as? [Int] == [ids[2], ids[1]])
            #expect(read.json["session_id"] as? String == id)

            let stranger = try await client.call(
                .post, "/api/jd/shortlist",
                body: #"{"session_id": "\#(id)", "employee_id": 999999999, "shortlisted": true}"#)
            #expect(stranger.status == .notFound && stranger.errorCode == "candidate_not_found")
            let missing = try await client.call(
                .post, "/api/jd/shortlist", body: #"{"session_id": "\#(id)", "employee_id": 1}"#)
            #expect(missing.status == .unprocessableContent && missing.errorField == "shortlisted")
            let wrongType = try await client.call(
                .post, "/api/jd/shortlist",
                body: #"{"session_id": "\#(id)", "employee_id": 1, "shortlisted": "yes"}"#)
            #expect(wrongType.status == .unprocessableContent && wrongType.errorField == "shortlisted")
        }
    }

    @Test("the CSV export has the page's columns, of every ranked candidate or of the shortlist only")
    func export() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let ids = try await Self.rankedIDs(client, id)
            _ = try await client.call(
                .post, "/api/jd/shortlist",
                body: #"{"session_id": "\#(id)", "employee_id": \#(ids[1]), "shortlisted": true}"#)
            let all = try await client.call(.get, "/api/jd/sessions/\(id)/export")
            #expect(all.status == .ok)
            #expect(all.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = all.text.split(separator: "\r\n")
            #expect(
                lines.first
                    == "rank,employee_id,name,profile_url,current_title,current_company,location,overall,recommendation,shortlisted,strengths,concerns"
            )
            #expect(lines.count == ids.count + 1)
            let only = try await client.call(.get, "/api/jd/sessions/\(id)/export?only=shortlist")
            let rows = only.text.split(separator: "\r\n")
            #expect(rows.count == 2)
            #expect(rows.last?.hasPrefix("2,\(ids[1]),") == true)
            #expect(rows.last?.contains(",http") == true, "the profile URL is in the row")
            #expect(only.headers[.contentDisposition]?.contains("-shortlist.csv") == true)
            let bad = try await client.call(.get, "/api/jd/sessions/\(id)/export?only=some")
            #expect(bad.status == .unprocessableContent && bad.errorField == "only")
        }
    }

    @Test("another workspace's session is 404 on every review route, and needs a key")
    func isolation() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            let id = try await client.search()
            let employee = try #require(try await Self.rankedIDs(client, id).first)
            let other = TestServer.otherKey
            let routes: [(HTTPRequest.Method, String, String?)] = [
                (.get, "/api/jd/sessions/\(id)/candidates/\(employee)", nil),
                (.get, "/api/jd/sessions/\(id)/shortlist", nil),
                (.get, "/api/jd/sessions/\(id)/export", nil),
                (
                    .post, "/api/jd/shortlist",
                    #"{"session_id": "\#(id)", "employee_id": \#(employee), "shortlisted": true}"#
                ),
            ]
            for (method, path, body) in routes {
                let foreign = try await client.call(method, path, key: other, body: body)
                #expect(foreign.status == .notFound && foreign.errorCode == "session_not_found", "\(path)")
                let anonymous = try await client.call(method, path, key: nil, body: body)
                #expect(anonymous.status == .unauthorized, "\(path)")
            }
            let mine = try await client.call(.get, "/api/jd/sessions/\(id)/shortlist")
            #expect(mine.json["shortlist"] as? [Int] == [], "the other workspace starred nothing here")
        }
    }

    @Test("a hide-seen session skips everyone the workspace's other sessions hold; other workspaces are not hidden")
    func hideSeen() async throws {
        let server = try await TestServer.make()
        try await server.application().test(.router) { client in
            // Anywhere: the sample world has more people who fit than one session takes.
            let anywhere = SampleJDs.voiceMLAnywhere
            let first = try await client.search(count: 20, jd: anywhere)
            let seen = Set(try await Self.rankedIDs(client, first))
            try #require(seen.count >= 10)
            let creditsBefore = try await Self.spent(client, TestServer.searchKey)

            let hideSeen = #", "hide_seen": true"#
            let hiddenID = try await client.search(count: 20, extra: hideSeen, jd: anywhere)
            let found = Set(try await Self.rankedIDs(client, hiddenID))
            #expect(!found.isEmpty)
            #expect(found.isDisjoint(with: seen), "people of the first session came back: \(found.intersection(seen))")
            let more = try await client.call(
                .post, "/api/jd/load-more-previews", body: #"{"session_id": "\#(hiddenID)", "count": 20}"#)
            #expect(more.status == .ok)
            #expect(Set(try await Self.rankedIDs(client, hiddenID)).isDisjoint(with: seen))
            #expect(try await Self.spent(client, TestServer.searchKey) > creditsBefore)

            // The same search without hide-seen finds the first session's people again.
            let plain = try await client.search(count: 20, jd: anywhere)
            #expect(!Set(try await Self.rankedIDs(client, plain)).isDisjoint(with: seen))
            // Another workspace has seen no one: nobody is hidden there.
            let foreignID = try await client.search(key: TestServer.otherKey, count: 20, extra: hideSeen, jd: anywhere)
            let theirs = Set(try await Self.rankedIDs(client, foreignID, key: TestServer.otherKey))
            #expect(!theirs.isDisjoint(with: seen))

            let wrongType = try await client.call(
                .post, "/api/jd/domain-search", body: TestServer.searchBody(extra: #", "hide_seen": 1"#))
            #expect(wrongType.status == .unprocessableContent && wrongType.errorField == "hide_seen")
        }
    }

    /// Credits the workspace's sessions used, summed.
    static func spent(_ client: some TestClientProtocol, _ key: String) async throws -> Int {
        let list = try await client.call(.get, "/api/jd/list-sessions?limit=100", key: key)
        return (list.json["sessions"] as? [[String: Any]] ?? []).reduce(0) {
            $0 + ((($1["credits"] as? [String: Any])?["used"] as? Int) ?? 0)
        }
    }
}
