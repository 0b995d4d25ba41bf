import Foundation

/// A structured people search. Sources translate it to their own query language; user text is never
/// pasted into a query string.
public struct PeopleQuery: Codable, Sendable, Equatable {
    /// Companies whose current or past staff are wanted. Resolved ones are matched by vendor id, others by name.
    /// Empty means anywhere: the open batch of a JD that names neither a market nor a company.
    public var companies: [Company]
    /// Title phrases; a person matches when a role at one of the companies has one of them.
    public var titles: [String]
    /// Hard filter on the seniority of the matching role; empty means any.
    public var seniorities: [Seniority]
    /// Levels that rank higher without filtering.
    public var preferredSeniorities: [Seniority]
    /// Skills that rank higher.
    public var skills: [String]
    /// Location that ranks higher.
    public var location: String?
    /// Only people currently at one of the companies.
    public var currentOnly: Bool

    public init(
        companies: [Company], titles: [String] = [], seniorities: [Seniority] = [],
        preferredSeniorities: [Seniority] = [], skills: [String] = [], location: String? = nil,
        currentOnly: Bool = false
    ) {
        self.companies = companies
        self.titles = titles
        self.seniorities = seniorities
        self.preferredSeniorities = preferredSeniorities
        self.skills = skills
        self.location = location
        self.currentOnly = currentOnly
    }
}

/// One page of preview results.
public struct PreviewPage: Codable, Sendable, Equatable {
    public var results: [CandidatePreview]
    /// 1-based.
    public var page: Int
    /// Matches the vendor reports in all, beyond its result cap.
    public var totalResults: Int?

    public init(results: [CandidatePreview], page: Int, totalResults: Int?) {
        self.results = results
        self.page = page
        self.totalResults = totalResults
    }
}

/// Paging facts and prices of a people source.
public struct PeopleSourceLimits: Sendable, Equatable {
    /// Preview results per page (CoreSignal: 20).
    public var pageSize: Int
    /// Pages a single query may read (CoreSignal: 5, hence the 100-result cap).
    public var maxPages: Int
    /// Credits per profile collect.
    public var profileCredits: Int
    /// Credits per company collect.
    public var companyCredits: Int
    /// Credits per preview page (0 where preview is free).
    public var previewPageCredits: Int
    /// Credits per billed company-id lookup (``PeopleSource/resolveCompanyID(_:)``); 0 where it is free.
    public var companyLookupCredits: Int
    /// Whether the source's billed calls announce the moment their request leaves (``BilledSend/announce()``; every
    /// source built on ScoutVendorKit's `VendorClient` does): their pending charges are then recorded at that moment,
    /// not before the call waits for the vendor client's rate limiter.
    public var announcesBilledSends: Bool

    public init(
        pageSize: Int, maxPages: Int, profileCredits: Int, companyCredits: Int, previewPageCredits: Int,
        companyLookupCredits: Int = 0, announcesBilledSends: Bool = false
    ) {
        self.pageSize = pageSize
        self.maxPages = maxPages
        self.profileCredits = profileCredits
        self.companyCredits = companyCredits
        self.previewPageCredits = previewPageCredits
        self.companyLookupCredits = companyLookupCredits
        self.announcesBilledSends = announcesBilledSends
    }

    /// The most results one query can yield.
    public var resultCap: Int { pageSize * maxPages }
}
