import Foundation
import ScoutCore

/// What a free-text parse has gathered so far; labelled lines write straight into it.
struct JDDraft {
    var title: String?
    var titleFromLabel = false
    var seniority: [Seniority] = []
    /// Levels implied by the first experience requirement ("2–5 years"), used when nothing states a level.
    var levelsFromYears: [Seniority]?
    var mustHave: [String] = []
    var niceToHave: [String] = []
    var location: String?
    var domain: String?
    var hiringCompany: String?
    var mentioned: [String] = []
    var excluded: [String] = []

    static let titleKeys: Set<String> = ["title", "role", "position", "job title", "job", "role title", "job role"]
    static let seniorityKeys: Set<String> = ["seniority", "level", "levels", "seniority level", "seniority levels"]
    static let locationKeys: Set<String> = ["location", "locations", "based in", "office", "where", "job location"]
    static let domainKeys: Set<String> = ["domain", "industry", "market", "sector", "target domain"]
    static let companyKeys: Set<String> = ["company", "hiring company", "employer", "company name"]
    static let excludedKeys: Set<String> = [
        "exclude", "excluded", "exclusions", "do not source from", "not", "excluded companies", "exclude companies",
    ]
    static let mentionedKeys: Set<String> = [
        "competitors", "target companies", "companies", "example companies", "mentioned companies", "similar companies",
    ]
    static let mustKeys: Set<String> = [
        "must have", "must-have", "must haves", "must-haves", "requirements", "required", "required skills", "skills",
        "must-have skills", "tech stack", "stack",
    ]
    static let niceKeys: Set<String> = [
        "nice to have", "nice-to-have", "nice to haves", "bonus", "preferred", "pluses",
    ]

    /// Applies a `key: value` line; false when the key is not one the parser knows or the value is empty.
    mutating func apply(key: String, value: String) -> Bool {
        guard !value.isEmpty else { return false }
        if Self.titleKeys.contains(key) {
            guard !titleFromLabel else { return true }
            let cleaned = TitleAnalysis.clean(value)
            title = cleaned.title
            titleFromLabel = true
            if hiringCompany == nil { hiringCompany = cleaned.company }
        } else if Self.seniorityKeys.contains(key) {
            seniority += TitleAnalysis.seniority(inList: value)
        } else if Self.locationKeys.contains(key) {
            location = location ?? value.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        } else if Self.domainKeys.contains(key) {
            domain = domain ?? value.trimmingCharacters(in: CharacterSet(charactersIn: " .")).lowercased()
        } else if Self.companyKeys.contains(key) {
            hiringCompany = value.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        } else if Self.excludedKeys.contains(key) {
            excluded += CompanyNames.list(in: value)
        } else if Self.mentionedKeys.contains(key) {
            mentioned += CompanyNames.list(in: value)
        } else if Self.mustKeys.contains(key) {
            mustHave += SkillMatcher.items(in: value).flatMap { Self.skills(fromBullet: $0) }
        } else if Self.niceKeys.contains(key) {
            niceToHave += SkillMatcher.items(in: value).flatMap { Self.skills(fromBullet: $0) }
        } else {
            return false
        }
        return true
    }

    /// Vocabulary skills in a bullet; a short bullet (≤ 4 words) with none is kept verbatim as a requirement.
    static func skills(fromBullet text: String, verbatim: Bool = true) -> [String] {
        let found = SkillMatcher.skills(in: text)
        // "Go or Rust", "React, Vue or Angular": alternatives are one requirement, met by any of them — also for
        // names the vocabulary does not know, when the bullet is nothing but the short list.
        let normalized = TextTokens.normalized(text)
        let bullet = text.trimmingCharacters(in: CharacterSet(charactersIn: " .;:!*_"))
        let items = bullet.replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if verbatim, items.count >= 2, normalized.contains(" or "), !normalized.contains(" and "),
            items.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 3 && $0.first?.isUppercase == true })
        {
            return [items.joined(separator: " or ")]
        }
        if found.count >= 2, normalized.contains(" or "), !normalized.contains(" and ") {
            return [found.joined(separator: " or ")]
        }
        // "Able to read and write code (Python, Go, Kotlin, Java or Rust)": the list in its own clause is one requirement.
        if found.count >= 2, normalized.contains(" or ") {
            var out: [String] = []
            for clause in clauses(of: text) {
                let inClause = SkillMatcher.skills(in: clause)
                let words = TextTokens.normalized(clause)
                if inClause.count >= 2, words.contains(" or "), !words.contains(" and ") {
                    out.append(inClause.joined(separator: " or "))
                } else {
                    out += inClause
                }
            }
            return unique(out)
        }
        guard found.isEmpty, verbatim else { return found }
        let phrase = text.trimmingCharacters(in: CharacterSet(charactersIn: " .;,:!*_"))
        let words = phrase.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, !TextTokens.words(phrase).contains(where: { $0.hasPrefix("year") })
        else { return [] }
        return [phrase]
    }

    /// A bullet's clauses: the text split at brackets, semicolons, colons and dashes.
    static func clauses(of text: String) -> [String] {
        var pieces = [text]
        for separator in ["(", ")", ";", ":", " — ", " – ", " - "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Case-insensitive deduplication keeping the first spelling.
    static func unique(_ items: [String], excluding: [String] = []) -> [String] {
        var seen = Set(excluding.map { $0.lowercased() })
        return items.filter { seen.insert($0.lowercased()).inserted }
    }
}
