import Foundation
import ScoutCore

/// Reads a dossier and quotes its facts as `field: value`. Experience indexes are positions in
/// `profile.experiences`; iteration follows profile order (vendor order, then most recent start).
struct ProfileFacts {
    let profile: Profile
    let companies: [Int: CompanyRecord]
    let discovered: [Int: Company]
    /// Indexes into `profile.experiences`, in profile order.
    let order: [Int]

    init(_ dossier: CandidateDossier) {
        profile = dossier.profile
        companies = dossier.companies
        discovered = dossier.discovered
        order = dossier.profile.experiences.enumerated().sorted { a, b in
            let oa = a.element.order ?? Int.max, ob = b.element.order ?? Int.max
            if oa != ob { return oa < ob }
            let sa = a.element.start?.monthIndex ?? Int.min, sb = b.element.start?.monthIndex ?? Int.min
            if sa != sb { return sa > sb }
            return a.offset < b.offset
        }.map(\.offset)
    }

    func experience(_ i: Int) -> Experience { profile.experiences[i] }

    /// The primary current role: the first current, non-advisory role in profile order; else the first current one.
    var currentIndex: Int? {
        order.first { experience($0).isCurrent && !experience($0).isAdvisory }
            ?? order.first { experience($0).isCurrent }
    }

    /// The company record of an experience, when the dossier has one.
    func record(_ i: Int) -> CompanyRecord? {
        experience(i).companyID.flatMap { $0 > 0 ? companies[$0] : nil }
    }

    /// "discovery.Echowave: <url>": the employer of an experience was discovered as a target-market company, with the
    /// first page that said so; nil for advisory roles and companies discovery did not find.
    func discoveredFact(_ i: Int) -> String? {
        let e = experience(i)
        guard !e.isAdvisory, let id = e.companyID, id > 0, let company = discovered[id] else { return nil }
        return "discovery.\(company.source.rawValue): " + (company.evidence.first ?? company.name)
    }

    func titleFact(_ i: Int) -> String? {
        guard let title = nonEmpty(experience(i).title) else { return nil }
        return "experience[\(i)].title: \(title)"
    }

    /// `experience[i].company: Name (Industry)`, the industry coming from the company record.
    func companyFact(_ i: Int) -> String? {
        guard let name = nonEmpty(experience(i).companyName) else { return nil }
        if let industry = nonEmpty(record(i)?.industry) { return "experience[\(i)].company: \(name) (\(industry))" }
        return "experience[\(i)].company: \(name)"
    }

    /// `experience[i].dates: 2019-03 – 2023-06` (or `– present`); nil without a start date.
    func datesFact(_ i: Int) -> String? {
        guard let start = experience(i).start else { return nil }
        return "experience[\(i)].dates: \(start) – \(experience(i).end?.description ?? "present")"
    }

    var headlineFact: String? { nonEmpty(profile.headline).map { "headline: \($0)" } }

    /// The profile's location and country; when it states neither, the primary current role's location.
    var locationFacts: [String] {
        let own = [
            nonEmpty(profile.location).map { "location: \($0)" }, nonEmpty(profile.country).map { "country: \($0)" },
        ]
        .compactMap { $0 }
        guard own.isEmpty else { return own }
        let primary = profile.currentExperience
        guard let i = order.first(where: { experience($0) == primary }), let place = nonEmpty(experience(i).location)
        else { return [] }
        return ["experience[\(i)].location: \(place)"]
    }

    /// A short label for an experience in prose: "Senior ML Engineer at Echowave".
    func label(_ i: Int) -> String {
        let e = experience(i)
        guard let title = nonEmpty(e.title) else { return e.companyName }
        return e.companyName.isEmpty ? title : "\(title) at \(e.companyName)"
    }

    /// The first fact that shows `skill`: the skills list, the headline, a title, then a description sentence.
    func evidence(forSkill skill: String) -> String? {
        let folded = TextTokens.words(skill).joined(separator: " ")
        if let entry = profile.skills.first(where: { TextTokens.words($0).joined(separator: " ") == folded }) {
            return "skills: \(entry)"
        }
        if let entry = profile.skills.first(where: { Self.mentions($0, skill) }) { return "skills: \(entry)" }
        if let headline = nonEmpty(profile.headline), Self.mentions(headline, skill) { return "headline: \(headline)" }
        for i in order {
            if let title = experience(i).title, Self.mentions(title, skill) { return titleFact(i) }
        }
        for i in order {
            guard let description = experience(i).description,
                let sentence = Self.sentences(description).first(where: { Self.mentions($0, skill) })
            else { continue }
            return "experience[\(i)].description: \(sentence)"
        }
        return nil
    }

    /// Whole-word match; one- and two-letter skills and "Go" must also match in case ("R", "C", "Go").
    static func mentions(_ text: String, _ phrase: String) -> Bool {
        guard TextTokens.contains(text, phrase: phrase) else { return false }
        guard phrase.count <= 2 || phrase == "Go" else { return true }
        let tokens = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") })
        return tokens.contains { $0 == phrase }
    }

    /// Sentences of a description, trimmed, each a substring of it.
    static func sentences(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: ".;\n•"))
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
