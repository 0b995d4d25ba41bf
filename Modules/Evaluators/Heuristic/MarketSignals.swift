import Foundation
import ScoutCore

extension EvaluationInput {
    /// The vocabulary term of the JD's target domain, matched by name, id or keywords.
    var domainTerm: DomainTerm? { Vocabulary.domain(named: requirements.targetDomain) }

    /// Time at companies in the target domain, judged from company records (industry, specialties, description)
    /// and from the company name only when there is no record.
    func domainSignal() -> Signal {
        var signal = Signal(.domain)
        guard let target = requirements.targetDomain, !target.isEmpty else { return signal }
        let term = domainTerm
        let keywords = term?.keywords ?? [target]
        var yes: [(Int, [String?])] = [], no: [Int] = [], unknown: [Int] = []
        for i in facts.order {
            let e = facts.experience(i)
            if let record = facts.record(i) {
                if let industry = record.industry, industry.lowercased() == term?.industry.lowercased() {
                    yes.append((i, [facts.companyFact(i)]))
                } else if let spec = record.specialties.first(where: { s in
                    keywords.contains { TextTokens.contains(s, phrase: $0) }
                }) {
                    yes.append((i, [facts.companyFact(i), "experience[\(i)].company.specialties: \(spec)"]))
                } else if let sentence = record.description.flatMap({ d in
                    ProfileFacts.sentences(d).first { s in keywords.contains { TextTokens.contains(s, phrase: $0) } }
                }) {
                    yes.append((i, [facts.companyFact(i), "experience[\(i)].company.description: \(sentence)"]))
                } else if let found = facts.discoveredFact(i) {
                    yes.append((i, [facts.companyFact(i), found]))
                } else {
                    no.append(i)
                }
            } else if keywords.contains(where: { TextTokens.contains(e.companyName, phrase: $0) }) {
                yes.append((i, [facts.companyFact(i)]))
            } else if let found = facts.discoveredFact(i) {
                yes.append((i, [facts.companyFact(i), found]))
            } else {
                unknown.append(i)
            }
        }
        if !yes.isEmpty {
            let months = yes.compactMap { facts.experience($0.0).months(asOf: now) }.reduce(0, +)
            var score = 0.6 + 0.4 * min(1, Double(months) / 36)
            if yes.contains(where: { facts.experience($0.0).isCurrent }) { score = max(score, 0.85) }
            signal.score = score
            let evidence = yes.prefix(3).flatMap { $0.1 + [facts.datesFact($0.0)] }
            signal.strength("Experience at \(target) companies", evidence)
        } else if !no.isEmpty {
            signal.score = 0
            signal.concern("No experience at \(target) companies shown", no.prefix(3).map(facts.companyFact))
        }
        if yes.isEmpty, !unknown.isEmpty {
            let names = unknown.prefix(3).map { facts.experience($0).companyName }.joined(separator: ", ")
            signal.unknowns.append("industry of \(names) not known (no company record) — \(target) experience unknown")
        }
        return signal
    }

    /// The profile's location or country against the places the JD accepts (``PlaceSet``: cities, countries,
    /// regions); unknown when the profile states no place the gazetteer knows, or the JD names none.
    func locationSignal() -> Signal {
        var signal = Signal(.location)
        guard let wanted = requirements.location else { return signal }
        let accepted = PlaceSet.parse(wanted)
        guard !accepted.isEmpty else { return signal }
        let stated = facts.locationFacts
        let profileText = facts.profile.statedLocation ?? ""
        guard !stated.isEmpty, let inside = accepted.contains(location: profileText) else {
            signal.unknowns.append(
                stated.isEmpty ? "location not stated in profile" : "location '\(profileText)' not recognised")
            return signal
        }
        if inside {
            signal.score = 1
            signal.strength("Located where the role is (\(wanted))", stated)
        } else {
            signal.score = 0
            signal.concern("Located outside the role's places (\(wanted))", stated)
        }
        return signal
    }
}
