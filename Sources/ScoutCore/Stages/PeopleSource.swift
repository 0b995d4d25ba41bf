import Foundation

/// A people-data vendor: company id resolution, free or cheap preview search, and billed collects.
/// Collects return nil for an id the vendor does not know (not billed). Must be safe to call concurrently.
/// Conformance: `PeopleSourceConformance` in ScoutTesting.
public protocol PeopleSource: Sendable {
    var limits: PeopleSourceLimits { get }
    /// The vendor id of a company, by website first, then by name; nil when none matches.
    func resolveCompanyID(_ company: Company) async throws -> Int?
    /// One page (1-based) of preview results for a query.
    func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage
    func collectProfile(employeeID: Int) async throws -> Profile?
    func collectCompany(id: Int) async throws -> CompanyRecord?
}
