import Foundation
import Testing

/// The vendor plugins against `scout sandbox` over loopback HTTP, as processes: the shortlist with faults (5xx, 429
/// bursts, cut streams) equals the shortlist without, and the sandbox bills nobody twice.
@Suite("scout with the real vendor plugins against scout sandbox", .serialized)
struct SandboxJourneyTests {
    typealias T = ScoutBinaryTests

    /// A running `scout sandbox`; stopped on `stop()`.
    final class Sandbox {
        let process = Process()
        var root = ""

        init(arguments: [String]) throws {
            process.executableURL = T.binary
            process.arguments = ["sandbox", "--port", "0"] + arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try ScoutBinaryTests.spawn(process)
            let deadline = Date().addingTimeInterval(30)
            var text = ""
            while Date() < deadline, !text.contains("\n  coresignal") {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let range = text.range(of: "Scout sandbox on ") else { throw CocoaError(.fileReadUnknown) }
            root = String(text[range.upperBound...].prefix { !$0.isWhitespace })
        }

        func stats() throws -> [String: Any] {
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            curl.arguments = ["curl", "-sf", root + "/_sandbox/stats"]
            let out = Pipe()
            curl.standardOutput = out
            try ScoutBinaryTests.spawn(curl)
            let data = out.fileHandleForReading.readDataToEndOfFile()
            curl.waitUntilExit()
            return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    static func config(root: String, in dir: URL) throws -> URL {
        let template = try String(
            contentsOf: T.repository.appendingPathComponent("docs/examples/plugins.sandbox.yaml"), encoding: .utf8)
        let url = dir.appendingPathComponent("plugins.yaml")
        try template.replacingOccurrences(of: "http://127.0.0.1:8787", with: root).write(
            to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// search + more --count 100 against a sandbox; returns the ranked (employee id, score) list and the sandbox stats.
    static func journey(faults: [String]) async throws -> (ranked: [[String]], stats: [String: Any]) {
        let sandbox = try Sandbox(arguments: faults)
        defer { sandbox.stop() }
        let dir = try T.scratch()
        let config = try config(root: sandbox.root, in: dir).path
        let env = ["CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox"]
        let jd = T.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path
        let search = try await T.scout(["search", "--config", config, "--jd", jd, "--json"], in: dir, environment: env)
        #expect(search.status == 0, "\(search.stderr)")
        let session = try #require(try T.json(search.stdout)["session_id"] as? String)
        let more = try await T.scout(
            ["more", session, "--count", "100", "--config", config, "--json"], in: dir, environment: env)
        #expect(more.status == 0, "\(more.stderr)")
        let shown = try T.json(
            try await T.scout(["show", session, "--config", config, "--json"], in: dir, environment: env).stdout)
        let candidates = try #require(shown["candidates"] as? [[String: Any]])
        let ranked = candidates.map { c -> [String] in
            let evaluation = c["evaluation"] as? [String: Any]
            return ["\(c["employee_id"] ?? "")", "\(evaluation?["overall"] ?? "")", "\(evaluation?["status"] ?? "")"]
        }
        return (ranked, try sandbox.stats())
    }

    @Test("faults change nothing the user sees, and nobody is billed twice")
    func faultsAreInvisible() async throws {
        let calm = try await Self.journey(faults: [])
        #expect(calm.ranked.count > 20)
        #expect(calm.ranked.allSatisfy { $0[2] == "ok" })
        let stormy = try await Self.journey(faults: [
            "--fault-5xx", "0.05", "--fault-429-burst", "0.05", "--burst-length", "2",
            "--retry-after", "0.05", "--cut-streams", "0.1", "--fault-seed", "11",
        ])
        #expect(stormy.ranked == calm.ranked)
        let faults = stormy.stats["faults"] as? [String: Int] ?? [:]
        #expect(faults.values.reduce(0, +) > 0, "the sandbox injected no faults: \(stormy.stats)")
        for stats in [calm.stats, stormy.stats] {
            let employees =
                stats["employeeCollects"] as? [String: Int] ?? stats["employee_collects"] as? [String: Int] ?? [:]
            let companies =
                stats["companyCollects"] as? [String: Int] ?? stats["company_collects"] as? [String: Int] ?? [:]
            #expect(!employees.isEmpty)
            #expect(
                employees.values.allSatisfy { $0 == 1 }, "employees billed twice: \(employees.filter { $0.value > 1 })")
            #expect(
                companies.values.allSatisfy { $0 == 1 }, "companies billed twice: \(companies.filter { $0.value > 1 })")
        }
    }
}
