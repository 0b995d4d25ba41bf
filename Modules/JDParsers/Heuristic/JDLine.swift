import Foundation

/// One non-empty line of a free-text JD, classified.
struct JDLine: Equatable {
    enum Kind: Equatable { case heading, bullet, text }

    var kind: Kind
    /// The line without markdown markers (`#`, bullets, `**`).
    var text: String
    /// True for `#` headings (not for bold or colon-terminated ones).
    var isMarkdownHeading: Bool

    init(_ raw: String) {
        var line = raw.trimmingCharacters(in: .whitespaces)
        isMarkdownHeading = false
        if line.hasPrefix("#") {
            kind = .heading
            isMarkdownHeading = true
            line = String(line.drop(while: { $0 == "#" }))
        } else if let rest = Self.dropBullet(line) {
            kind = .bullet
            line = rest
        } else {
            kind = .text
        }
        let wasBold = line.hasPrefix("**") && line.hasSuffix("**") && line.count > 4
        line = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .trimmingCharacters(in: .whitespaces)
        text = line
        if kind == .text, wasBold || Self.isColonHeading(line) { kind = .heading }
    }

    /// The lowercased label and its value for `Label: value` lines whose label is at most four words.
    var label: (key: String, value: String)? {
        let lower = text.lowercased()
        for phrase in ["do not source from", "don't source from", "do not source", "don’t source from"]
        where lower.hasPrefix(phrase) {
            let rest = text.dropFirst(phrase.count).trimmingCharacters(
                in: CharacterSet(charactersIn: ": ").union(.whitespaces))
            return ("do not source from", rest)
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, key.split(separator: " ").count <= 4, !key.contains("http") else { return nil }
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return (key, value)
    }

    private static func dropBullet(_ line: String) -> String? {
        for marker in ["- ", "* ", "• ", "+ ", "– ", "· "] where line.hasPrefix(marker) {
            return String(line.dropFirst(marker.count))
        }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 2 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
        }
        return nil
    }

    private static func isColonHeading(_ line: String) -> Bool {
        line.hasSuffix(":") && line.split(separator: " ").count <= 6
    }
}

/// The kind of section a heading opens.
enum JDSection: Equatable {
    case mustHave, niceToHave, companies, excluded, other

    init(heading: String) {
        let h = heading.lowercased().replacingOccurrences(of: "’", with: "'")
        func has(_ phrases: [String]) -> Bool { phrases.contains { h.contains($0) } }
        if has(["exclude", "do not source", "don't source", "off limits", "off-limits"]) {
            self = .excluded
        } else if has([
            "nice to have", "nice-to-have", "bonus", "preferred", "plus", "good to have", "desirable", "extra credit",
        ]) {
            self = .niceToHave
        } else if has(["companies", "competitors", "where to look", "source from"]) {
            self = .companies
        } else if has([
            "requirement", "must have", "must-have", "you'll need", "you will need", "qualification",
            "looking for", "you have", "you bring", "required", "skills", "who you are", "about you",
        ]) {
            self = .mustHave
        } else {
            self = .other
        }
    }
}
