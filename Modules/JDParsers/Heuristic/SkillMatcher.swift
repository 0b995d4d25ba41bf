import Foundation
import ScoutCore

/// Finds ``Vocabulary/skills`` in text: whole words, case-insensitive, canonical spelling kept.
enum SkillMatcher {
    /// Skills that are also ordinary English words (or single letters); these must match with their own case.
    static let caseSensitive: Set<String> = [
        "Go", "R", "C", "Swift", "Excel", "Streaming", "Hiring", "Agile", "Rust", "Rails", "Spark", ".NET", "Ruby",
    ]

    /// Skills named in `text`, in order of first appearance; a skill inside a longer matched one ("Linux" in
    /// "Embedded Linux") is dropped.
    static func skills(in text: String) -> [String] {
        let normalized = TextTokens.normalized(text)
        let found: [(skill: String, at: Int)] = Vocabulary.skills.compactMap { skill in
            if caseSensitive.contains(skill) {
                return firstExact(text, skill).map { (skill, text.distance(from: text.startIndex, to: $0)) }
            }
            let phrase = TextTokens.words(skill).joined(separator: " ")
            guard !phrase.isEmpty, normalized.contains(" \(phrase) ") else { return nil }
            let at =
                text.range(of: skill, options: [.caseInsensitive, .diacriticInsensitive])
                .map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? Int.max
            return (skill, at)
        }
        let phrases = found.map { " " + TextTokens.words($0.skill).joined(separator: " ") + " " }
        return found.enumerated().filter { index, _ in
            !phrases.indices.contains {
                $0 != index && phrases[$0] != phrases[index] && phrases[$0].contains(phrases[index])
            }
        }
        .map(\.element).sorted { ($0.at, $0.skill) < ($1.at, $1.skill) }.map(\.skill)
    }

    /// Where `word` first occurs in `text` with the same case and no letter, digit, `+`, `#`, `-` or `.` around it.
    static func firstExact(_ text: String, _ word: String) -> String.Index? {
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || "_+#-".contains(c) }
        var start = text.startIndex
        while let range = text.range(of: word, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let beforeOK = before.map { !isWordChar($0) && $0 != "." } ?? true
            let afterOK = after.map { !isWordChar($0) } ?? true
            if beforeOK && afterOK { return range.lowerBound }
            start = range.upperBound
        }
        return nil
    }

    /// Splits an inline list ("Python, PyTorch and Kaldi") into trimmed items.
    static func items(in value: String) -> [String] {
        var pieces = [value]
        for separator in [",", ";", " and ", " & "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .*_")) }.filter { !$0.isEmpty }
    }
}
