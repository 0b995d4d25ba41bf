import Foundation

/// Merges companies from several sources into one ranked, duplicate-free list.
public enum CompanyMerger {
    /// Keeps the first occurrence of each company (by normalised name, or by website), merging evidence and
    /// taking the highest confidence; drops companies whose key is excluded.
    public static func merge(_ companies: [Company], excluding excluded: Set<String>) -> [Company] {
        var out: [Company] = []
        var byKey: [String: Int] = [:]
        var byWebsite: [String: Int] = [:]
        for company in companies where !company.key.isEmpty && !excluded.contains(company.key) {
            let existing = byKey[company.key] ?? company.website.flatMap { byWebsite[$0] }
            if let index = existing {
                out[index].confidence = max(out[index].confidence, company.confidence)
                if out[index].website == nil { out[index].website = company.website }
                if out[index].vendorID == nil { out[index].vendorID = company.vendorID }
                for item in company.evidence where !out[index].evidence.contains(item) {
                    out[index].evidence.append(item)
                }
                if let website = company.website { byWebsite[website] = index }
                continue
            }
            byKey[company.key] = out.count
            if let website = company.website { byWebsite[website] = out.count }
            out.append(company)
        }
        return out
    }
}
