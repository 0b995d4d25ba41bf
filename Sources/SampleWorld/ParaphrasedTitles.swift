import Foundation
import ScoutCore

/// Job titles in a non-standard variant's words: a level pattern around the family's title or a synonym.
enum ParaphrasedTitles {
    static func title(family: RoleFamily, level: Seniority, wording: WorldWording, rng: inout SplitMix64) -> String {
        guard let words = wording.families[family.id] else {
            return TitleBuilder.title(family: family, level: level, rng: &rng)
        }
        let engineering = family.function == "engineering" || family.function == "data"
        let patterns = wording.levels.patterns(level, engineering: engineering)
        let pattern = patterns.isEmpty ? "{t}" : rng.pick(patterns)
        let base = words.synonyms.isEmpty || rng.chance(0.55) ? words.title : rng.pick(words.synonyms)
        return pattern.replacingOccurrences(of: "{t}", with: base).replacingOccurrences(of: "{a}", with: words.area)
    }
}
