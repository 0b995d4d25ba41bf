import Foundation

/// A people-data vendor: company id resolution, free or cheap preview search, and billed collects.
/// Collects return nil for an id the vendor does not know (not billed). Must be safe to call concurrently.
/// Conformance: `PeopleSourceConformance` in ScoutTesting.
public protocol PeopleSource: Sendable {
    var limits: PeopleSourceLimits { get }
    /// The vendor id of a company through endpoints that cost no credits (an exact website or name search):
    /// ``CompanyIDLookup/ambiguous`` when only ``resolveCompanyID(_:)`` can tell. The default answers `ambiguous`.
    func lookUpCompanyID(_ company: Company) async throws -> CompanyIDLookup
    /// The vendor id of a company, by website first, then by name; nil when none matches. One call costs
    /// ``PeopleSourceLimits/companyLookupCredits``.
    func resolveCompanyID(_ company: Company) async throws -> Int?
    /// One page (1-based) of preview results for a query.
    func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage
    func collectProfile(employeeID: Int) async throws -> Profile?
    func collectCompany(id: Int) async throws -> CompanyRecord?
}

/// What a free company-id lookup found.
public enum CompanyIDLookup: Sendable, Equatable {
    /// Exactly this company (an exact website, or the one company of that exact name).
    case found(Int)
    /// No company of that website or name.
    case notFound
    /// Several candidates (or no free lookup): only the billed lookup can tell.
    case ambiguous
}

extension PeopleSource {
    /// No free lookup: every company goes to the billed one.
    public func lookUpCompanyID(_ company: Company) async throws -> CompanyIDLookup { .ambiguous }
}
