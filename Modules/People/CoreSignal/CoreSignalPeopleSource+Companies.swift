import Foundation
public import ScoutCore
import ScoutVendorKit

extension CoreSignalPeopleSource {
    /// The free lookup (`company_lookup: search`): the company tier's `/search/es_dsl`, which costs no credits in either
    /// price list (vendor-contracts.md §1.5), answers ids only. An exact website is the company; a name is the company
    /// when exactly one company carries that phrase; several are ``CompanyIDLookup/ambiguous`` (only a preview, which
    /// shows their names, can tell). With `company_lookup: preview` every company goes to the billed lookup.
    public func lookUpCompanyID(_ company: Company) async throws -> CompanyIDLookup {
        guard config.companyLookup == .search else { return .ambiguous }
        if let website = company.website, !website.isEmpty, !CompanyKey.normalizeWebsite(website).isEmpty {
            let ids = try await companySearch(
                CoreSignalQuery.companyByWebsite(website), label: "look up company by website")
            if let id = ids.first { return .found(id) }
        }
        let name = company.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !CompanyKey.normalize(name).isEmpty else { return .notFound }
        let ids = try await companySearch(CoreSignalQuery.companyByExactName(name), label: "look up company by name")
        switch ids.count {
        case 0: return .notFound
        case 1: return .found(ids[0])
        default: return .ambiguous
        }
    }

    /// The billed lookup: one page of the company tier's search preview (``PeopleSourceLimits/companyLookupCredits``)
    /// asking for the website and the name at once; the exact website wins, else the name with the highest Levenshtein
    /// ratio of at least `name_match_threshold` on normalised names. The orchestrator caches the answer.
    public func resolveCompanyID(_ company: Company) async throws -> Int? {
        let key = CompanyKey.normalize(company.name)
        let host = company.website.map(CompanyKey.normalizeWebsite) ?? ""
        guard !key.isEmpty || !host.isEmpty else { return nil }
        let items = try await companyPreview(
            CoreSignalQuery.companyByWebsiteOrName(
                website: host.isEmpty ? nil : host, name: key.isEmpty ? nil : company.name),
            label: "resolve company")
        if !host.isEmpty,
            let match = items.first(where: { $0.string("website").map(CompanyKey.normalizeWebsite) == host }),
            let id = match.int("id")
        {
            return id
        }
        guard !key.isEmpty else { return nil }
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

    /// Ids from the company tier's free search (one page, best first).
    func companySearch(_ body: [String: Any], label: String) async throws -> [Int] {
        var sorted = body
        sorted["sort"] = ["_score"]
        let response = try await call(
            "POST", "/\(config.companyDataset)/search/es_dsl?items_per_page=\(Self.lookupPageSize)",
            body: try CoreSignalQuery.json(sorted), credits: 0, label: label)
        guard let ids = try? JSONSerialization.jsonObject(with: response.body) as? [Any] else {
            throw ScoutError.vendor("CoreSignal \(label): the body is not a JSON array")
        }
        return ids.compactMap { ($0 as? NSNumber)?.intValue ?? JSONFields($0)?.int("id") }
    }

    /// Ids a free lookup reads: enough to tell one company from several.
    static let lookupPageSize = 10
}

extension CoreSignalPeopleSource: CreditBalanceProbe {
    /// `x-credits-remaining` (vendor-contracts.md §1.5: on every answer; search is free) read from a company search
    /// for a website no company has, the same query shape as the free lookups. Nil when `balance_probe` is false or
    /// the answer carries no balance.
    public func creditsRemaining() async throws -> Int? {
        guard config.balanceProbe else { return nil }
        var body = CoreSignalQuery.companyByWebsite("scout-balance-probe.invalid")
        body["sort"] = ["_score"]
        let response = try await call(
            "POST", "/\(config.companyDataset)/search/es_dsl?items_per_page=1", body: try CoreSignalQuery.json(body),
            credits: 0, label: "read the credit balance")
        return response.headers["x-credits-remaining"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The request timeout, at most 5 seconds: an answer later than that to a killed process is not waited for.
    public var balanceSettleSeconds: Double { min(config.http.timeoutSeconds, 5) }
}
