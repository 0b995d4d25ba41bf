import Foundation
import Testing

/// Golden output of each command: the text form is compared line by line with lines built from the `--json` form of
/// the same deterministic run on the embedded sample world, so both say the same thing and every stored fact shows.
@Suite("golden output: text and --json of every command agree", .serialized)
struct GoldenOutputTests {
    typealias T = ScoutBinaryTests
    typealias JSON = [String: Any]

    static let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path

    @Test("search and more: the same run as text and as JSON")
    func searchAndMore() async throws {
        let textDir = try T.scratch(), jsonDir = try T.scratch()
        let text = try await T.scout(["search", "--quiet", "--count", "5", "--jd", Self.jd], in: textDir)
        #expect(text.status == 0, "\(text.stderr)")
        let raw = try await T.scout(["search", "--quiet", "--count", "5", "--jd", Self.jd, "--json"], in: jsonDir)
            .stdout
        let json = try T.json(raw)
        let lines = Self.lines(text.stdout)
        let companies = try #require(json["companies"] as? [JSON])
        #expect(lines.contains("Discovered companies (\(companies.count)):"))
        #expect(lines.contains { $0.hasPrefix("Batches (") && $0.hasSuffix("), \(Self.batchCounter(json)):") })
        try Self.expectRows(lines, after: "New candidates (5), best first:", Self.ranked(json["new_profiles"]))
        #expect(lines.contains(try Self.creditsLine("This run", json)))
        let id = try #require(lines.last?.split(separator: " ").dropFirst().first.map { String($0.dropLast()) })
        #expect(
            lines.last
                == "Session \(id): \(Self.batchCounter(json)), \(json["remaining_batches"] as? Int ?? -1) left — "
                + "`scout more \(id) --count 20|40|100`")
        Self.expectExactMoney(raw)

