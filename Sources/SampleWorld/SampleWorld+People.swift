import Foundation
public import ScoutCore

/// One ranked person from ``SampleWorld/searchPeople(_:)``.
public struct PeopleMatch: Sendable, Equatable {
    public var employeeID: Int
    public var score: Double

    public init(employeeID: Int, score: Double) {
        self.employeeID = employeeID
        self.score = score
    }
}

extension SampleWorld {
    /// Every person matching a query, best first (score descending, then employee id ascending).
    ///
    /// A person matches when one experience is at one of the query's companies (by vendor id, or by normalised name
    /// for companies without one; any company when the query names none), is current when `currentOnly`, has a title containing one of `titles` as whole
    /// words, and a title seniority in `seniorities` (each filter only when non-empty). Preferred seniorities, a current
    /// matching role, skill overlap and the location raise the score.
    public func searchPeople(_ query: PeopleQuery) -> [PeopleMatch] {
        let phrases = query.titles.map(TextTokens.words).filter { !$0.isEmpty }.map {
            " " + $0.joined(separator: " ") + " "
        }
        let allowed = Set(query.seniorities), preferred = Set(query.preferredSeniorities)
        var best: [Int32: Double] = [:]
        // No companies: anywhere (every experience, through the id index).
        let postingLists =
            query.companies.isEmpty
            ? peopleIndex.byCompanyID.keys.sorted().map { peopleIndex.byCompanyID[$0] ?? [] }
            : query.companies.map(peopleIndex.postings(for:))
        for postings in postingLists {
            for posting in postings {
                let experience = people[Int(posting.person)].experiences[Int(posting.experience)]
                if query.currentOnly, !experience.isCurrent { continue }
                let title = experience.title ?? ""
                if !phrases.isEmpty {
                    let normalized = TextTokens.normalized(title)
                    guard phrases.contains(where: normalized.contains) else { continue }
                }
                var score = experience.isCurrent ? 2.0 : 0.0
                if !allowed.isEmpty || !preferred.isEmpty {
                    let level = title.isEmpty ? nil : Seniority.infer(fromTitle: title)
                    if !allowed.isEmpty, !(level.map(allowed.contains) ?? false) { continue }
                    if let level, preferred.contains(level) { score += 3 }
                }
                best[posting.person] = max(best[posting.person] ?? 0, score)
            }
        }
        let skills = Set(query.skills.map { TextTokens.words($0).joined(separator: " ") })
        let location = query.location.flatMap { TextTokens.words($0).isEmpty ? nil : $0 }
        var matches = best.map { person, roleScore in
            let profile = people[Int(person)]
            var score = 1 + roleScore
            if !skills.isEmpty {
                let overlap = profile.skills.reduce(0) {
                    $0 + (skills.contains(TextTokens.words($1).joined(separator: " ")) ? 1 : 0)
                }
                score += Double(min(overlap, 5))
            }
            if let location, let place = profile.location, TextTokens.contains(place, phrase: location) { score += 1.5 }
            return PeopleMatch(employeeID: profile.employeeID, score: score)
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.employeeID < $1.employeeID }
        return matches
    }

    /// The preview a search returns for a person: name, headline, location and current role.
    public func preview(of profile: Profile, score: Double? = nil) -> CandidatePreview {
        let current = profile.currentExperience
        return CandidatePreview(
            employeeID: profile.employeeID, name: profile.fullName, headline: profile.headline,
            location: profile.location,
            currentTitle: current?.title, currentCompany: current?.companyName, score: score, country: profile.country)
    }
}
