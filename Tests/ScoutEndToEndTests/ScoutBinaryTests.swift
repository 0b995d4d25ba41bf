import Foundation
import Testing

/// Runs the built `scout` executable the way a user does, in a scratch working directory.
@Suite("scout binary, end to end", .serialized)
struct ScoutBinaryTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `scout` binary next to the test bundle (same build directory).
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("scout")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/scout")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `scout` with `arguments` to its end, on a thread of its own: a test waiting for a process must not hold one
    /// of the few threads every other test's async work runs on (on 2 cores, two such waits stalled the rest).
    static func scout(
        _ arguments: [String], in directory: URL, stdin: String? = nil,
        environment: [String: String] = [:]
    ) async throws -> Run {
        try await offload { try scoutBlocking(arguments, in: directory, stdin: stdin, environment: environment) }
    }

    /// Starts `process`. Keep this test process under about 1,300 open descriptors while children start: above that,
    /// Foundation's `Process.run()` on Linux reads past its /proc/self/fd buffer and the whole test run dies of SIGSEGV
    /// (tests that need thousands of sockets hold them in a child, as ServeHardeningTests does).
    static func spawn(_ process: Process) throws {
        try process.run()
    }

    /// Runs blocking work (waiting for a process, reading its pipes) on a new thread and returns its result.
    static func offload<R: Sendable>(_ body: @escaping @Sendable () throws -> R) async throws -> R {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    private static func scoutBlocking(
        _ arguments: [String], in directory: URL, stdin: String? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try spawn(process)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scout-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("search, more --count 100, the same search again for 0 credits, show, export, sessions, clear")
    func mainJourney() async throws {
        let dir = try Self.scratch()
        let jd = Self.repository.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path

        let human = try await Self.scout(["search", "--jd", jd], in: dir)
        #expect(human.status == 0, "\(human.stderr)")
        #expect(human.stdout.contains("Discovered companies"))
        #expect(human.stdout.contains("Batches ("))
        #expect(human.stdout.contains("New candidates (20), best first:"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".scout/scout.sqlite").path))

        let first = try await Self.json(Self.scout(["search", "--jd", jd, "--json"], in: dir).stdout)
        let credits = try #require(first["credits"] as? [String: Any])
        #expect(credits["used"] as? Int == 0, "the human run already paid for these profiles")
        let session = try #require(first["session_id"] as? String)
        let firstIDs = Set(((first["new_profiles"] as? [[String: Any]]) ?? []).compactMap { $0["employee_id"] as? Int })
        #expect(firstIDs.count == 20)

        let more = try await Self.scout(["more", session, "--count", "100", "--json"], in: dir)
        #expect(more.status == 0, "\(more.stderr)")
        let moreIDs = ((try Self.json(more.stdout)["new_profiles"] as? [[String: Any]]) ?? []).compactMap {
            $0["employee_id"] as? Int
        }
        #expect(!moreIDs.isEmpty)
        #expect(Set(moreIDs).count == moreIDs.count)
        #expect(firstIDs.isDisjoint(with: moreIDs))

        let shown = try await Self.scout(["show", session], in: dir)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Shortlist, best first:"))

        let csv = try await Self.scout(["export", session, "--format", "csv"], in: dir)
        #expect(csv.status == 0)
        #expect(csv.stdout.split(separator: "\r\n").count == 1 + 20 + moreIDs.count)

        let sessions = try await Self.scout(["sessions"], in: dir)
        #expect(sessions.stdout.contains(session))

        #expect(try await Self.scout(["clear", session], in: dir).status == 0)
        #expect(try await Self.scout(["show", session], in: dir).status == 2)
        #expect(try await Self.scout(["restore", session], in: dir).status == 0)
        #expect(try await Self.scout(["show", session], in: dir).status == 0)
        let all = try await Self.scout(["clear", "--all", "--yes"], in: dir)
        #expect(all.stdout.hasPrefix("Cleared 2 sessions of workspace 'default': "), "\(all.stdout)")
    }

    @Test("a typo in plugins.yaml: every error with file:line:column and a suggestion, exit 2")
    func configTypo() async throws {
        let dir = try Self.scratch()
        try "batching:\n  type: company_bach\n  batch_sise: 3\n".write(
            to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        let run = try await Self.scout(["config", "validate"], in: dir)
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "plugins.yaml:2:9: batching.type: unknown type 'company_bach'; did you mean 'company_batch'? (valid: company_batch, seniority_variation)"
            ))
        let search = try await Self.scout(["search", "--quiet", "Senior Backend Engineer"], in: dir)
        #expect(search.status == 2)
        let valid = try await Self.scout(
            ["config", "validate", Self.repository.appendingPathComponent("plugins.yaml").path], in: dir)
        #expect(valid.status == 0, "\(valid.stderr)")
    }

    @Test("bad input exits 2 with a one-line reason")
    func badInput() async throws {
        let dir = try Self.scratch()
        let count = try await Self.scout(["more", "s_AAAAAAAAAAAAAAAAAAAAAA", "--count", "30"], in: dir)
        #expect(count.status == 2)
        let missing = try await Self.scout(["more", "s_AAAAAAAAAAAAAAAAAAAAAA", "--count", "20"], in: dir)
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "error: no active session 's_AAAAAAAAAAAAAAAAAAAAAA' in workspace 'default' (`scout sessions` lists them)\n"
        )
        let empty = try await Self.scout(["search", "--jd", "-"], in: dir, stdin: "")
        #expect(empty.status == 2)
    }

    @Test("plugins lists every type with keys and defaults")
    func plugins() async throws {
        let run = try await Self.scout(["plugins"], in: try Self.scratch())
        #expect(run.status == 0)
        for type in [
            "company_batch", "seniority_variation", "seed_expansion", "domain_queries", "sqlite", "memory", "heuristic",
            "sample",
        ] {
            #expect(run.stdout.contains("  \(type) — "))
        }
        #expect(run.stdout.contains("batch_size (int, default 5)"))
    }
}
