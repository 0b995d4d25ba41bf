import Foundation
import Logging
import SampleWorld
import ScoutCore
import ScoutSandbox
import ScoutVendorKit

/// Starts a sandbox on an ephemeral loopback port for the body of a test and stops it afterwards.
func withSandbox<T>(
    _ options: SandboxOptions = SandboxOptions(), _ body: (ScoutSandbox, SandboxServer) async throws -> T
) async throws -> T {
    let sandbox = ScoutSandbox(
        options: options, logger: Logger(label: "sandbox", factory: { _ in SwiftLogNoOpLogHandler() }))
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
func testHTTP(
    _ unit: VendorHTTPSettings.RateUnit = .second, timeout: Double = 30, retries: Int = 6
) -> VendorHTTPSettings {
    VendorHTTPSettings(
        rateUnit: unit, rate: 10_000, timeoutSeconds: timeout, maxRetries: retries, backoffBaseSeconds: 0.5,
        backoffMaxSeconds: 30, maxConcurrency: 8)
}

/// A sample-world company with more than `minimum` people matching an unfiltered search.
func bigCompany(_ world: SampleWorld, minimum: Int = 120) -> SampleCompany {
    world.companies.first { world.searchPeople(PeopleQuery(companies: [$0.company()])).count > minimum }!
}

let quietLogger = Logger(label: "quiet", factory: { _ in SwiftLogNoOpLogHandler() })
