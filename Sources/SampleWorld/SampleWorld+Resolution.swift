import Foundation
public import ScoutCore

extension SampleWorld {
    /// Resolves a company the way a people vendor does: by website (normalised host) first, then by normalised name,
    /// exactly and then by the closest name with a Levenshtein ratio of at least 0.75.
    public func resolveCompany(name: String?, website: String?) -> SampleCompany? {
        if let website, !website.isEmpty {
            let host = CompanyKey.normalizeWebsite(website)
            if let index = companyByWebsite[host] { return companies[index] }
        }
        guard let name else { return nil }
        let key = CompanyKey.normalize(name)
        guard !key.isEmpty else { return nil }
        if let index = companyByKey[key] { return companies[index] }
        var best: (index: Int, ratio: Double)?
        for (i, company) in companies.enumerated() {
            let ratio = Self.similarity(key, company.key)
            if ratio >= 0.75, ratio > (best?.ratio ?? 0) { best = (i, ratio) }
        }
        return best.map { companies[$0.index] }
    }

    /// Resolves a discovery-stage company to its vendor id.
    public func resolveCompanyID(_ company: Company) -> Int? {
        resolveCompany(name: company.name, website: company.website)?.id
    }

    /// ``Suggestion/similarity(_:_:)``, short-cut to 0 when the lengths differ by more than a quarter (the match
    /// threshold of 0.75 cannot be reached then).
    public static func similarity(_ a: String, _ b: String) -> Double {
        let longest = max(a.count, b.count)
        if abs(a.count - b.count) > longest / 4 + 1 { return 0 }
        return Suggestion.similarity(a, b)
    }
}
