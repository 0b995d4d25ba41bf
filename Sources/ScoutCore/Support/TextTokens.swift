import Foundation

/// Small text helpers shared by the stages: word splitting and folding.
public enum TextTokens {
    /// Lowercased, diacritic-folded words: "Zoë's C++ team" → ["zoe", "s", "c++", "team"].
    /// `+` and `#` stay inside words so that "C++" and "C#" survive.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) || scalar == "+" || scalar == "#" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Folded text with single spaces, for phrase containment checks.
    public static func normalized(_ text: String) -> String { " " + words(text).joined(separator: " ") + " " }

    /// True when `phrase` occurs in `text` as whole words.
    public static func contains(_ text: String, phrase: String) -> Bool {
        let p = words(phrase)
        guard !p.isEmpty else { return false }
        return normalized(text).contains(" " + p.joined(separator: " ") + " ")
    }
}
