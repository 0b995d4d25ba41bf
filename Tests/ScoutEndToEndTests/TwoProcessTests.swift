import Foundation
import Testing

/// Issue 4's acceptance test: two `scout serve` processes on one Postgres database, the sandbox as the people vendor,
/// and 2 × 25 concurrent load-more requests at one session. Needs SCOUT_TEST_POSTGRES_URL (scripts/test starts a
/// throwaway server); without it the test fails with instructions rather than being skipped.
@Suite("two scout processes on one Postgres database", .serialized)
struct TwoProcessTests {
    typealias T = ScoutBinaryTests

    /// A child process whose stderr (or, with `scanningStandardOutput`, stdout) is scanned for a line.
    final class Child {
        let process = Process()
        let errors = Pipe()

        init(
            _ arguments: [String], environment: [String: String], directory: URL, scanningStandardOutput: Bool = false,
            executable: String? = nil
        ) throws {
            process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? T.binary
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = scanningStandardOutput ? errors : FileHandle.nullDevice
            process.standardError = scanningStandardOutput ? FileHandle.nullDevice : errors
            try T.spawn(process)
        }

        /// The first word (`http://127.0.0.1:PORT…`) printed after `marker` on the scanned stream.
        func address(after marker: String) throws -> String {
            var text = ""
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                let data = errors.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
                if let range = text.range(of: marker),
                    let end = text[range.upperBound...].firstIndex(where: { $0.isWhitespace })
                {
                    return String(text[range.upperBound..<end])
                }
            }
            throw CocoaError(.fileReadUnknown, userInfo: [NSDebugDescriptionErrorKey: "no '\(marker)' in: \(text)"])
        }

        /// Sends `signal` (SIGTERM by default) and waits for the exit. A child started from a test inherits the
        /// starting thread's signal mask, in which SIGTERM is blocked, so a child without its own handling (a shell's
        /// `sleep`) needs SIGKILL.
        func stop(signal: Int32 = SIGTERM) {
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
        }
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try T.spawn(process)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `count` `scout serve` processes on `directory`'s plugins.yaml, on loopback ports of their own.
    static func serve(_ count: Int, environment: [String: String], directory: URL) throws -> [Child] {
        try (0..<count).map { _ in
            try Child(
                ["serve", "--host", "127.0.0.1", "--port", "0", "--config", "plugins.yaml"], environment: environment,
                directory: directory)
        }
    }

