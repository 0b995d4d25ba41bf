import Foundation
public import ScoutCore

/// Wraps a people source to count every call per id and to inject failures, for orchestrator tests.
public final class InstrumentedPeopleSource: PeopleSource {
    /// Decides whether a call fails; return an error to throw it.
    public typealias FaultRule = @Sendable (Call) -> (any Error)?

    public enum Call: Sendable, Equatable {
        case resolve(String)
        case preview(page: Int)
        case profile(Int)
        case company(Int)
    }

    public struct Counts: Sendable, Equatable {
        public var profiles: [Int: Int] = [:]
        public var companies: [Int: Int] = [:]
        public var previewPages = 0
        public var resolutions = 0
        /// Free company-id lookups (``PeopleSource/lookUpCompanyID(_:)``).
        public var lookups = 0

        /// Employee ids collected more than once.
        public var profilesBilledTwice: [Int] { profiles.filter { $0.value > 1 }.map(\.key).sorted() }
        public var companiesBilledTwice: [Int] { companies.filter { $0.value > 1 }.map(\.key).sorted() }
        public var profileCollects: Int { profiles.values.reduce(0, +) }
        public var companyCollects: Int { companies.values.reduce(0, +) }
    }

    private let base: any PeopleSource
    private let state = LockedValue(Counts())
    private let rule = LockedValue<FaultRule?>(nil)

    public init(_ base: any PeopleSource) { self.base = base }

    public var limits: PeopleSourceLimits { base.limits }
    public var counts: Counts { state.withLock { $0 } }

    /// Sets (or clears, with nil) the fault rule.
    public func setFault(_ newRule: FaultRule?) { rule.withLock { $0 = newRule } }

    private func check(_ call: Call) throws {
        if let error = rule.withLock({ $0 })?(call) { throw error }
    }

    public func lookUpCompanyID(_ company: Company) async throws -> CompanyIDLookup {
        try check(.resolve(company.name))
        state.withLock { $0.lookups += 1 }
        return try await base.lookUpCompanyID(company)
    }

    public func resolveCompanyID(_ company: Company) async throws -> Int? {
        try check(.resolve(company.name))
        state.withLock { $0.resolutions += 1 }
        return try await base.resolveCompanyID(company)
    }

    public func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage {
        try check(.preview(page: page))
        state.withLock { $0.previewPages += 1 }
        return try await base.searchPreviews(query, page: page)
    }

    public func collectProfile(employeeID: Int) async throws -> Profile? {
        try check(.profile(employeeID))
        let profile = try await base.collectProfile(employeeID: employeeID)
        if profile != nil { state.withLock { $0.profiles[employeeID, default: 0] += 1 } }
        return profile
    }

    public func collectCompany(id: Int) async throws -> CompanyRecord? {
        try check(.company(id))
        let company = try await base.collectCompany(id: id)
        if company != nil { state.withLock { $0.companies[id, default: 0] += 1 } }
        return company
    }
}
