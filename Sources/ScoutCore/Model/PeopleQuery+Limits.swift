import Foundation

extension PeopleQuery {
    /// The query within ``InputLimits``: titles and skills deduplicated (ignoring case), terms longer than
    /// ``InputLimits/queryTermCharacters`` dropped, then at most ``InputLimits/queryTitles`` titles and
    /// ``InputLimits/querySkills`` skills kept, first ones first. Whatever a JD says, the query a people source gets
    /// stays small.
    public func capped() -> PeopleQuery {
        var query = self
        query.titles = Self.bounded(titles, limit: InputLimits.queryTitles)
        query.skills = Self.bounded(skills, limit: InputLimits.querySkills)
        if let location, location.count > InputLimits.queryTermCharacters { query.location = nil }
        return query
    }

    static func bounded(_ terms: [String], limit: Int) -> [String] {
        var seen = Set<String>()
        var kept: [String] = []
        for term in terms where kept.count < limit && term.count <= InputLimits.queryTermCharacters {
            if seen.insert(term.lowercased()).inserted { kept.append(term) }
        }
        return kept
    }
}
