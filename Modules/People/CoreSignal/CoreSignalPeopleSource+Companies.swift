import Foundation
public import ScoutCore
import ScoutVendorKit

extension CoreSignalPeopleSource {
    /// Resolves a company through the company tier's search preview: by exact website first, then by name with a
    /// Levenshtein ratio of at least `name_match_threshold` on normalised names. The orchestrator caches the answer.
    public func resolveCompanyID(_ company: Company) async throws -> Int? {
        if let website = company.website, !website.isEmpty {
            let host = CompanyKey.normalizeWebsite(website)
            let items = try await companyPreview(
                CoreSignalQuery.companyByWebsite(host), label: "resolve company by website")
            if let match = items.first(where: { $0.string("website").map(CompanyKey.normalizeWebsite) == host }),
                let id = match.int("id")
            {
                return id
            }
        }
        let key = CompanyKey.normalize(company.name)
        guard !key.isEmpty else { return nil }
        let items = try await companyPreview(
            CoreSignalQuery.companyByName(company.name), label: "resolve company by name")
        var best: (id: Int, ratio: Double)?
        for item in items {
            guard let id = item.int("id"), let name = item.string("name") else { continue }
            let ratio = Suggestion.similarity(key, CompanyKey.normalize(name))
            if ratio >= config.nameMatchThreshold, ratio > (best?.ratio ?? -1) { best = (id, ratio) }
        }
        return best?.id
    }

    func companyPreview(_ body: [String: Any], label: String) async throws -> [JSONFields] {
        let response = try await call(
            "POST", "/\(config.companyDataset)/search/es_dsl/preview", body: try CoreSignalQuery.json(body),
            credits: config.previewPageCredits, label: label)
        guard let items = try? JSONSerialization.jsonObject(with: response.body) as? [Any] else {
            throw ScoutError.vendor("CoreSignal \(label): the body is not a JSON array")
        }
        return items.compactMap(JSONFields.init)
    }
}
