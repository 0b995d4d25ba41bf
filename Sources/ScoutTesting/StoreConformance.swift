import Foundation
public import ScoutCore
public import Testing

/// The behaviour every `ScoutStore` must show, as named checks. Each check gets a fresh, empty store and records
/// failures with `#expect`/`#require`, so a test can run them one by one:
///
///     @Test(arguments: StoreConformance.checks)
///     func conformance(_ check: StoreConformance.Check) async throws { try await check.run(on: MemoryStore()) }
public enum StoreConformance {
    /// Makes a fresh, empty store.
    public typealias MakeStore = @Sendable () async throws -> any ScoutStore

    /// One named check of the suite.
    public struct Check: Sendable, CustomStringConvertible, CustomTestStringConvertible {
        public let name: String
        let body: @Sendable (any ScoutStore) async throws -> Void

        init(_ name: String, _ body: @escaping @Sendable (any ScoutStore) async throws -> Void) {
            self.name = name
            self.body = body
        }

        /// Runs the check against `store`, which must be empty.
        public func run(on store: any ScoutStore) async throws { try await body(store) }

        public var description: String { name }
        public var testDescription: String { name }
    }

    /// Every check, in a stable order.
    public static let checks: [Check] =
        sessionChecks + workspaceChecks + shortlistChecks + commitChecks + cacheChecks + ledgerChecks
        + leaseChecks + chargeChecks + idempotencyChecks + erasureChecks

    /// Runs every check, each against a fresh store from `makeStore`.
    public static func run(makeStore: MakeStore) async throws {
        for check in checks { try await check.run(on: makeStore()) }
    }

    /// The check with this name; for running one check by hand.
    public static func check(named name: String) -> Check? { checks.first { $0.name == name } }
}

// MARK: - Comparison helpers

extension StoreConformance {
    /// Stores may keep dates to the millisecond.
    static func close(_ a: Date?, _ b: Date?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): abs(a.timeIntervalSince(b)) < 0.001
        default: false
        }
    }

    /// Expects `actual` to equal `expected` field by field, dates within 1 ms.
    static func expectSame(
        _ actual: SearchSession?, _ expected: SearchSession, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard var actual else {
            Issue.record("session \(expected.id) is missing", sourceLocation: sourceLocation)
            return
        }
        #expect(close(actual.createdAt, expected.createdAt), "createdAt", sourceLocation: sourceLocation)
        #expect(close(actual.updatedAt, expected.updatedAt), "updatedAt", sourceLocation: sourceLocation)
        #expect(close(actual.lastAccessed, expected.lastAccessed), "lastAccessed", sourceLocation: sourceLocation)
        actual.createdAt = expected.createdAt
        actual.updatedAt = expected.updatedAt
        actual.lastAccessed = expected.lastAccessed
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    /// Expects the candidate lists to match element by element, dates within 1 ms.
    static func expectSame(
        _ actual: [SessionCandidate], _ expected: [SessionCandidate], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.map(\.employeeID) == expected.map(\.employeeID), sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            var a = a
            #expect(close(a.foundAt, e.foundAt), "foundAt of \(e.employeeID)", sourceLocation: sourceLocation)
            #expect(
                close(a.profileFetchedAt, e.profileFetchedAt), "profileFetchedAt of \(e.employeeID)",
                sourceLocation: sourceLocation)
            a.foundAt = e.foundAt
            a.profileFetchedAt = e.profileFetchedAt
            #expect(a == e, sourceLocation: sourceLocation)
        }
    }
}
