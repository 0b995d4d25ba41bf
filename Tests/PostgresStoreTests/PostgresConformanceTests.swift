import Foundation
import PostgresStore
import ScoutCore
import ScoutTesting
import Testing

@Suite("postgres store: conformance")
struct PostgresConformanceTests {
    @Test("conformance", arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { store in try await check.run(on: store) }
        }
    }

    @Test("the test server is configured (fails with instructions when SCOUT_TEST_POSTGRES_URL is missing)")
    func serverConfigured() throws {
        _ = try TestDatabase.server()
    }
}
