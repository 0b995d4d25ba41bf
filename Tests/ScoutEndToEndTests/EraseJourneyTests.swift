import Foundation
import Testing

/// `scout erase`: a person found by a search is erased from the workspace (SQLite file), gone from `show` and
/// `export`, not found by the next search; `--allow` lets them be found again.
@Suite("erase: a person forgotten on request, from the CLI", .serialized)
struct EraseJourneyTests {
    typealias T = ScoutBinaryTests

    static let jd = "Senior Machine Learning Engineer. Companies like Echowave."

    @Test("erase --employee removes the person from show, export and the next search; --allow lifts it")
    func eraseAndAllow() async throws {
        let dir = try T.scratch()
        let search = try await T.scout(["search", "--quiet", "--json", "--count", "5", Self.jd], in: dir)
        #expect(search.status == 0, "\(search.stderr)")
        let answer = try T.json(search.stdout)
        let id = try #require(answer["session_id"] as? String)
        let first = try #require((answer["new_profiles"] as? [[String: Any]])?.first)
        let person = try #require(first["employee_id"] as? Int)
        let name = try #require((first["preview"] as? [String: Any])?["name"] as? String)

        let refused = try await T.scout(["erase", "--employee", String(person)], in: dir)
        #expect(refused.status == 2 && refused.stderr.contains("add --yes"))
        let bad = try await T.scout(["erase", "--employee", "0", "--yes"], in: dir)
        #expect(bad.status == 2)

        let erased = try await T.scout(["erase", "--employee", String(person), "--yes", "--json"], in: dir)
        #expect(erased.status == 0, "\(erased.stderr)")
        let audit = try T.json(erased.stdout)
        #expect(audit["action"] as? String == "erase" && audit["scope"] as? String == "default")
        #expect((audit["counts"] as? [String: Any])?["candidates"] as? Int == 1)
        #expect(!erased.stdout.contains(name))

        let shown = try await T.scout(["show", id, "--json"], in: dir)
        #expect(shown.status == 0 && !shown.stdout.contains(name))
        let export = try await T.scout(["export", id, "--format", "csv"], in: dir)
        #expect(export.status == 0 && !export.stdout.contains(name))
        let again = try await T.scout(["search", "--quiet", "--json", "--count", "5", Self.jd], in: dir)
        #expect(again.status == 0 && !again.stdout.contains(name))

        let allowed = try await T.scout(["erase", "--employee", String(person), "--allow"], in: dir)
        #expect(allowed.status == 0 && allowed.stdout.hasPrefix("Allowed again in workspace 'default': 1 suppression"))
        let back = try await T.scout(["search", "--quiet", "--json", "--count", "5", Self.jd], in: dir)
        #expect(back.stdout.contains(name))
    }
}
