import Foundation
import Testing

/// `kill -9` during load-more (issue 10): `scout more` against `scout sandbox` on one SQLite file, killed at a spread
/// of moments; after each kill a new process (`scout show`, whose prepare reconciles pending charges) reads the
/// session. After every trial the ledger equals the sandbox's own billing (what the kill left pending is settled by
/// the vendor's balance, ``CreditBalanceProbe``); no committed candidate is lost or listed twice; a record is billed
/// again at most once. `scripts/crash-trials N` runs the same trials at random moments, as many as asked.
@Suite("kill -9 during load-more", .serialized)
struct CrashTrialTests {
    typealias T = ScoutBinaryTests
    typealias Sandbox = SandboxJourneyTests.Sandbox

    static let trials = 20
    static let env = ["CORESIGNAL_API_KEY": "sandbox", "TAVILY_API_KEY": "sandbox", "ANTHROPIC_API_KEY": "sandbox"]

    /// Every session's credits used (misses), summed: the store's whole ledger.
    static func ledgerCredits(config: String, in dir: URL) async throws -> Int {
        let run = try await T.scout(
            ["sessions", "--limit", "1000", "--config", config, "--json"], in: dir, environment: env)
        let sessions = try #require(try T.json(run.stdout)["sessions"] as? [[String: Any]], "\(run.stderr)")
        return sessions.reduce(0) { $0 + ((($1["credits"] as? [String: Any])?["used"] as? Int) ?? 0) }
    }

    static func candidateIDs(_ session: String, config: String, in dir: URL) async throws -> [Int] {
        try await show(session, config: config, in: dir).ids
    }

    /// `scout show`: the session's candidates, and how many pending charges its start settled as billed.
    static func show(_ session: String, config: String, in dir: URL) async throws -> (ids: [Int], settled: Int) {
        let run = try await T.scout(
            ["show", session, "--config", config, "--json"], in: dir,
            environment: env.merging(["SCOUT_LOG_LEVEL": "warning"]) { $1 })
        let shown = try T.json(run.stdout)
        let candidates = try #require(shown["candidates"] as? [[String: Any]], "\(run.stderr)")
        let settled = run.stderr.components(separatedBy: "was settled as billed").count - 1
        return (candidates.compactMap { $0["employee_id"] as? Int }, settled)
    }

    /// The sandbox's billed credits once the requests a killed process left in flight have reached their end there.
    static func settledBilling(_ sandbox: Sandbox) async throws -> [String: Any] {
        var stats = try sandbox.stats()
        for _ in 0..<50 {
            try await Task.sleep(for: .milliseconds(300))
            let next = try sandbox.stats()
            if next["creditsSpent"] as? Int == stats["creditsSpent"] as? Int { return next }
            stats = next
        }
        return stats
    }

