import Foundation
import ScoutCore

/// Role-title helpers: clean-up of a title line, the role test, seniority and title keywords.
enum TitleAnalysis {
    /// Words that name a level when they appear in a title ("manager" and "associate" are left out: in titles
    /// such as "Product Manager" they name the role, not the level).
    static let levelWords: Set<String> = [
        "intern", "internship", "trainee", "junior", "jr", "entry", "graduate", "mid", "intermediate", "senior",
        "sr", "staff", "lead", "principal", "distinguished", "director", "head", "vp", "svp", "chief",
    ]

    /// Words that mark a line as naming a role.
    static let roleNouns: Set<String> = [
        "engineer", "developer", "scientist", "researcher", "manager", "designer", "analyst", "architect", "director",
        "head", "lead", "executive", "officer", "specialist", "consultant", "recruiter", "marketer", "representative",
        "administrator", "intern", "vp", "president", "coordinator", "writer", "accountant", "counsel", "technician",
        "programmer", "sre", "owner", "strategist", "editor", "associate", "founder", "cto", "ceo", "cfo", "coo",
        "advocate", "partner", "operator", "agent", "assistant", "tester", "devops", "economist", "statistician",
    ]

    static let prefixes = [
        "we're hiring a ", "we're hiring an ", "we're hiring: ", "we're hiring ", "we are hiring a ",
        "we are hiring an ",
        "we are hiring: ", "we are hiring ", "now hiring: ", "now hiring ", "hiring: ", "hiring a ", "hiring an ",
        "job title: ", "job: ", "role: ", "position: ", "title: ", "open role: ", "opening: ", "join us as a ",
        "join us as an ", "job description: ", "jd: ", "a ", "an ",
    ]

    /// Strips hiring phrases, a trailing company ("at Echowave", "— Echowave") and punctuation.
    /// Returns the title and the company named after it, if any.
    static func clean(_ line: String) -> (title: String, company: String?) {
        var title = line.replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .whitespaces)
        var stripped = true
        while stripped {
            stripped = false
            for prefix in prefixes where title.lowercased().hasPrefix(prefix) {
                title = String(title.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                stripped = true
            }
        }
        var company: String?
        for separator in [" — ", " – ", " | ", " @ ", " - ", " at "] {
            guard let range = title.range(of: separator) else { continue }
            let tail = String(title[range.upperBound...])
            if separator == " at ", tail.first?.isUppercase != true { continue }
            if separator == " at " || separator == " @ " { company = company ?? CompanyNames.leadingGroup(of: tail) }
            title = String(title[..<range.lowerBound])
        }
        title = roleClause(of: title)
        // "Senior Go engineer for a fintech scale-up": what follows names the employer, not the role.
        for tail in [" for a ", " for an ", " for our ", " for the ", " to join ", " who "] {
            if let range = title.range(of: tail, options: .caseInsensitive) {
                title = String(title[..<range.lowerBound])
            }
        }
        if let paren = title.firstIndex(of: "(") { title = String(title[..<paren]) }
        title = title.trimmingCharacters(in: CharacterSet(charactersIn: " .!:,;*_"))
        return (title, company)
    }

