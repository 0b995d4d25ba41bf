import Foundation
import ScoutCore

/// Finds company names in JD text: capitalised word groups after cue phrases and in lists.
enum CompanyNames {
    /// Phrases after which a JD lists example companies.
    static let cues = [
        "companies like ", "companies such as ", "competitors like ", "competitors such as ", "competitors:",
        "experience at ", "worked at ", "background at ", "such as ", "e.g. ", "e.g., ", "eg. ", "for example ",
        "similar to ", "alumni of ", "someone from ", "people from ", "engineers from ", "candidates from ",
        "teams like ",
        "teams at ", "teams such as ", "ex-", "places like ", "places such as ", "firms like ", "firms such as ",
        "vendors like ", "vendors such as ", "startups like ", "startups such as ", "employers like ",
        "employers such as ",
        "organisations like ", "organizations like ", "businesses like ", "shops like ",
    ]

    /// Phrases that end a list of example companies: "(Cipherhold, Wardline Security and the like)".
    static let trailingCues = [
        " and the like", " or the like", " and similar", " or similar companies", " and others like them",
        " alumni", " veterans",
    ]

    /// Capitalised words that are not company names on their own.
    static let stopNames: Set<String> = [
        "i", "we", "you", "our", "us", "the", "this", "that", "a", "an", "remote", "hybrid", "onsite", "experience",
        "startups", "startup", "role", "team", "position", "job", "it", "they", "your", "and", "or", "other", "etc",
    ]

    /// Names listed after every cue phrase in a line.
    static func cued(in line: String) -> [String] {
        var names: [String] = []
        for cue in cues {
            var searchStart = line.startIndex
            while let range = line.range(of: cue, options: .caseInsensitive, range: searchStart..<line.endIndex) {
                names += list(in: sentence(from: line[range.upperBound...]))
                searchStart = range.upperBound
            }
        }
        for cue in trailingCues {
            var searchEnd = line.endIndex
            while let range = line.range(
                of: cue, options: [.caseInsensitive, .backwards], range: line.startIndex..<searchEnd)
            {
                names += trailingList(in: clause(before: line[..<range.lowerBound]))
                searchEnd = range.lowerBound
            }
        }
        return names
    }

    /// The names that end a clause, read backwards while each list item is a name: "Bonus points for Stripe" →
    /// ["Stripe"]; "Forgeline, Pipewright or Tracebloom" → all three; "a vendor like X or Y" → ["X", "Y"].
    static func trailingList(in text: String) -> [String] {
        var pieces = [text]
        for separator in [",", ";", " and ", " or ", " / ", "/"] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        var names: [String] = []
        for piece in pieces.reversed() {
            let words = piece.split(separator: " ").map(String.init)
            // The capitalised run at the end of the item.
            var run: [String] = []
            for word in words.reversed() {
                guard let first = word.first, first.isUppercase || first.isNumber || word == "&" else { break }
                run.insert(word, at: 0)
            }
            guard let name = leadingGroup(of: run.joined(separator: " ")) else { break }
            names.insert(name, at: 0)
            if run.count < words.count { break }  // the item had lower-case words before the name: the list starts here
        }
        return names
    }

    /// The text back to the start of its clause: "… at a security vendor (Cipherhold, Wardline Security" →
    /// "Cipherhold, Wardline Security".
    static func clause(before text: Substring) -> String {
        var start = text.startIndex
        for stop in [". ", ";", "(", ")", "\n", " - ", " — ", ":"] {
            if let range = text.range(of: stop, options: .backwards), range.upperBound > start {
                start = range.upperBound
            }
        }
        return String(text[start...]).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    }

    /// Names in a list such as "Echowave, Parlance AI and Sonora Labs".
    static func list(in text: String) -> [String] {
        var pieces = [text]
        for separator in [",", ";", " and ", " or ", " / ", "/"] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.compactMap { piece in
            var words = piece.split(separator: " ")
            while let first = words.first, leadingFillers.contains(first.lowercased()) { words.removeFirst() }
            return leadingGroup(of: words.joined(separator: " "))
        }
    }

    /// Lower-case words dropped before a name in a list: "from Monzo", "at Wise".
    static let leadingFillers: Set<String> = ["from", "at", "in", "with", "like", "including", "companies", "ex"]

    /// The capitalised word group at the start of `text` ("Parlance AI is great" → "Parlance AI"), if it reads as
    /// a name: words starting with an upper-case letter or a digit, joined by "&", "of" or "de".
    static func leadingGroup(of text: String) -> String? {
        let tokens = text.trimmingCharacters(in: .whitespaces).split(separator: " ").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'“”‘’()[]*_:!?."))
        }
        var kept: [String] = []
        for (index, token) in tokens.enumerated() {
            guard let first = token.first else { break }
            if first.isUppercase || first.isNumber || token == "&" {
                kept.append(token)
            } else if ["of", "de", "the"].contains(token), !kept.isEmpty, index + 1 < tokens.count,
                tokens[index + 1].first?.isUppercase == true
            {
                kept.append(token)
            } else {
                break
            }
        }
        while let last = kept.last, last == "&" || ["of", "de", "the"].contains(last) { kept.removeLast() }
        let name = kept.joined(separator: " ")
        return isPlausible(name) ? name : nil
    }

    /// Rejects skills, domains, level words and stop words.
    static func isPlausible(_ name: String) -> Bool {
        let words = TextTokens.words(name)
        guard !words.isEmpty, name.count >= 2, name.contains(where: \.isLetter) else { return false }
        if words.count == 1, stopNames.contains(words[0]) || TitleAnalysis.levelWords.contains(words[0]) {
            return false
        }
        let folded = words.joined(separator: " ")
        if Vocabulary.skills.contains(where: { TextTokens.words($0).joined(separator: " ") == folded }) { return false }
        if Vocabulary.domains.contains(where: { d in d.keywords.contains(folded) || d.name.lowercased() == folded }) {
            return false
        }
        return true
    }

    /// The text up to the end of its sentence or clause.
    static func sentence(from text: Substring) -> String {
        var end = text.endIndex
        for stop in [". ", ";", "(", ")", "\n", " - ", " — ", ":"] {
            if let range = text.range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        return String(text[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    }

    /// Case-insensitive deduplication on ``CompanyKey``, keeping the first spelling.
    static func unique(_ names: [String], excluding excluded: Set<String> = []) -> [String] {
        var seen = excluded
        return names.filter { seen.insert(CompanyKey.normalize($0)).inserted }
    }
}