        let more = try await T.scout(["more", id, "--quiet", "--count", "20"], in: textDir)
        let jsonID = try #require(json["session_id"] as? String)
        let moreRaw = try await T.scout(["more", jsonID, "--quiet", "--count", "20", "--json"], in: jsonDir).stdout
        let moreJSON = try T.json(moreRaw)
        let moreLines = Self.lines(more.stdout)
        #expect(moreJSON["companies"] == nil)
        try Self.expectRows(moreLines, after: "New candidates (20), best first:", Self.ranked(moreJSON["new_profiles"]))
        #expect(moreLines.contains(try Self.creditsLine("This run", moreJSON)))
        #expect(moreLines.last?.hasPrefix("Session \(id): \(Self.batchCounter(moreJSON)), ") == true)
        Self.expectExactMoney(moreRaw)
    }

    @Test("show, sessions and export: one session as text and as JSON; --limit 0 shows no rows")
    func showSessionsExport() async throws {
        let dir = try T.scratch()
        let id = try await Self.session(in: dir, count: 20)
        let report = try await T.json(T.scout(["show", id, "--json"], in: dir).stdout)
        let lines = Self.lines(try await T.scout(["show", id, "--limit", "3"], in: dir).stdout)
        let candidates = try #require(report["candidates"] as? [JSON])
        #expect(lines.first == "Session \(id) · \(report["query_summary"] as? String ?? "?")")
        #expect(
            lines.dropFirst().first == "Workspace default, created \(report["created_at"] as? String ?? "?"), "
                + "\(candidates.count) candidates, \(Self.batchCounter(report))")
        try Self.expectRows(lines, after: "Shortlist, best first:", Array(candidates.prefix(3)))
        #expect(lines.contains("… \(candidates.count - 3) more (--limit)"))
        #expect(lines.last == (try Self.creditsLine("Session total", report)))

        let none = Self.lines(try await T.scout(["show", id, "--limit", "0"], in: dir).stdout)
        let shortlist = try #require(none.firstIndex(of: "Shortlist, best first:"))
        #expect(none[shortlist + 1] == "… \(candidates.count) more (--limit)")

        let sessions = try await T.json(T.scout(["sessions", "--json"], in: dir).stdout)
        #expect(sessions["workspace"] as? String == "default")
        let row = try #require((sessions["sessions"] as? [JSON])?.first)
        let text = Self.lines(try await T.scout(["sessions"], in: dir).stdout)
        let credits = try #require(row["credits"] as? JSON)
        #expect(
            text == [
                "session                   last accessed         cands  batches done  credits  query",
                Self.pad(id, 26) + Self.pad(row["last_accessed"] as? String ?? "?", 22)
                    + Self.pad("\(row["total_discovered"] ?? "?")", 7)
                    + Self.pad("\(row["batch_index"] ?? "?") of \(row["total_batches"] ?? "?")", 14)
                    + Self.pad("\(credits["used"] ?? "?")", 9) + (row["query_summary"] as? String ?? "?"),
            ])

        var exported = try await T.json(T.scout(["export", id, "--format", "json"], in: dir).stdout)
        var shown = try await T.json(T.scout(["show", id, "--json"], in: dir).stdout)
        exported["last_accessed"] = nil
        shown["last_accessed"] = nil
        let same = NSDictionary(dictionary: exported).isEqual(to: shown)
        #expect(same, "export --format json is show --json")
    }

    @Test("show --candidate: every stored fact of the candidate, in text and in JSON")
    func candidateDetail() async throws {
        let dir = try T.scratch()
        let id = try await Self.session(in: dir, count: 20)
        let report = try await T.json(T.scout(["show", id, "--json"], in: dir).stdout)
        for employee in try #require(report["candidates"] as? [JSON]).prefix(3).compactMap({ $0["employee_id"] as? Int }
        ) {
            let detail = try await T.json(
                T.scout(["show", id, "--candidate", "\(employee)", "--json"], in: dir).stdout)
            let text = try await T.scout(["show", id, "--candidate", "\(employee)"], in: dir).stdout
            for block in try CandidateGolden(detail).blocks() {
                #expect(
                    text.contains(block.joined(separator: "\n") + "\n"),
                    "missing in the text of \(employee):\n\(block.joined(separator: "\n"))")
            }
        }
    }

    @Test("plugins, config validate and workspaces: text and --json list the same things")
    func catalogs() async throws {
        let dir = try T.scratch()
        let plugins = try await T.json(T.scout(["plugins", "--json"], in: dir).stdout)
        let text = try await T.scout(["plugins"], in: dir).stdout
        let list = try #require(plugins["plugins"] as? [JSON])
        #expect(list.count >= 15)
        for plugin in list {
            let keys = (plugin["keys"] as? [JSON] ?? []).map(Self.keyLine)
            let block = ["  \(plugin["type"] ?? "?") — \(plugin["summary"] ?? "?")"] + keys
            #expect(text.contains(block.joined(separator: "\n") + "\n"), "\(block)")
        }
        for section in try #require(plugins["core_sections"] as? [JSON]) {
            let block = ["  \(section["name"] ?? "?"):"] + (section["keys"] as? [JSON] ?? []).map(Self.keyLine)
            #expect(text.contains(block.joined(separator: "\n")))
        }

        let config = try await T.json(T.scout(["config", "validate", "--json"], in: dir).stdout)
        let stages = try #require(config["stages"] as? [JSON])
        #expect(
            Self.lines(try await T.scout(["config", "validate"], in: dir).stdout)
                == ["embedded plugins.yaml: OK"] + stages.map { "  \($0["path"] ?? "?"): \($0["type"] ?? "?")" })

        _ = try await Self.session(in: dir, count: 5)
        let workspaces = try await T.json(T.scout(["workspaces", "--json"], in: dir).stdout)
        let rows = try #require(workspaces["workspaces"] as? [JSON])
        #expect(rows.count == 1)
        #expect(rows.first?["name"] as? String == "default")
        #expect(rows.first?["active_sessions"] as? Int == 1)
        #expect(rows.first?["cleared_sessions"] as? Int == 0)
        #expect(
            Self.lines(try await T.scout(["workspaces"], in: dir).stdout) == [
                Self.pad("workspace", 24) + Self.pad("active", 8) + "cleared",
                Self.pad("default *", 24) + Self.pad("1", 8) + "0",
                "* the workspace commands use now (--workspace, $SCOUT_WORKSPACE, session.workspace)",
            ])
    }
}