    /// A one-line JD's role: the text up to the first ",", ";" or ". " after a role noun that is not the first word
    /// ("Senior Go engineer, fintech, companies like Ledgerline" → "Senior Go engineer"; "VP, Engineering" stays).
    static func roleClause(of line: String) -> String {
        var words = 0, sawNoun = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == " " {
                words += 1
            } else if sawNoun,
                [",", ";"].contains(character)
                    || (character == "." && line.index(after: index) < line.endIndex
                        && line[line.index(after: index)] == " ")
            {
                return String(line[..<index])
            }
            if words > 0, character.isLetter, index == line.startIndex || line[line.index(before: index)] == " " {
                let word = line[index...].prefix { $0.isLetter }.lowercased()
                if roleNouns.contains(word) { sawNoun = true }
            }
            index = line.index(after: index)
        }
        return line
    }

    /// True when the text reads as a role: a known role family or a role noun, in at most 12 words.
    static func isRole(_ text: String) -> Bool {
        let words = TextTokens.words(text)
        guard !words.isEmpty, words.count <= 12 else { return false }
        return Vocabulary.roleFamily(forTitle: text) != nil || words.contains(where: roleNouns.contains)
    }

    /// Levels named by level words in the title, lowest first.
    static func seniority(inTitle title: String) -> [Seniority] {
        var text = TextTokens.normalized(title)
        var levels: [Seniority] = []
        for phrase in ["vice president", "tech lead", "entry level", "mid level"] where text.contains(" \(phrase) ") {
            if let level = Seniority(word: phrase) { levels.append(level) }
            text = text.replacingOccurrences(of: " \(phrase) ", with: " ")
        }
        for word in TextTokens.words(text) where levelWords.contains(word) {
            if let level = Seniority(word: word) { levels.append(level) }
        }
        // "Engineering Manager", "Team Lead": the title is the level. A "Business Development Manager" is not: only
        // titles of the engineering-management family, or that lead a team, are.
        if levels.isEmpty, Seniority.infer(fromTitle: title) == .manager,
            TitleThesaurus.family(ofTitles: [title]) == "engineering_manager" || text.contains(" team lead ")
                || text.contains(" engineering lead ")
        {
            levels = [.manager]
        }
        return sortedUnique(levels)
    }

    /// Levels a sentence states with the word "level": "Mid-level", "Manager level", "Staff or principal level",
    /// "senior to staff level".
    static func levelsStated(in line: String) -> [Seniority] {
        let words = TextTokens.words(line)
        var levels: [Seniority] = []
        let others: Set<String> = [
            "two", "three", "four", "five", "six", "several", "mentor", "mentoring", "mentors",
            "manage", "managing", "our", "other",
        ]
        for (index, word) in words.enumerated() where word == "level" {
            var j = index - 1
            var found: [Seniority] = []
            while j >= 0 {
                if let level = Seniority(word: words[j]) {
                    found.append(level)
                } else if !["or", "to", "and"].contains(words[j]) {
                    break
                }
                j -= 1
            }
            // "mentor two mid-level designers" is about the team, not the role.
            if j >= 0, others.contains(words[j]) || words[j].allSatisfy(\.isNumber) { continue }
            levels += found
        }
        return levels
    }

    /// Levels a line's experience requirement implies: "2–5 years as an SRE" → mid, "0–2 years of professional
    /// experience" → junior, "5+ years building …" → senior and staff (a floor reaches one level up), "1.5 years of
    /// experience" → junior. Only years followed by what was done ("of", "as", "in", "building" …) count, the first such
    /// in the line; ages ("18 years of age") and durations without a requirement ("after 4 years") do not.
    static func levels(fromYearsIn line: String) -> [Seniority] {
        let text = line.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        let number = #"(\d{1,2}(?:\.\d)?)"#
        let pattern =
            #"(?i)(?<![\d.])"# + number + #"\s*(?:(\+)|-\s*"# + number + #"|\s+to\s+"# + number
            + #")?\s*\+?\s*(?:years?|yrs?)(?:'|’)?\s+(?:of\s+)?([a-z]+)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let doing: Set<String> = [
            "of", "as", "in", "experience", "building", "working", "writing", "leading", "managing",
            "shipping", "developing", "designing", "selling", "closing", "running", "doing", "professional",
            "hands", "industry", "production", "relevant", "commercial", "practical",
        ]
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            func group(_ i: Int) -> Double? { Range(match.range(at: i), in: text).flatMap { Double(text[$0]) } }
            guard let low = group(1), let next = Range(match.range(at: 5), in: text).map({ text[$0].lowercased() })
            else { continue }
            // "18 years of age", "10 years old": an age, not experience.
            let after = text[Range(match.range, in: text)!.upperBound...].lowercased()
            if next == "age" || next == "old" || after.hasPrefix(" age") { continue }
            let ofExperience = text[Range(match.range, in: text)!].lowercased().contains(" of ")
            guard ofExperience || doing.contains(next), low <= 25 else { continue }
            let plus = match.range(at: 2).location != NSNotFound
            let high = group(3) ?? group(4)
            func level(_ years: Double) -> Seniority {
                switch years {
                case ..<2: return .junior
                case ..<5: return .mid
                case ..<8: return .senior
                case ..<12: return .staff
                default: return .principal
                }
            }
            let first = level(low)
            let last: Seniority
            if let high, high > low {
                last = level(high - 1)
            } else if plus {
                last = Seniority.allCases[min(first.rank + 1, Seniority.principal.rank)]
            } else {
                last = first
            }
            return Seniority.allCases.filter { $0 >= first && $0 <= last }
        }
        return []
    }

    /// Levels in a `Seniority:` value such as "Senior or Staff", "senior/staff", "Senior, Staff".
    static func seniority(inList value: String) -> [Seniority] {
        let normalized = TextTokens.normalized(value)
        var levels: [Seniority] = []
        for phrase in ["vice president", "tech lead", "entry level", "mid level"]
        where normalized.contains(" \(phrase) ") {
            if let level = Seniority(word: phrase) { levels.append(level) }
        }
        levels += TextTokens.words(value).compactMap { Seniority(word: $0) }
        return sortedUnique(levels)
    }

    /// The role family's title phrases, or the title without level words when no family matches.
    static func keywords(forTitle title: String) -> [String] {
        let alternatives = alternativeTitles(title)
        guard alternatives.count < 2 else {
            var seen = Set<String>()
            return alternatives.flatMap(keywords(forTitle:)).filter { seen.insert($0.lowercased()).inserted }
        }
        if let family = Vocabulary.roleFamily(forTitle: title) { return family.titlePhrases }
        if let family = languageFamily(of: title) { return family.titlePhrases }
        let kept = title.split(whereSeparator: { $0 == " " || $0 == "/" }).filter { token in
            let words = TextTokens.words(String(token))
            return !words.isEmpty && !words.allSatisfy { levelWords.contains($0) || $0 == "or" || $0 == "and" }
        }
        let phrase = kept.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,&"))
        return phrase.isEmpty ? [] : [phrase]
    }

    /// "Staff platform / infrastructure engineer" → "Staff platform engineer", "Staff infrastructure engineer": two
    /// fields sharing one head noun are two titles. Level alternatives ("Senior or Lead Designer") are not.
    static func alternativeTitles(_ title: String) -> [String] {
        for separator in [" / ", "/", " or "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            let left = parts[0].split(separator: " ").map(String.init),
                right = parts[1].split(separator: " ").map(String.init)
            // "Data Scientist or ML Engineer" names two jobs, not two fields of one.
            guard let field = left.last, right.count >= 2, let head = right.last,
                !levelWords.contains(field.lowercased()), !levelWords.contains(right[0].lowercased()),
                !roleNouns.contains(field.lowercased())
            else { continue }
            let prefix = left.dropLast()
            return [(left + [head]).joined(separator: " "), (prefix + right).joined(separator: " ")]
        }
        return [title]
    }

    static func sortedUnique(_ levels: [Seniority]) -> [Seniority] { Array(Set(levels)).sorted() }

    /// "Go engineer", "Python developer", "React engineer": a language or framework before an engineering head names
    /// the usual family of people who write it (backend, frontend or mobile).
    static func languageFamily(of title: String) -> RoleFamily? {
        let words = TextTokens.words(title)
        guard words.contains(where: { ["engineer", "developer", "programmer"].contains($0) }) else { return nil }
        for word in words {
            guard let id = languages[word] else { continue }
            return Vocabulary.roleFamily(id: id)
        }
        return nil
    }

    static let languages: [String: String] = [
        "go": "backend_engineer", "golang": "backend_engineer", "java": "backend_engineer",
        "python": "backend_engineer",
        "rust": "backend_engineer", "scala": "backend_engineer", "ruby": "backend_engineer",
        "rails": "backend_engineer",
        "php": "backend_engineer", "elixir": "backend_engineer", "node": "backend_engineer", "c++": "backend_engineer",
        "c#": "backend_engineer", ".net": "backend_engineer", "dotnet": "backend_engineer", "kotlin": "mobile_engineer",
        "swift": "mobile_engineer", "ios": "mobile_engineer", "android": "mobile_engineer",
        "flutter": "mobile_engineer",
        "javascript": "frontend_engineer", "typescript": "frontend_engineer", "react": "frontend_engineer",
        "vue": "frontend_engineer", "angular": "frontend_engineer",
    ]
}
