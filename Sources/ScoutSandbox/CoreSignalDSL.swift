import Foundation
import SampleWorld
import ScoutCore

/// Interprets the ES DSL subset Scout's client sends and maps it onto the sample world: `term`/`terms` on
/// `experience.company_id`, `match_phrase` on `experience.company_name` and `experience.title`, `terms` on
/// `experience.management_level`, `must_not exists experience.date_to`, and, under the top-level `should`,
/// `match_phrase` on `skills` and `location_full` and preferred management levels. Other clauses are ignored.
enum CoreSignalDSL {
    static func peopleQuery(_ body: [String: Any]) -> PeopleQuery {
        var hard = Clauses(), soft = Clauses()
        let query = body["query"] as? [String: Any] ?? [:]
        if let bool = query["bool"] as? [String: Any] {
            for key in ["must", "filter", "must_not"] { hard.walk(bool[key], negated: key == "must_not") }
            soft.walk(bool["should"], negated: false)
        } else {
            hard.walk(query, negated: false)
        }
        var companies = hard.companyIDs.map { Company(name: "#\($0)", vendorID: $0, source: .supplied, confidence: 1) }
        companies += hard.companyNames.map { Company(name: $0, source: .supplied, confidence: 1) }
        return PeopleQuery(
            companies: companies, titles: hard.titles, seniorities: seniorities(hard.levels),
            preferredSeniorities: seniorities(soft.levels), skills: soft.phrases["skills"] ?? [],
            location: soft.phrases["location_full"]?.first, currentOnly: hard.currentOnly)
    }

    /// Companies matching a company search: website terms or phrases first, else names by similarity (≥ 0.5).
    static func companies(_ body: [String: Any], world: SampleWorld) -> [SampleCompany] {
        var clauses = Clauses()
        clauses.walk(body["query"], negated: false)
        // Either clause may match (a `should`/`bool` of both is one query): website matches first, then names.
        let sites = Set(clauses.websites.map(CompanyKey.normalizeWebsite))
        var found = sites.isEmpty ? [] : world.companies.filter { sites.contains($0.website) }
        // `match_phrase` on the name: the phrase's words in order inside the name; `match`: similar names, best first.
        for phrase in clauses.namePhrases.map(CompanyKey.normalize) where !phrase.isEmpty {
            for company in world.companies
            where (" " + company.key + " ").contains(" " + phrase + " ")
                && !found.contains(where: { $0.id == company.id })
            {
                found.append(company)
            }
        }
        guard let name = clauses.names.first.map(CompanyKey.normalize), !name.isEmpty else { return found }
        var scored: [(company: SampleCompany, ratio: Double)] = []
        for company in world.companies where !found.contains(where: { $0.id == company.id }) {
            let ratio = SampleWorld.similarity(name, company.key)
            if ratio >= 0.5 { scored.append((company, ratio)) }
        }
        scored.sort { a, b in a.ratio != b.ratio ? a.ratio > b.ratio : a.company.id < b.company.id }
        return found + scored.map(\.company)
    }

    static func seniorities(_ levels: [String]) -> [Seniority] {
        var result: [Seniority] = []
        for level in levels {
            let mapped: [Seniority] =
                switch level.lowercased() {
                case "intern": [.intern]
                case "specialist": [.junior, .mid]
                case "senior": [.senior, .staff, .principal]
                case "manager": [.manager]
                case "director", "head": [.director]
                case "president/vice president": [.vp]
                case "c-level", "founder", "owner", "partner": [.executive]
                default: []
                }
            for value in mapped where !result.contains(value) { result.append(value) }
        }
        return result
    }

    /// Leaf clauses collected from a subtree.
    struct Clauses {
        var companyIDs: [Int] = []
        var companyNames: [String] = []
        var titles: [String] = []
        var levels: [String] = []
        var currentOnly = false
        var phrases: [String: [String]] = [:]
        var websites: [String] = []
        var names: [String] = []
        /// Names asked as a phrase (`match_phrase`).
        var namePhrases: [String] = []

        mutating func walk(_ node: Any?, negated: Bool) {
            if let list = node as? [Any] {
                for item in list { walk(item, negated: negated) }
                return
            }
            guard let object = node as? [String: Any] else { return }
            for (kind, value) in object {
                switch kind {
                case "bool":
                    let bool = value as? [String: Any] ?? [:]
                    for key in ["must", "filter", "should"] { walk(bool[key], negated: negated) }
                    walk(bool["must_not"], negated: !negated)
                case "nested": walk((value as? [String: Any])?["query"], negated: negated)
                case "term", "terms", "match_phrase", "match": leaf(kind, value as? [String: Any] ?? [:])
                case "exists":
                    if negated, (value as? [String: Any])?["field"] as? String == "experience.date_to" {
                        currentOnly = true
                    }
                default: break
                }
            }
        }

        mutating func leaf(_ kind: String, _ fields: [String: Any]) {
            for (field, raw) in fields {
                let values: [Any] =
                    (raw as? [Any]) ?? [((raw as? [String: Any])?["query"] ?? (raw as? [String: Any])?["value"]) ?? raw]
                let strings = values.compactMap { $0 as? String }
                switch field {
                case "experience.company_id":
                    companyIDs += values.compactMap { ($0 as? NSNumber)?.intValue ?? Int("\($0)") }
                case "experience.company_name": companyNames += strings
                case "experience.title": titles += strings
                case "experience.management_level": levels += strings
                case "website", "website.exact": websites += strings
                case "name" where kind == "match_phrase": namePhrases += strings
                case "name", "name.exact": names += strings
                default: phrases[field, default: []] += strings
                }
            }
        }
    }
}
