import Foundation
import ScoutTesting
import Testing

/// `scout serve` as operators run it: a tight open-file limit, bad flags and short keys.
@Suite("scout serve: connection cap under ulimit, flags and keys", .serialized)
struct ServeHardeningTests {
    typealias T = ScoutBinaryTests

    static let key = "hardening-key-0123456789abcdef"

    @Test("under ulimit -n 1024 the server still accepts a new client after 2,000 idle sockets")
    func idleSocketsCannotDenyService() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "store: {type: memory}\n".write(
            to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        // Long idle and header timeouts: the connection cap, not a timeout, has to keep the server reachable.
        let child = try TwoProcessTests.Child(
            [
                "-c", #"ulimit -n 1024 && exec "$0" "$@""#, T.binary.path, "serve", "--port", "0", "--config",
                "plugins.yaml", "--idle-timeout", "600", "--header-timeout", "600",
            ],
            environment: ["SCOUT_API_KEYS": "\(Self.key):acme:search"], directory: dir, executable: "/bin/sh")
        defer { child.stop() }
        let address = try child.address(after: "Scout is serving ")
        let port = try #require(URLComponents(string: address)?.port)
        // The idle clients live in a child shell, not in this test process: above about 1,300 open descriptors,
        // Foundation's `Process.run()` on Linux reads past the end of its /proc/self/fd buffer and crashes the whole
        // test run whenever another test starts a child meanwhile (swift-corelibs-foundation's
        // findMaximumOpenFromProcSelfFD copies each entry's full 256-byte name).
        let holder = try TwoProcessTests.Child(
            [
                "-c",
                #"ulimit -n 4096 && for i in $(seq 2000); do exec {fd}<>"/dev/tcp/127.0.0.1/$0" || "#
                    + #"{ echo "socket $i could not connect"; exit 1; }; done"#
                    + #" && echo "holding $i sockets" && exec sleep 600"#,
                String(port),
            ],
            environment: [:], directory: dir, scanningStandardOutput: true, executable: "/bin/bash")
        defer { holder.stop(signal: SIGKILL) }
        #expect(try holder.address(after: "holding ") == "2000")
        let health = try LoopbackSocket.exchange(
            port: port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(health.hasPrefix("HTTP/1.1 200"), "\(health.prefix(200))")
        #expect(child.process.isRunning)
        #expect(holder.process.isRunning, "the 2,000 idle clients were still open during the health check")
    }

    @Test("a port outside 0–65535 and a limit of 0 are one-line errors with exit 2")
    func badFlags() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = ["SCOUT_API_KEYS": "\(Self.key):acme:search"]
        let port = try await T.scout(["serve", "--port", "99999"], in: dir, environment: environment)
        #expect(port.status == 2)
        #expect(port.stderr == "error: --port must be between 0 and 65535, got 99999 (see `scout serve --help`)\n")
        let limit = try await T.scout(["serve", "--max-in-flight", "0"], in: dir, environment: environment)
        #expect(limit.status == 2)
        #expect(limit.stderr.hasPrefix("error: --max-in-flight must be at least 1, got 0"), "\(limit.stderr)")
    }

    @Test("a port already in use is one line with exit 1, not NIO's text")
    func portInUse() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = ["SCOUT_API_KEYS": "\(Self.key):acme:search"]
        let first = try TwoProcessTests.Child(["serve", "--port", "0"], environment: environment, directory: dir)
        defer { first.stop() }
        let port = try #require(URLComponents(string: try first.address(after: "Scout is serving "))?.port)
        let second = try await T.scout(["serve", "--port", String(port)], in: dir, environment: environment)
        #expect(second.status == 1)
        #expect(
            second.stderr
                == "error: cannot listen on 127.0.0.1:\(port): Address already in use (choose another --host or --port)\n"
        )
    }

    @Test("an API key shorter than 16 characters is refused at start-up without printing it")
    func shortKey() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try await T.scout(
            ["serve", "--port", "0"], in: dir, environment: ["SCOUT_API_KEYS": "abcde:acme:search"])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "error: SCOUT_API_KEYS entry 1: the API key has 5 characters; keys need at least 16 (generate one "
                + "with `openssl rand -hex 16`)\n")
        #expect(!run.stderr.contains("abcde"))
    }

    @Test("an unwritable SQLite path is a one-line error with exit 2")
    func unwritableStore() async throws {
        let dir = try T.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "store: {type: sqlite, path: /proc/scout-test/scout.sqlite}\n".write(
            to: dir.appendingPathComponent("plugins.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["sessions"], ["serve", "--port", "0"]] {
            let run = try await T.scout(arguments, in: dir, environment: ["SCOUT_API_KEYS": "\(Self.key):acme:search"])
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix("error: store.path: cannot create the SQLite database"), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
    }
}
