public import Foundation
public import ScoutCore

/// Builds CoreSignal's Elasticsearch DSL from a ``PeopleQuery``, structurally: user text only ever appears as a JSON
/// string value of `term`/`match_phrase`, never in a `query_string`; no `size` or `from`.
public enum CoreSignalQuery {
    /// The body of a people search (`sort` only for `/search/es_dsl`; preview takes none).
    public static func people(_ query: PeopleQuery, sorted: Bool) -> [String: Any] {
        var companyClauses: [Any] = []
        for company in query.companies {
            if let id = company.vendorID, id > 0 {
                companyClauses.append(["term": ["experience.company_id": id]])
            } else if !company.name.isEmpty {
                companyClauses.append(["match_phrase": ["experience.company_name": company.name]])
            }
        }
        // No companies: the role anywhere (the session's open batch).
        var experienceMust: [Any] = companyClauses.isEmpty ? [] : [anyOf(companyClauses)]
        let titles = query.titles.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        if !titles.isEmpty { experienceMust.append(anyOf(titles.map { ["match_phrase": ["experience.title": $0]] })) }
        let levels = managementLevels(query.seniorities)
        if !levels.isEmpty { experienceMust.append(["terms": ["experience.management_level": levels]]) }
        var experienceBool: [String: Any] = ["must": experienceMust]
        if query.currentOnly { experienceBool["must_not"] = [["exists": ["field": "experience.date_to"]]] }
        var bool: [String: Any] = ["must": [["nested": ["path": "experience", "query": ["bool": experienceBool]]]]]
        var should: [Any] = query.skills.filter { !$0.isEmpty }.map { ["match_phrase": ["skills": $0]] }
        if let location = query.location, !location.isEmpty {
            should.append(["match_phrase": ["location_full": location]])
        }
        let preferred = managementLevels(query.preferredSeniorities)
        if !preferred.isEmpty {
            should.append([
                "nested": ["path": "experience", "query": ["terms": ["experience.management_level": preferred]]]
            ])
        }
        if !should.isEmpty { bool["should"] = should }
        var body: [String: Any] = ["query": ["bool": bool]]
        if sorted { body["sort"] = ["_score"] }
        return body
    }

    /// A company search by website: exact terms on the usual stored forms, or the bare domain as a phrase.
    static func companyByWebsite(_ website: String) -> [String: Any] {
        let host = CompanyKey.normalizeWebsite(website)
        let forms = [host, "https://\(host)", "https://www.\(host)", "http://www.\(host)", "www.\(host)"]
        let clauses: [Any] = forms.map { ["term": ["website.exact": $0]] } + [["match_phrase": ["website": host]]]
        return ["query": anyOf(clauses)]
    }

    /// A company search by name (a `match` on the words; candidates are checked by similarity afterwards).
    static func companyByName(_ name: String) -> [String: Any] {
        ["query": ["match": ["name": ["query": name]]]]
    }

    /// A company search for the exact name phrase (the free lookup counts the companies it matches).
    static func companyByExactName(_ name: String) -> [String: Any] {
        ["query": ["match_phrase": ["name": name]]]
    }

    /// One preview for a website and a name at once (the billed lookup reads both from one page).
    static func companyByWebsiteOrName(website: String?, name: String?) -> [String: Any] {
        var clauses: [Any] = []
        if let website, let query = companyByWebsite(website)["query"] { clauses.append(query) }
        if let name, let query = companyByName(name)["query"] { clauses.append(query) }
        return ["query": anyOf(clauses)]
    }

    /// CoreSignal `management_level` values for Scout levels (vendor-contracts.md §1.4).
    static func managementLevels(_ levels: [Seniority]) -> [String] {
        var values: [String] = []
        for level in levels {
            let mapped: [String] =
                switch level {
                case .intern: ["Intern"]
                case .junior, .mid: ["Specialist"]
                case .senior, .staff, .principal: ["Senior"]
                case .manager: ["Manager"]
                case .director: ["Director", "Head"]
                case .vp: ["President/Vice President"]
                case .executive: ["C-Level", "Founder", "Owner", "Partner"]
                }
            for value in mapped where !values.contains(value) { values.append(value) }
        }
        return values
    }

    static func anyOf(_ clauses: [Any]) -> [String: Any] {
        ["bool": ["should": clauses, "minimum_should_match": 1]]
    }

    /// Stable JSON (sorted keys) for a body.
    public static func json(_ body: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
