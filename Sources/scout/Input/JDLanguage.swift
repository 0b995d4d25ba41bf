import Foundation

/// A rough look at a free-text JD's language: enough to tell a user that the heuristic parser, which reads English,
/// cannot read it. Structured JDs (YAML or JSON with `role_title`) are not judged.
struct JDLanguage {
    /// The first markdown heading, without its `#` marks.
    let heading: String?
    let isEnglish: Bool

    /// Frequent English words that are not also frequent German, Dutch, French or Spanish words.
    static let englishWords: Set<String> = [
        "the", "and", "you", "we", "with", "for", "our", "of", "to", "are", "is", "your", "this", "that", "who", "on",
        "at", "be", "will", "have", "experience", "team", "work", "role",
    ]

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.hasPrefix("{"), !trimmed.contains("role_title") else { return nil }
        heading = trimmed.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("#") }
            .map { $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) }
        let letters = trimmed.unicodeScalars.filter(CharacterSet.letters.contains)
        guard !letters.isEmpty else { return nil }
        let latin = letters.filter { $0.value < 0x250 }.count
        if Double(latin) / Double(letters.count) < 0.5 {
            isEnglish = false
            return
        }
        let words = trimmed.lowercased().split { !$0.isLetter }
        let english = words.filter { Self.englishWords.contains(String($0)) }.count
        isEnglish = words.count < 8 || Double(english) / Double(words.count) >= 0.05
    }
}
