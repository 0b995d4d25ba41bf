import Foundation
import ScoutCore

/// The words that say what a JD's company does, for web queries when the JD names neither companies nor a market Scout
/// knows: frequent content words of the text, those in its opening paragraphs counted double, without the words every
/// JD uses (experience, team, benefits …), role and level words, or numbers; longer words weigh more.
public enum SalientWords {
    /// Up to `limit` words, most salient first (ties in order of first appearance).
    /// Proper names (words never written in lower case: the hiring company, products, people) and place names are
    /// left out: they say who and where, not what.
    public static func top(_ text: String, limit: Int, excluding: Set<String> = []) -> [String] {
        var score: [String: Double] = [:], first: [String: Int] = [:]
        let lowercaseUses = Set(
            text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
                .filter { $0 == $0.lowercased() }.flatMap(TextTokens.words))
        let paragraphs = text.components(separatedBy: "\n\n")
        var position = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let weight = index < 3 ? 2.0 : 1.0
            for word in TextTokens.words(paragraph) {
                position += 1
                guard word.count >= 4, word.first?.isLetter == true, !stopWords.contains(word),
                    !excluding.contains(word),
                    lowercaseUses.contains(word), PlaceSet.parse(word).isEmpty
                else { continue }
                // Longer words are the more specific ones ("manipulators" over "test").
                score[word, default: 0] += weight * (1 + 0.2 * Double(max(0, word.count - 5)))
                if first[word] == nil { first[word] = position }
            }
        }
        return score.keys.sorted { a, b in
            score[a]! != score[b]! ? score[a]! > score[b]! : first[a]! < first[b]!
        }.prefix(limit).map { $0 }
    }

    /// Words of job ads in general, English function words, and role, level and hiring vocabulary.
    static let stopWords: Set<String> = Set(
        """
        about above after again against also always among another anyone anything around because been before being \
        below between both can could does doing down during each either else enough even ever every from further have \
        having here hers herself himself into itself just like more most much must myself need needs never often only \
        other ours ourselves over own same should since some such than that their theirs them themselves then there these \
        they this those through under until upon very want well were what when where which while whom whose will with \
        within without would your yours yourself yourselves across ahead along already although anywhere beyond cannot \
        experience experienced years year role roles team teams work working works company companies join joining help \
        helps looking look based build building builds built make makes making ship shipping owning own hire hiring \
        candidate candidates benefits benefit salary equity bonus remote hybrid office offices onsite location locations \
        opportunity opportunities equal employer apply applications application please strong great good best plus \
        nice bonus points skills skill ability able knowledge understanding familiarity comfortable excellent \
        communication written spoken english responsibilities requirements required requirement preferred ideal ideally \
        engineer engineers engineering developer developers development manager managers management senior junior staff \
        principal lead leads leading director head intern interns internship level levels full time part mid \
        people person someone customers customer users user product products platform platforms service services \
        today week weeks month months first next last real best high large small fast faster quickly currently \
        world global everyone things thing ways days fully mostly really truly summer winter spring autumn organisations organizations organisation organization thousands millions hundreds billions dozens
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