    /// A search of the example JD (20 candidates) sent to the server at `address`: its answer and session id.
    static func searchExample(at address: String, key: String) throws -> (answer: [String: Any], session: String) {
        let jd = try String(
            contentsOf: T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md"), encoding: .utf8)
        let body = try JSONSerialization.data(withJSONObject: ["jd": jd, "count": 20])
        let answer = try post(address + "/api/jd/domain-search", key: key, body: String(decoding: body, as: UTF8.self))
        return (answer, try #require(answer["session_id"] as? String, "\(answer)"))
    }

    static func post(_ url: String, key: String, body: String) throws -> [String: Any] {
        let result = try run(
            "curl",
            [
                "-sS", "-X", "POST", url, "-H", "Authorization: Bearer \(key)",
                "-H", "Content-Type: application/json", "--data", body, "--max-time", "300",
            ])
        return (try? JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]) ?? [
            "raw": result.output
        ]
    }

    @Test("2 × 25 concurrent load-mores over HTTP: every batch slice once, no candidate lost, no employee billed twice")
    func twoServers() async throws {
        guard let server = ProcessInfo.processInfo.environment["SCOUT_TEST_POSTGRES_URL"], !server.isEmpty else {
            Issue.record(
                "SCOUT_TEST_POSTGRES_URL is not set: run scripts/test, which starts a throwaway Postgres server")
            return
        }
        let name = "scout_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        #expect(try Self.run("psql", [server, "-qc", "CREATE DATABASE \(name)"]).status == 0)
        defer { _ = try? Self.run("psql", [server, "-qc", "DROP DATABASE \(name) WITH (FORCE)"]) }
        var components = URLComponents(string: server)!
        components.path = "/" + name
        let database = components.string!

        let dir = try T.scratch()
        let sandbox = try SandboxJourneyTests.Sandbox(arguments: [])
        defer { sandbox.stop() }
        var yaml = try String(contentsOf: SandboxJourneyTests.config(root: sandbox.root, in: dir), encoding: .utf8)
        yaml += "\nstore:\n  type: postgres\n  url: {env: SCOUT_PG}\n  tls: disable\n"
        try yaml.write(to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        let key = "e2e-\(UUID().uuidString)"
        let env = [
            "SCOUT_PG": database, "SCOUT_API_KEYS": "\(key):recruiting:search+admin", "CORESIGNAL_API_KEY": "sandbox",
            "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox",
        ]
        let servers = try Self.serve(2, environment: env, directory: dir)
        defer { servers.forEach { $0.stop() } }
        let addresses = try servers.map { try $0.address(after: "Scout is serving ") }
        let (first, session) = try Self.searchExample(at: addresses[0], key: key)
        let firstIDs = ((first["new_profiles"] as? [[String: Any]]) ?? []).compactMap { $0["employee_id"] as? Int }
        #expect(firstIDs.count == 20)

        let answers = LockedAnswers()
        DispatchQueue.concurrentPerform(iterations: 50) { worker in
            let answer =
                (try? Self.post(
                    addresses[worker % 2] + "/api/jd/load-more-previews", key: key,
                    body: #"{"session_id": "\#(session)", "count": 20}"#)) ?? [:]
            answers.append(answer)
        }
        let all = answers.values
        #expect(all.count == 50)
        #expect(all.allSatisfy { $0["error"] == nil }, "\(all.filter { $0["error"] != nil }.prefix(2))")
        let loaded = all.flatMap {
            (($0["new_profiles"] as? [[String: Any]]) ?? []).compactMap { $0["employee_id"] as? Int }
        }
        let returned = firstIDs + loaded
        #expect(returned.count == Set(returned).count, "a candidate was handed out twice")

        let report = try Self.run(
            "curl", ["-sS", addresses[1] + "/api/jd/sessions/\(session)", "-H", "Authorization: Bearer \(key)"])
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let stored = ((shown["candidates"] as? [[String: Any]]) ?? []).compactMap { $0["employee_id"] as? Int }
        #expect(Set(stored) == Set(returned), "every committed candidate reached exactly one caller")
        #expect(shown["remaining_batches"] as? Int == 0)
        let credits = shown["credits"] as? [String: Any]
        let stats = try sandbox.stats()
        let employees =
            stats["employeeCollects"] as? [String: Int] ?? stats["employee_collects"] as? [String: Int] ?? [:]
        let companies = stats["companyCollects"] as? [String: Int] ?? stats["company_collects"] as? [String: Int] ?? [:]
        // Every stored candidate was collected, once, and nobody else: one worker per slice (the slice lease), so no
        // slice is worked by a loser of the cursor race and nothing is paid for a discarded slice.
        #expect(Set(stored.map(String.init)) == Set(employees.keys))
        #expect(employees.values.allSatisfy { $0 == 1 }, "employees billed twice: \(employees.filter { $0.value > 1 })")
        #expect(companies.values.allSatisfy { $0 == 1 }, "companies billed twice: \(companies.filter { $0.value > 1 })")
        #expect(
            credits?["used"] as? Int == employees.values.reduce(0, +) + companies.values.reduce(0, +),
            "the ledger and the vendor's own counts agree")
    }
}

extension TwoProcessTests {
    @Test("scout db migrate on an empty database applies every migration; again, it is a no-op")
    func migrateTwice() async throws {
        guard let server = ProcessInfo.processInfo.environment["SCOUT_TEST_POSTGRES_URL"], !server.isEmpty else {
            Issue.record(
                "SCOUT_TEST_POSTGRES_URL is not set: run scripts/test, which starts a throwaway Postgres server")
            return
        }
        let name = "scout_mig_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        #expect(try Self.run("psql", [server, "-qc", "CREATE DATABASE \(name)"]).status == 0)
        defer { _ = try? Self.run("psql", [server, "-qc", "DROP DATABASE \(name) WITH (FORCE)"]) }
        var components = URLComponents(string: server)!
        components.path = "/" + name
        let dir = try T.scratch()
        try "store: {type: postgres, url: {env: SCOUT_PG}, tls: disable}\n"
            .write(to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        let env = ["SCOUT_PG": components.string!]
        // At warning level, so PostgresNIO's "run() hasn't been called" warning would show.
        let first = try await T.scout(
            ["db", "migrate"], in: dir, environment: env.merging(["SCOUT_LOG_LEVEL": "warning"]) { a, _ in a })
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Applied v1_initial."))
        #expect(first.stdout.contains("Schema is at "))
        #expect(!first.stderr.contains("hasn't been called"), "the pool was used before it ran: \(first.stderr)")
        let second = try await T.scout(["db", "migrate"], in: dir, environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("Schema is up to date ("))
        #expect(!second.stdout.contains("Applied"))
        let sqlite = try await T.scout(["db", "migrate"], in: try T.scratch())
        #expect(sqlite.status == 2, "the embedded default uses sqlite, which migrates itself")
    }
}

/// Answers gathered from concurrent requests.
final class LockedAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [[String: Any]] = []
    func append(_ item: [String: Any]) { lock.lock(); items.append(item); lock.unlock() }
    var values: [[String: Any]] { lock.lock(); defer { lock.unlock() }; return items }
}
