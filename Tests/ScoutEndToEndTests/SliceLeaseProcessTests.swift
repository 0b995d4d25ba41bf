import Foundation
import Testing

/// Issue 10's acceptance test for one worker per slice, as processes: `scout serve` on a SQLite file or a Postgres
/// database, the sandbox as every vendor. 20 load-mores on one session, all at once from two servers, commit the same
/// candidates with the same vendor calls and LLM calls (± one slice) as the same 20 run one after another on one
/// server. Needs SCOUT_TEST_POSTGRES_URL for the postgres case (scripts/test starts a throwaway server).
@Suite("one worker per slice across two scout processes", .serialized)
struct SliceLeaseProcessTests {
    typealias T = ScoutBinaryTests
    typealias P = TwoProcessTests

    struct Figures {
        var stored: [Int]
        var returned: [Int]
        var employees: [String: Int]
        var companies: [String: Int]
        var previewPages: Int
        var llmCalls: Int
        var creditsUsed: Int?
    }

    /// A search and 20 load-mores of 20 over HTTP: one after another on one server, or at once on two.
    static func figures(store: String, concurrent: Bool) throws -> Figures {
        let dir = try T.scratch()
        let sandbox = try SandboxJourneyTests.Sandbox(arguments: [])
        defer { sandbox.stop() }
        var yaml = try String(contentsOf: SandboxJourneyTests.config(root: sandbox.root, in: dir), encoding: .utf8)
        var env = [
            "CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox",
        ]
        var dropDatabase: (() -> Void)?
        if store == "postgres" {
            let server = try #require(ProcessInfo.processInfo.environment["SCOUT_TEST_POSTGRES_URL"])
            let name = "scout_lease_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            #expect(try P.run("psql", [server, "-qc", "CREATE DATABASE \(name)"]).status == 0)
            dropDatabase = { _ = try? P.run("psql", [server, "-qc", "DROP DATABASE \(name) WITH (FORCE)"]) }
            var components = try #require(URLComponents(string: server))
            components.path = "/" + name
            env["SCOUT_PG"] = components.string
            yaml += "\nstore:\n  type: postgres\n  url: {env: SCOUT_PG}\n  tls: disable\n"
        } else {
            yaml += "\nstore:\n  type: sqlite\n  path: \(dir.appendingPathComponent("scout.sqlite").path)\n"
        }
        defer { dropDatabase?() }
        try yaml.write(to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        let key = "e2e-\(UUID().uuidString)"
        env["SCOUT_API_KEYS"] = "\(key):recruiting:search+admin"
        let servers = try P.serve(concurrent ? 2 : 1, environment: env, directory: dir)
        defer { servers.forEach { $0.stop() } }
        let addresses = try servers.map { try $0.address(after: "Scout is serving ") }
        let (first, session) = try P.searchExample(at: addresses[0], key: key)
        let ids = { (answer: [String: Any]) in
            ((answer["new_profiles"] as? [[String: Any]]) ?? []).compactMap { $0["employee_id"] as? Int }
        }
        let more = #"{"session_id": "\#(session)", "count": 20}"#
        let answers = LockedAnswers()
        if concurrent {
            DispatchQueue.concurrentPerform(iterations: 20) { worker in
                answers.append(
                    (try? P.post(addresses[worker % 2] + "/api/jd/load-more-previews", key: key, body: more)) ?? [:])
            }
        } else {
            for _ in 0..<20 {
                answers.append(try P.post(addresses[0] + "/api/jd/load-more-previews", key: key, body: more))
            }
        }
        let all = answers.values
        #expect(all.allSatisfy { $0["error"] == nil }, "\(all.filter { $0["error"] != nil }.prefix(2))")
        let report = try P.run(
            "curl", ["-sS", addresses[0] + "/api/jd/sessions/\(session)", "-H", "Authorization: Bearer \(key)"])
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let stats = try sandbox.stats()
        return Figures(
            stored: ((shown["candidates"] as? [[String: Any]]) ?? []).compactMap { $0["employee_id"] as? Int },
            returned: ids(first) + all.flatMap(ids),
            employees: stats["employeeCollects"] as? [String: Int] ?? [:],
            companies: stats["companyCollects"] as? [String: Int] ?? [:],
            previewPages: stats["previewPages"] as? Int ?? 0,
            llmCalls: (stats["requests"] as? [String: Int])?["anthropic"] ?? 0,
            creditsUsed: (shown["credits"] as? [String: Any])?["used"] as? Int)
    }

    @Test(
        "20 concurrent load-mores on two servers equal 20 sequential ones: candidates, vendor and LLM calls",
        arguments: ["sqlite", "postgres"])
    func concurrentEqualsSequential(_ store: String) async throws {
        if store == "postgres", ProcessInfo.processInfo.environment["SCOUT_TEST_POSTGRES_URL"]?.isEmpty ?? true {
            Issue.record(
                "SCOUT_TEST_POSTGRES_URL is not set: run scripts/test, which starts a throwaway Postgres server")
            return
        }
        let sequential = try Self.figures(store: store, concurrent: false)
        let concurrent = try Self.figures(store: store, concurrent: true)
        for figures in [sequential, concurrent] {
            #expect(figures.returned.count == Set(figures.returned).count, "a candidate was handed out twice")
            #expect(
                Set(figures.returned) == Set(figures.stored), "every committed candidate reached exactly one caller")
            #expect(
                figures.employees.values.allSatisfy { $0 == 1 },
                "billed twice: \(figures.employees.filter { $0.value > 1 })")
            #expect(figures.companies.values.allSatisfy { $0 == 1 })
            // Only committed work was paid for: every collected employee is a stored candidate.
            #expect(Set(figures.employees.keys) == Set(figures.stored.map(String.init)))
            #expect(
                figures.creditsUsed == figures.employees.values.reduce(0, +) + figures.companies.values.reduce(0, +),
                "the ledger equals the vendor's billing")
        }
        #expect(Set(concurrent.stored) == Set(sequential.stored))
        #expect(Set(concurrent.employees.keys) == Set(sequential.employees.keys))
        #expect(Set(concurrent.companies.keys) == Set(sequential.companies.keys))
        #expect(
            abs(concurrent.llmCalls - sequential.llmCalls) <= 20,
            "LLM calls ± one slice: \(concurrent.llmCalls) vs \(sequential.llmCalls)")
        #expect(
            abs(concurrent.previewPages - sequential.previewPages) <= 5,
            "preview pages ± one slice: \(concurrent.previewPages) vs \(sequential.previewPages)")
    }
}
