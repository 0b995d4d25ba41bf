import Foundation

/// The text formats pages use to name companies. The name extractor is written against exactly these.
public enum ListFormat {
    /// "1. Name — text" lines, one per company, numbered from 1.
    public static func numbered(_ items: [(name: String, text: String)]) -> String {
        items.enumerated().map { "\($0.offset + 1). \($0.element.name) — \($0.element.text)" }.joined(separator: "\n")
    }

    /// "A, B, C and D" (one name alone; "A and B" for two).
    public static func commaList(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}
