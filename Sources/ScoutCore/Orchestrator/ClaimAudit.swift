import Foundation

/// Claims that their own cited facts contradict — the two kinds a reader checks first: a place strength citing a
/// place outside the JD's places (or a place concern citing one inside), and a level strength citing a title of
/// another level (or a level concern citing a title at the level asked). ``EvaluationGuard`` drops them; the quality
/// harness counts them over every evaluation of the suite.
public enum ClaimAudit {
    /// Each contradicted strength or concern, as "claim — why".
    public static func contradictions(_ evaluation: Evaluation, requirements: JobRequirements) -> [String] {
        let places = PlaceSet.parse(requirements.location ?? "")
        var found: [String] = []
        for (point, isStrength) in evaluation.strengths.map({ ($0, true) }) + evaluation.concerns.map({ ($0, false) }) {
            if let reason = contradiction(
                point, isStrength: isStrength, places: places, levels: requirements.seniorityLevels)
            {
                found.append("\(point.text) — \(reason)")
            }
        }
        return found
    }

    static func contradiction(
        _ point: EvidencePoint, isStrength: Bool, places: PlaceSet, levels: [Seniority]
    ) -> String? {
        let cited = point.facts.compactMap(Self.value)
        let placeValues = cited.filter { Self.placeKeys.contains($0.key) }.map(\.value)
        if !places.isEmpty, !placeValues.isEmpty,
            let inside = places.contains(location: placeValues.joined(separator: ", "))
        {
            if isStrength, !inside {
                return "the place it cites (\(placeValues.joined(separator: ", "))) is outside the JD's places"
            }
            if !isStrength, inside, point.text.lowercased().contains("outside") {
                return "the place it cites (\(placeValues.joined(separator: ", "))) is inside the JD's places"
            }
        }
        // A claim about level: it says "level", or that the title is as (or not as) the role asks.
        let titles = cited.filter { $0.key == "title" }.map(\.value)
        let text = point.text.lowercased()
        if !levels.isEmpty, !titles.isEmpty, text.contains("level") || text.contains("the role asks") {
            let apart = titles.map { Seniority.levelsApart(title: $0, from: levels) }.min() ?? 0
            if isStrength, apart > 0 {
                return "the title it cites (\(titles[0])) reads \(apart) level(s) from those asked"
            }
            if !isStrength, apart == 0 { return "the title it cites (\(titles[0])) is at a level asked" }
        }
        return nil
    }

    /// The keys of place facts: the profile's `location` / `country` and an experience's `location`.
    static let placeKeys: Set<String> = ["location", "country"]

    /// "experience[2].title: Staff Engineer" → (title, Staff Engineer); "location: Berlin" → (location, Berlin).
    static func value(_ fact: String) -> (key: String, value: String)? {
        guard let colon = fact.firstIndex(of: ":") else { return nil }
        var key = String(fact[..<colon]).trimmingCharacters(in: .whitespaces)
        if let dot = key.lastIndex(of: ".") { key = String(key[key.index(after: dot)...]) }
        let value = String(fact[fact.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : (key, value)
    }
}
