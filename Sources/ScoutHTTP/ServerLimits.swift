import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bounds `scout serve` keeps under hostile or heavy traffic (docs/http-api.md, "Limits"). Each has a
/// `scout serve` flag; the defaults suit one machine of a few cores.
///
/// - `maxBodyBytes` (int, default 1 MiB): larger bodies are 413 `body_too_large`.
/// - `maxJSONDepth` (int, default 32) and `maxJSONMembers` (int, default 10,000: object keys and array elements in
///   all): checked by a scan of the bytes before any JSON parser runs; beyond them 413 `json_too_complex`.
/// - `maxHeaderBytes` (int, default 16 KiB for one field, twice that for all), `maxHeaderFields` (int, default 100):
///   beyond them the connection gets 400 and is closed.
/// - `idleTimeout` (default 30 s): a keep-alive connection with no request in progress is closed.
/// - `headerTimeout` (default 10 s): a new connection must deliver its first request head in this time.
/// - `writeTimeout` (default 30 s): a response the client does not read for this long (its socket stays full) is
///   dropped with its connection.
/// - `requestTimeout` (default 300 s): a JSON answer not ready by then is 503 `deadline_exceeded`; its work is
///   cancelled (a cancelled batch commits nothing). Streams are bounded by their work and `writeTimeout`.
/// - `shutdownTimeout` (default 15 s): graceful shutdown waits at most this long for requests in flight.
/// - `maxConnections` (int, default 10,000, and never more than the process's file limit less a reserve): beyond
///   it the connection idle the longest is closed to make room.
/// - `maxInFlight` (int, default 64): API requests served at once; more are 503 `overloaded` with `Retry-After`.
/// - `maxPerKey` (int, default 8): API requests of one API key at once; more are 429 `too_many_requests` with
///   `Retry-After`.
/// - `workThreads` (int, default one less than the cores, at least 1): the threads API work runs on
///   (``WorkExecutor``), apart from the pool health checks and the connection plumbing use.
/// - `sseBufferBytes` (int, default 256 KiB): events a stream holds for a client that reads slowly; a stream whose
///   client falls further behind is dropped (its work goes on and commits).
public struct ServerLimits: Sendable, Equatable {
    public var maxBodyBytes = 1 << 20
    public var maxJSONDepth = 32
    public var maxJSONMembers = 10_000
    public var maxHeaderBytes = 16 << 10
    public var maxHeaderFields = 100
    public var idleTimeout: Duration = .seconds(30)
    public var headerTimeout: Duration = .seconds(10)
    public var writeTimeout: Duration = .seconds(30)
    public var requestTimeout: Duration = .seconds(300)
    public var shutdownTimeout: Duration = .seconds(15)
    public var maxConnections = 10_000
    public var maxInFlight = 64
    public var maxPerKey = 8
    public var sseBufferBytes = 256 << 10
    public var workThreads = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    /// Seconds a shed request is told to wait (`Retry-After`).
    public var retryAfterSeconds = 1

    public init() {}

    /// The defaults.
    public static let `default` = ServerLimits()

    /// ``maxConnections`` within the process's open-file limit: a reserve of an eighth of it (at least 64) stays
    /// free for the store, vendor connections and logs, so accepting never runs out of descriptors.
    public var effectiveMaxConnections: Int {
        guard let files = Self.openFileLimit() else { return maxConnections }
        return max(1, min(maxConnections, files - max(64, files / 8)))
    }

    /// The soft `RLIMIT_NOFILE`, or nil when unlimited or unknown.
    static func openFileLimit() -> Int? {
        var limit = rlimit()
        #if canImport(Glibc)
            guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        #else
            guard getrlimit(RLIMIT_NOFILE, &limit) == 0 else { return nil }
        #endif
        guard limit.rlim_cur < rlim_t(Int32.max) else { return nil }
        return Int(limit.rlim_cur)
    }

    /// Every problem with these values (a zero or negative bound), one line each.
    public func problems() -> [String] {
        var problems: [String] = []
        let counts: [(String, Int)] = [
            ("--max-body-bytes", maxBodyBytes), ("--max-json-depth", maxJSONDepth),
            ("--max-json-members", maxJSONMembers), ("--max-header-bytes", maxHeaderBytes),
            ("--max-header-fields", maxHeaderFields), ("--max-connections", maxConnections),
            ("--max-in-flight", maxInFlight), ("--max-per-key", maxPerKey), ("--sse-buffer-bytes", sseBufferBytes),
            ("--work-threads", workThreads),
        ]
        for (name, value) in counts where value < 1 { problems.append("\(name) must be at least 1, got \(value)") }
        let times: [(String, Duration)] = [
            ("--idle-timeout", idleTimeout), ("--header-timeout", headerTimeout), ("--write-timeout", writeTimeout),
            ("--request-timeout", requestTimeout), ("--shutdown-timeout", shutdownTimeout),
        ]
        for (name, value) in times where value <= .zero { problems.append("\(name) must be more than 0 seconds") }
        return problems
    }
}