extension GoldenOutputTests {
    /// A fresh session with `count` candidates; returns its id.
    static func session(in dir: URL, count: Int) async throws -> String {
        let run = try await T.scout(["search", "--quiet", "--json", "--count", "\(count)", "--jd", jd], in: dir)
        return try #require(try T.json(run.stdout)["session_id"] as? String, "\(run.stderr)")
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Left-aligned in `width` columns with one space at least (the CLI's table cells, for values that fit).
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    static func batchCounter(_ json: JSON) -> String {
        let total = json["total_batches"] as? Int ?? -1
        return "\(json["batch_index"] as? Int ?? -1) of \(total) \(total == 1 ? "batch" : "batches") done"
    }

    static func money(_ value: Any?) -> String { String(format: "$%.2f", (value as? NSNumber)?.doubleValue ?? -1) }

    static func creditsLine(_ label: String, _ json: JSON) throws -> String {
        let credits = try #require(json["credits"] as? JSON), cache = try #require(json["cache_stats"] as? JSON)
        let profiles = try #require(cache["profiles"] as? JSON), companies = try #require(cache["companies"] as? JSON)
        let used = credits["used"] as? Int ?? -1
        return "\(label): \(used) \(used == 1 ? "credit" : "credits") used (\(money(credits["cost_usd"]))), "
            + "\(credits["saved"] ?? "?") saved by the cache (\(money(credits["saved_usd"]))); "
            + "profiles \(profiles["hits"] ?? "?") cached / \(profiles["misses"] ?? "?") collected, "
            + "companies \(companies["hits"] ?? "?") cached / \(companies["misses"] ?? "?") collected"
    }

    /// JSON money is exact: no binary-float tails such as 20.400000000000002.
    static func expectExactMoney(_ raw: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            raw.range(of: #"_usd" : -?\d+\.\d{3,}"#, options: .regularExpression) == nil, sourceLocation: sourceLocation
        )
    }

    /// New candidates as the text ranks them: successful evaluations by score (ties by discovery order), then failures.
    static func ranked(_ value: Any?) throws -> [JSON] {
        try #require(value as? [JSON]).sorted { a, b in
            let ea = a["evaluation"] as? JSON, eb = b["evaluation"] as? JSON
            let oa = ea?["status"] as? String == "ok", ob = eb?["status"] as? String == "ok"
            if oa != ob { return oa }
            let sa = (ea?["overall"] as? NSNumber)?.doubleValue ?? 0,
                sb = (eb?["overall"] as? NSNumber)?.doubleValue ?? 0
            if sa != sb { return sa > sb }
            return (a["ordinal"] as? Int ?? 0) < (b["ordinal"] as? Int ?? 0)
        }
    }

    /// The table after `title`: its header, then one row per candidate (rank, score, fit, id, then the name).
    static func expectRows(
        _ lines: [String], after title: String, _ candidates: [JSON],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let start = try #require(lines.firstIndex(of: title), sourceLocation: sourceLocation)
        #expect(lines[start + 1].hasPrefix("#   score fit          id        name"), sourceLocation: sourceLocation)
        for (index, candidate) in candidates.enumerated() {
            let evaluation = candidate["evaluation"] as? JSON
            let ok = evaluation?["status"] as? String == "ok"
            let score = ok ? String(format: "%.1f", (evaluation?["overall"] as? NSNumber)?.doubleValue ?? -1) : "—"
            let fit = ok ? evaluation?["recommendation"] as? String ?? "?" : "FAILED"
            let name = String(((candidate["preview"] as? JSON)?["name"] as? String ?? "?").prefix(20))
            let prefix =
                pad("\(index + 1)", 4) + pad(score, 6) + pad(fit, 13) + pad("\(candidate["employee_id"] ?? "?")", 10)
                + name
            #expect(
                lines[start + 2 + index].hasPrefix(prefix), "row \(index + 1): \(lines[start + 2 + index])",
                sourceLocation: sourceLocation)
        }
    }

    static func keyLine(_ key: JSON) -> String {
        "      \(key["name"] ?? "?") (\(key["type"] ?? "?"), default \(key["default"] ?? "?")): \(key["doc"] ?? "?")"
    }
}
