import Foundation
import Testing

/// `scout ab` as a user runs it: a small suite, two arms, JSON and an SVG, offline on the embedded default.
@Suite("scout ab, end to end", .serialized)
struct ABCommandTests {
    typealias Binary = ScoutBinaryTests

    /// A scratch copy of the first `count` JDs of the repository's suite, with their truth specs.
    static func smallSuite(count: Int, in dir: URL) throws -> URL {
        let source = Binary.repository.appendingPathComponent("docs/quality/suite")
        let target = dir.appendingPathComponent("suite")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let specs = try FileManager.default.contentsOfDirectory(atPath: source.path).filter {
            $0.hasSuffix(".truth.yaml")
        }.sorted()
        for spec in specs.prefix(count) {
            let text = try String(contentsOf: source.appendingPathComponent(spec), encoding: .utf8)
            let jd = try #require(text.split(separator: "\n").first { $0.hasPrefix("jd:") }).dropFirst(3)
                .trimmingCharacters(in: .whitespaces)
            for name in [spec, jd] {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name), to: target.appendingPathComponent(name))
            }
        }
        return target
    }

    @Test("--suite with two arms prints per-arm and per-JD metrics as JSON and writes a well-formed SVG")
    func suiteWithTwoArms() async throws {
        let dir = try Binary.scratch()
        let suite = try Self.smallSuite(count: 2, in: dir)
        let run = try await Binary.scout(
            [
                "ab", "--suite", "--suite-dir", suite.path, "--arm", "size3:batching.batch_size=3", "--arm",
                "size5:batching.batch_size=5",
                "--count", "40", "--json", "--svg", "ab.svg",
            ], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Binary.json(run.stdout)
        #expect(report["arms"] as? [String] == ["size3", "size5"])
        #expect(report["judge"] as? String == "truth")
        let runs = try #require(report["runs"] as? [[String: Any]])
        #expect(runs.count == 2 * 2 * 2)  // arms × worlds × JDs
        #expect(Set(runs.compactMap { $0["world"] as? String }) == ["standard", "paraphrased"])
        let summaries = try #require(report["summaries"] as? [[String: Any]])
        #expect(summaries.contains { $0["arm"] as? String == "size3" && $0["world"] as? String == "all" })
        #expect(run.stderr.contains("[8/8]"))
        let svg = try String(contentsOf: dir.appendingPathComponent("ab.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
        #expect(!svg.contains("<script") && !svg.contains("href"))

        // The terminal table: the same run, without --json.
        let table = try await Binary.scout(
            ["ab", "--suite", "--suite-dir", suite.path, "--count", "20", "--world", "standard", "--quiet"], in: dir)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Per arm") && table.stdout.contains("Per JD") && table.stdout.contains("nDCG@20"))
        #expect(table.stderr.isEmpty)
    }

    @Test("a misspelt key in an arm is a one-line error naming the arm, with the nearest valid key, exit 2")
    func armTypo() async throws {
        let dir = try Binary.scratch()
        let run = try await Binary.scout(
            [
                "ab", "--jd", Binary.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path,
                "--arm", "size3:batching.batch_sise=3",
            ], in: dir)
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "--arm size3:batching.batch_sise=3: batching.batch_sise: unknown key; did you mean 'batch_size'? (valid: type, id, enabled, batch_size)\n"
        )
        #expect(run.stdout.isEmpty)
    }

    @Test("scout parse prints the requirements as a structured JD that reads back to the same requirements")
    func parseRoundTrip() async throws {
        let dir = try Binary.scratch()
        let jd = Binary.repository.appendingPathComponent("docs/quality/suite/20-ecommerce-frontend-dach-pl.md").path
        let yaml = try await Binary.scout(["parse", "--jd", jd], in: dir)
        #expect(yaml.status == 0, "\(yaml.stderr)")
        #expect(yaml.stdout.contains("role_title: ") && yaml.stdout.contains("# places accepted: Berlin, Wroclaw"))
        try yaml.stdout.write(to: dir.appendingPathComponent("edited.yaml"), atomically: true, encoding: .utf8)
        let original = try await Binary.scout(["parse", "--jd", jd, "--json"], in: dir)
        let again = try await Binary.scout(["parse", "--jd", "edited.yaml", "--json"], in: dir)
        #expect(original.status == 0 && again.status == 0)
        #expect(try Binary.json(original.stdout) as NSDictionary == Binary.json(again.stdout) as NSDictionary)
        // A lone argument that names a file is the file (`scout parse jd.md`), not a JD whose text is its path.
        let positional = try await Binary.scout(["parse", jd, "--json"], in: dir)
        #expect(positional.status == 0, "\(positional.stderr)")
        #expect(try Binary.json(positional.stdout) as NSDictionary == Binary.json(original.stdout) as NSDictionary)
        let words = try await Binary.scout(["parse", "Senior", "Go", "engineer"], in: dir)
        #expect(words.status == 0 && words.stdout.hasPrefix("role_title: Senior Go engineer"), "\(words.stdout)")
    }

    @Test("scout show says why each discovered company is in the session: the first page that named it")
    func showEvidence() async throws {
        let dir = try Binary.scratch()
        let jd = Binary.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path
        let search = try await Binary.scout(["search", "--jd", jd, "--json", "--quiet"], in: dir)
        #expect(search.status == 0, "\(search.stderr)")
        let id = try #require(try Binary.json(search.stdout)["session_id"] as? String)
        let show = try await Binary.scout(["show", id], in: dir)
        #expect(show.status == 0)
        let lines = show.stdout.split(separator: "\n").filter { $0.contains(" · seed_expansion · ") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.contains(" · www.") })
    }

    @Test("search --dry-run prints the requirements and creates no session; a named company the vendor lacks is named")
    func dryRunAndUnknownNamedCompany() async throws {
        let dir = try Binary.scratch()
        let jd = "Senior Go engineer, fintech, companies like Ledgerline or Zorblatt Payments"
        let dry = try await Binary.scout(["search", "--dry-run", jd], in: dir)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("role_title: Senior Go engineer"))
        let sessions = try await Binary.scout(["sessions", "--json"], in: dir)
        #expect(!sessions.stdout.contains("s_"))
        let real = try await Binary.scout(["search", jd, "--count", "5"], in: dir)
        #expect(real.status == 0, "\(real.stderr)")
        #expect(real.stderr.contains("named in the JD but unknown to the people source: Zorblatt Payments"))
    }
}
