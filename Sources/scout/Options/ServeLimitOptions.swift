import ArgumentParser
import ScoutHTTP

/// `scout serve`'s limits (``ServerLimits``): every flag defaults to the library's default.
struct ServeLimitOptions: ParsableArguments {
    static let defaults = ServerLimits.default

    @Option(name: .long, help: "Largest request body in bytes (413 beyond).")
    var maxBodyBytes = defaults.maxBodyBytes

    @Option(name: .customLong("max-json-depth"), help: "Deepest JSON nesting accepted (413 beyond).")
    var maxJSONDepth = defaults.maxJSONDepth

    @Option(
        name: .customLong("max-json-members"),
        help: "Most JSON object keys and array elements in one body (413 beyond).")
    var maxJSONMembers = defaults.maxJSONMembers

    @Option(name: .long, help: "Largest header field in bytes; all fields together may have twice that (400 beyond).")
    var maxHeaderBytes = defaults.maxHeaderBytes

    @Option(name: .long, help: "Most header fields in one request (400 beyond).")
    var maxHeaderFields = defaults.maxHeaderFields

    @Option(name: .long, help: "Seconds a keep-alive connection may stay idle.")
    var idleTimeout = seconds(defaults.idleTimeout)

    @Option(name: .long, help: "Seconds a new connection has to send its first request head.")
    var headerTimeout = seconds(defaults.headerTimeout)

    @Option(name: .long, help: "Seconds a response may wait on a client that does not read before it is dropped.")
    var writeTimeout = seconds(defaults.writeTimeout)

    @Option(name: .long, help: "Seconds a JSON answer may take (503 deadline_exceeded beyond; its work is cancelled).")
    var requestTimeout = seconds(defaults.requestTimeout)

    @Option(name: .long, help: "Seconds graceful shutdown waits for requests in flight before cancelling them.")
    var shutdownTimeout = seconds(defaults.shutdownTimeout)

    @Option(
        name: .long,
        help: "Most open connections (never more than the open-file limit less a reserve); the longest idle is closed.")
    var maxConnections = defaults.maxConnections

    @Option(name: .long, help: "Most API requests in flight (503 overloaded with Retry-After beyond).")
    var maxInFlight = defaults.maxInFlight

    @Option(name: .long, help: "Most API requests in flight per API key (429 with Retry-After beyond).")
    var maxPerKey = defaults.maxPerKey

    @Option(name: .long, help: "Bytes of events a stream holds for a slow reader before the client is dropped.")
    var sseBufferBytes = defaults.sseBufferBytes

    @Option(name: .long, help: "Threads API work runs on, apart from health checks (default: cores less one).")
    var workThreads = defaults.workThreads

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func duration(_ seconds: Double) -> Duration {
        seconds.isFinite && seconds > 0 ? .milliseconds(Int64(seconds * 1000)) : .zero
    }

    var serverLimits: ServerLimits {
        var limits = ServerLimits()
        limits.maxBodyBytes = maxBodyBytes
        limits.maxJSONDepth = maxJSONDepth
        limits.maxJSONMembers = maxJSONMembers
        limits.maxHeaderBytes = maxHeaderBytes
        limits.maxHeaderFields = maxHeaderFields
        limits.idleTimeout = Self.duration(idleTimeout)
        limits.headerTimeout = Self.duration(headerTimeout)
        limits.writeTimeout = Self.duration(writeTimeout)
        limits.requestTimeout = Self.duration(requestTimeout)
        limits.shutdownTimeout = Self.duration(shutdownTimeout)
        limits.maxConnections = maxConnections
        limits.maxInFlight = maxInFlight
        limits.maxPerKey = maxPerKey
        limits.sseBufferBytes = sseBufferBytes
        limits.workThreads = workThreads
        return limits
    }
}
