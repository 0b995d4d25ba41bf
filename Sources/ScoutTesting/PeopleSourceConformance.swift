import Foundation
public import ScoutCore
import Testing

/// A company a people source under test knows, with staff.
public struct PeopleSourceFixture: Sendable {
    public var companyName: String
    /// Bare website of the company.
    public var website: String
    /// An employee id the source does not know.
    public var unknownEmployeeID: Int
    /// A company id the source does not know.
    public var unknownCompanyID: Int

    public init(
        companyName: String, website: String, unknownEmployeeID: Int = 9_876_543_210,
        unknownCompanyID: Int = 9_876_543_211
    ) {
        self.companyName = companyName
        self.website = website
        self.unknownEmployeeID = unknownEmployeeID
        self.unknownCompanyID = unknownCompanyID
    }
}

/// The behaviour every ``PeopleSource`` must show: resolution by website and by name, paging within the limits with
/// no duplicate ids and empty pages past the cap, collects by id, and nil for unknown ids.
public enum PeopleSourceConformance {
    public static func run(_ source: any PeopleSource, fixture: PeopleSourceFixture) async throws {
        let limits = source.limits
        #expect(limits.pageSize > 0 && limits.maxPages > 0, "limits must allow at least one page")

        let byWebsite = try await source.resolveCompanyID(
            Company(name: "", website: fixture.website, source: .supplied, confidence: 1))
        let byName = try await source.resolveCompanyID(
            Company(name: fixture.companyName, source: .supplied, confidence: 1))
        let companyID = try #require(byWebsite, "company not resolved by website \(fixture.website)")
        #expect(byName == companyID, "resolution by name and by website disagree")
        // The free lookup never contradicts the billed one: it finds the same id, or says only the billed one can tell.
        let free = try await source.lookUpCompanyID(
            Company(name: fixture.companyName, website: fixture.website, source: .supplied, confidence: 1))
        #expect(free == .found(companyID) || free == .ambiguous, "the free lookup answered \(free)")
        let nowhere = try await source.lookUpCompanyID(
            Company(name: "Zzyzx Qwerty Nonexistent Holdings", source: .supplied, confidence: 1))
        #expect(nowhere == .notFound || nowhere == .ambiguous, "an unknown company was looked up as \(nowhere)")

        let query = PeopleQuery(companies: [
            Company(
                name: fixture.companyName, website: fixture.website, vendorID: companyID, source: .supplied,
                confidence: 1)
        ])
        var seen = Set<Int>()
        var total: Int?
        for page in 1...limits.maxPages {
            let result = try await source.searchPreviews(query, page: page)
            #expect(result.page == page)
            #expect(result.results.count <= limits.pageSize, "page \(page) exceeds the page size")
            total = result.totalResults ?? total
            for preview in result.results {
                #expect(
                    seen.insert(preview.employeeID).inserted, "employee \(preview.employeeID) repeated across pages")
            }
            if result.results.count < limits.pageSize { break }
        }
        #expect(!seen.isEmpty, "no previews for \(fixture.companyName)")
        if let total { #expect(seen.count == min(total, limits.resultCap), "pages must yield min(total, cap) results") }
        let beyond = try await source.searchPreviews(query, page: limits.maxPages + 1)
        #expect(beyond.results.isEmpty, "pages past max_pages must be empty")

        let someID = try #require(seen.sorted().first)
        let profile = try await source.collectProfile(employeeID: someID)
        #expect(profile?.employeeID == someID, "collect must return the profile of the id searched")
        #expect(
            try await source.collectProfile(employeeID: fixture.unknownEmployeeID) == nil,
            "unknown employee id must be nil")

        let record = try await source.collectCompany(id: companyID)
        #expect(record?.id == companyID, "company collect must return the resolved company")
        #expect(try await source.collectCompany(id: fixture.unknownCompanyID) == nil, "unknown company id must be nil")
    }
}