    @Test("20 trials: after each kill the ledger equals the vendor's billing; nothing committed is lost or doubled")
    func killDuringLoadMore() async throws {
        let sandbox = try Sandbox(arguments: ["--latency-coresignal-ms", "100"])
        defer { sandbox.stop() }
        let dir = try T.scratch()
        let config = try SandboxJourneyTests.config(root: sandbox.root, in: dir)
        // A 1 s request timeout: the restart waits that long (not 5 s) for the sandbox to answer what the kill left in
        // flight before it reads the balance.
        try
            (try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "  max_pages: 5\n", with: "  max_pages: 5\n  timeout_seconds: 1\n")
            + "\nstore:\n  type: sqlite\n  path: scout.sqlite\n")
            .write(to: config, atomically: true, encoding: .utf8)
        // The quality suite's JDs, a different one per trial: each trial's load-more meets people nobody paid for yet.
        let suite = T.repository.appendingPathComponent("docs/quality/suite")
        let jds = try FileManager.default.contentsOfDirectory(atPath: suite.path)
            .filter { !$0.hasSuffix(".truth.yaml") }.sorted().map { suite.appendingPathComponent($0).path }
        try #require(jds.count >= Self.trials)
        var committed: [String: [Int]] = [:]
        var rebilledBefore = 0
        var recordBills: [String: Int] = [:]
        var killedWithWork = 0
        var paidDuringKilledLoad = 0
        for trial in 0..<Self.trials {
            let search = try await T.scout(
                ["search", "--jd", jds[trial % jds.count], "--count", "1", "--config", config.path, "--json"],
                in: dir, environment: Self.env)
            let session = try #require(try T.json(search.stdout)["session_id"] as? String, "\(search.stderr)")
            let before = try await Self.candidateIDs(session, config: config.path, in: dir)
            let billedBefore = try sandbox.stats()["creditsSpent"] as? Int ?? 0

            // Killed at moments spread over the load-more: early (resolving, previews), among the collects, late.
            let delay = 0.2 + Double(trial) * 2.5 / Double(Self.trials)
            let more = Process()
            more.executableURL = T.binary
            more.arguments = ["more", session, "--count", "100", "--config", config.path, "--json"]
            more.environment = ProcessInfo.processInfo.environment.merging(Self.env) { $1 }
            more.currentDirectoryURL = dir
            more.standardOutput = FileHandle.nullDevice
            more.standardError = FileHandle.nullDevice
            try T.spawn(more)
            try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            let wasRunning = more.isRunning
            kill(more.processIdentifier, SIGKILL)
            try await T.offload { more.waitUntilExit() }
            if wasRunning { killedWithWork += 1 }

            let billing = try await Self.settledBilling(sandbox)
            if billing["creditsSpent"] as? Int ?? 0 > billedBefore { paidDuringKilledLoad += 1 }
            let (after, _) = try await Self.show(session, config: config.path, in: dir)
            let ledger = try await Self.ledgerCredits(config: config.path, in: dir)
            let billed = billing["creditsSpent"] as? Int ?? 0
            // The vendor's balance settles what the kill left pending: the ledger equals the billing exactly.
            #expect(ledger == billed, "trial \(trial) (killed after \(delay) s): ledger \(ledger), billed \(billed)")
            #expect(Set(after).count == after.count, "trial \(trial): a candidate listed twice")
            #expect(Set(before).isSubset(of: Set(after)), "trial \(trial): a committed candidate was lost")
            committed[session] = after

            // Billed again: the vendor answered a request the kill cut off (its answer was lost with the process),
            // so the next load that needs the record pays again — once, and no more than the calls in flight.
            let employees = billing["employeeCollects"] as? [String: Int] ?? [:]
            let companies = billing["companyCollects"] as? [String: Int] ?? [:]
            let counts = Array(employees.values) + Array(companies.values)
            let rebilled = counts.reduce(0) { $0 + max($1 - 1, 0) }
            #expect(rebilled - rebilledBefore <= 8, "trial \(trial): more records billed again than calls in flight")
            rebilledBefore = rebilled
            let now = employees.mapKeys { "e\($0)" }.merging(companies.mapKeys { "c\($0)" }) { $1 }
            let twice = now.filter { $0.value - (recordBills[$0.key] ?? 0) > 1 }.keys.sorted()
            #expect(twice.isEmpty, "trial \(trial): billed twice in one trial: \(twice)")
            recordBills = now
        }
        #expect(killedWithWork >= Self.trials / 2, "most kills must fall inside the load-more")
        #expect(paidDuringKilledLoad >= Self.trials / 2, "most killed load-mores must have been paying for profiles")
        // Nothing committed is lost later either: every session still lists what it held after its trial.
        for (session, ids) in committed {
            #expect(try await Self.candidateIDs(session, config: config.path, in: dir) == ids, "\(session)")
        }
    }
}

extension Dictionary {
    fileprivate func mapKeys<K: Hashable>(_ transform: (Key) -> K) -> [K: Value] {
        [K: Value](uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
