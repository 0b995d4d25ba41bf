import Foundation
import Logging
import SampleWorld
import ScoutCore
import ScoutSandbox
import ScoutVendorKit

/// Starts a sandbox on an ephemeral loopback port for the body of a test and stops it afterwards.
func withSandbox<T>(_ options: SandboxOptions = SandboxOptions(), _ body: (ScoutSandbox, SandboxServer) async throws -> T) async throws -> T {
    let sandbox = ScoutSandbox(options: options, logger: Logger(label: "sandbox", factory: { _ in SwiftLogNoOpLogHandler() }))
    let server = try await sandbox.start()
    do {
        let result = try await body(sandbox, server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

/// Transport settings for tests: many retries, no real rate limiting (the clock is virtual anyway), and a timeout long
/// enough that a loaded CI machine (the whole suite runs in parallel on two cores) never turns a slow answer into a retry.
func testHTTP(_ unit: VendorHTTPSettings.RateUnit = .second, timeout: Double = 30, retries: Int = 6) -> VendorHTTPSettings {
    VendorHTTPSettings(rateUnit: unit, rate: 10_000, timeoutSeconds: timeout, maxRetries: retries, backoffBaseSeconds: 0.5,
                       backoffMaxSeconds: 30, maxConcurrency: 8)
}

/// Log lines captured by ``CapturingLogHandler``.
final class LogCapture: Sendable {
    private let lines = LockedValue<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    /// A trace-level logger writing here.
    func logger(_ label: String = "test") -> Logger {
        var logger = Logger(label: label, factory: { _ in CapturingLogHandler(capture: self) })
        logger.logLevel = .trace
        return logger
    }
}

/// A LogHandler that records every message with its metadata.
struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        capture.append("\(event.level) \(event.message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
    }
}

/// A sample-world company with more than `minimum` people matching an unfiltered search.
func bigCompany(_ world: SampleWorld, minimum: Int = 120) -> SampleCompany {
    world.companies.first { world.searchPeople(PeopleQuery(companies: [$0.company()])).count > minimum }!
}

let quietLogger = Logger(label: "quiet", factory: { _ in SwiftLogNoOpLogHandler() })
