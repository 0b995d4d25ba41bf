import Foundation
import ScoutCore

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

    /// 1 − edit distance / longer length: "echowave" vs "echowaves" → 0.89.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        if abs(x.count - y.count) > longest / 4 + 1 { return 0 }
        var previous = Array(0...y.count), current = Array(repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return 1 - Double(previous[y.count]) / Double(longest)
    }
}
