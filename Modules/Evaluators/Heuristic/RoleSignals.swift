import Foundation
import ScoutCore

extension EvaluationInput {
    /// The current title against the role's title phrases (or family); past matching titles earn part credit.
    func titleSignal() -> Signal {
        var signal = Signal(.title)
        let titled = facts.order.filter { facts.titleFact($0) != nil }
        let current = facts.currentIndex.flatMap { facts.titleFact($0) != nil ? $0 : nil }
        guard let latest = current ?? titled.first else {
            if let headline = facts.headlineFact, let text = facts.profile.headline, isRelevant(text) {
                signal.score = 0.5
                signal.strength("Headline names the role", [headline])
            }
            signal.unknowns.append("no experience titles in profile")
            return signal
        }
        if current == nil { signal.unknowns.append("no current role shown in profile") }
        let when = current == nil ? "Most recent" : "Current"
        if relevant.first == latest {
            signal.score = current == nil ? 0.8 : 1
            signal.strength(
                "\(when) title matches the \(roleName) role", [facts.titleFact(latest), facts.companyFact(latest)])
        } else if related.first == latest, let title = facts.experience(latest).title {
            let path = careerPath(before: latest)
            if terms.affinity(title: title) >= RoleTerms.variantAffinity {
                // What the same work is also called ("Client Partner" for an account executive). A variant whose level
                // word reads two ways ("Product Lead") may name another level than the one read: not full credit.
                let sure = terms.variant(in: title).map(RoleTerms.carriesAmbiguousLevel) != true
                signal.score = current == nil ? 0.8 : sure ? 1 : 0.9
                signal.strength(
                    "\(when) title is another name for the \(roleName) role",
                    [facts.titleFact(latest), facts.companyFact(latest)])
            } else if terms.leadsPeople, !path.isEmpty {
                // A manager of an area of the role's function who came up through it: what the role is.
                signal.score = current == nil ? 0.8 : 1
                signal.strength(
                    "\(when) title leads a team of the role's function, after \(path.count) such role\(path.count == 1 ? "" : "s") before",
                    [facts.titleFact(latest), facts.companyFact(latest)] + path.prefix(2).map(facts.titleFact))
            } else {
                signal.score = current == nil ? 0.5 : 0.6
                let shared = terms.sharedCues(title: title).map { "'\($0)'" }.joined(separator: ", ")
                signal.strength(
                    "\(when) title is related to the \(roleName) role (shares \(shared))",
                    [facts.titleFact(latest), facts.companyFact(latest)])
            }
        } else if let past = relevant.first {
            signal.score = 0.5
            signal.strength("Held a matching title before", [facts.titleFact(past), facts.datesFact(past)])
            signal.concern("\(when) role is not a \(roleName) role", [facts.titleFact(latest)])
        } else if let text = facts.profile.headline, isRelevant(text) {
            signal.score = 0.4
            signal.strength("Headline names the role", [facts.headlineFact])
            signal.concern("No \(roleName) title in the listed experience", [facts.titleFact(latest)])
        } else {
            signal.score = 0
            signal.concern("No \(roleName) title in the listed experience", titled.prefix(3).map(facts.titleFact))
        }
        return signal
    }

    /// For a people-leading role: the earlier, non-advisory roles whose titles belong to a family of the role's
    /// function ("Sr API Developer" before "Team Lead, Platform Services"), most recent first.
    func careerPath(before index: Int) -> [Int] {
        guard let functions = family?.ledFunctions else { return [] }
        let start = facts.experience(index).start?.monthIndex ?? Int.max
        return facts.order.filter { i in
            let experience = facts.experience(i)
            guard i != index, !experience.isAdvisory, (experience.start?.monthIndex ?? Int.min) < start,
                let title = experience.title, let id = TitleThesaurus.family(ofTitle: title),
                let other = Vocabulary.roleFamily(id: id)
            else { return false }
            return functions.contains(other.function)
        }
    }

    /// The level read from the relevant (else current) title against the JD's levels; adjacent levels get half.
    func senioritySignal() -> Signal {
        var signal = Signal(.seniority)
        let wanted = requirements.seniorityLevels
        guard !wanted.isEmpty else { return signal }
        let candidates = [
            relevant.first { facts.experience($0).isCurrent }, related.first { facts.experience($0).isCurrent },
            facts.currentIndex, relevant.first, facts.order.first,
        ]
        guard let i = candidates.compactMap({ $0 }).first(where: { facts.titleFact($0) != nil }),
            let title = facts.experience(i).title
        else {
            signal.unknowns.append("seniority unknown: no title in profile")
            return signal
        }
        let level = Seniority.infer(fromTitle: title)
        let distance = wanted.map { abs($0.rank - level.rank) }.min() ?? 0
        let asked = wanted.map(\.rawValue).joined(separator: "/")
        let reads = level == .mid ? "reads as mid level" : "reads as \(level.rawValue)"
        switch distance {
        case 0:
            signal.score = 1
            signal.strength("Title \(reads), as the role asks (\(asked))", [facts.titleFact(i)])
        case 1:
            signal.score = 0.5
            signal.concern("Title \(reads); the role asks \(asked)", [facts.titleFact(i)])
        default:
            signal.score = 0
            signal.concern("Title \(reads), well away from the \(asked) level asked", [facts.titleFact(i)])
        }
        return signal
    }
}
