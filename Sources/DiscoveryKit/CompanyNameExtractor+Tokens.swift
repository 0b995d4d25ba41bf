import Foundation
import ScoutCore

extension CompanyNameExtractor {
    /// A word with its surrounding punctuation reduced to flags.
    struct Token {
        var text: String
        var folded: String
        /// Punctuation or a separator before/after the word: a name cannot span it.
        var breakBefore = false
        var breakAfter = false
        var endsSentence = false
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var pendingBreak = false
        for raw in text.split(whereSeparator: \.isWhitespace) {
            var core = Substring(raw)
            var before = pendingBreak, after = false, ends = false
            pendingBreak = false
            while let c = core.first, NameLexicon.leadingPunctuation.contains(c) { core.removeFirst(); before = true }
            while let c = core.last, NameLexicon.trailingPunctuation.contains(c) {
                core.removeLast()
                after = true
                if c == "." || c == "!" || c == "?" { ends = true }
            }
            for suffix in ["'s", "’s"] where core.hasSuffix(suffix) {
                core.removeLast(2)
                after = true
            }
            if core.isEmpty || core.allSatisfy({ NameLexicon.separators.contains($0) }) {
                if !tokens.isEmpty {
                    tokens[tokens.count - 1].breakAfter = true
                    if ends { tokens[tokens.count - 1].endsSentence = true }
                }
                pendingBreak = true
                continue
            }
            let folded = core.lowercased()
            if ends, NameLexicon.abbreviations.contains(folded) || (core.count == 1 && core.first!.isUppercase) {
                ends = false
            }
            tokens.append(
                Token(text: String(core), folded: folded, breakBefore: before, breakAfter: after, endsSentence: ends))
        }
        return tokens
    }

    static func sentences(_ tokens: [Token]) -> [ArraySlice<Token>] {
        var out: [ArraySlice<Token>] = []
        var start = 0
        for (index, token) in tokens.enumerated() where token.endsSentence {
            out.append(tokens[start...index])
            start = index + 1
        }
        if start < tokens.count { out.append(tokens[start...]) }
        return out
    }

    /// Capitalised ("Echowave", "AI", "15Five"), camel-case ("eBay") or "&".
    static func isNameWord(_ token: Token) -> Bool {
        if token.text == "&" { return true }
        guard let first = token.text.first else { return false }
        if first.isUppercase || first.isNumber { return true }
        return first.isLowercase && token.text.dropFirst().contains(where: \.isUppercase)
    }

    static func isNumber(_ word: String) -> Bool { !word.isEmpty && word.allSatisfy(\.isNumber) }

    /// Generic words never part of a name; long numbers (years, counts) count as generic.
    static func isGeneric(_ folded: String) -> Bool {
        NameLexicon.generic.contains(folded) || (isNumber(folded) && folded.count >= 3)
    }

    /// Name words from `start` up to the next break (at most 7; cleaning trims to 4).
    static func runForward(_ tokens: ArraySlice<Token>, from start: Int) -> Range<Int> {
        guard start >= tokens.startIndex, start < tokens.endIndex else { return start..<start }
        var end = start
        while end < tokens.endIndex, end - start < 7, isNameWord(tokens[end]) {
            if end > start, tokens[end].breakBefore || tokens[end - 1].breakAfter { break }
            end += 1
        }
        return start..<end
    }

    static func runForward(_ tokens: [Token], from start: Int) -> Range<Int> { runForward(tokens[...], from: start) }

    /// Name words right before `end`, stopping at generic words and numbers ("Top 10 Echowave" → "Echowave").
    static func runBackward(_ tokens: ArraySlice<Token>, before end: Int) -> Range<Int> {
        var start = end
        while start > tokens.startIndex, end - start < 4 {
            let token = tokens[start - 1]
            if token.breakAfter || tokens[start].breakBefore { break }
            guard isNameWord(token), !isGeneric(token.folded), !isNumber(token.folded) else { break }
            start -= 1
        }
        return start..<end
    }

    /// Trims generic words and numbers from the ends, then checks the name: 1–4 words, no generic word inside,
    /// not a market, place or directory name (nor a skill when `skills`), not only weak words like "AI" or "Labs".
    /// With `strict` (list items, homepage titles) nothing is trimmed: any generic word rejects the name.
    static func cleanName(_ tokens: ArraySlice<Token>, skills: Bool, strict: Bool = false) -> String? {
        var words = tokens.map(\.text)
        while !strict, let first = words.first, first == "&" || isGeneric(first.lowercased()) || isNumber(first) {
            words.removeFirst()
        }
        while !strict, let last = words.last, last == "&" || isGeneric(last.lowercased()) { words.removeLast() }
        guard (1...4).contains(words.count), !words.contains(where: { isGeneric($0.lowercased()) }) else { return nil }
        let name = words.joined(separator: " ")
        let key = TextTokens.words(name).joined(separator: " ")
        guard key.count >= 2, name.count <= 40, name.contains(where: \.isLetter),
            !NameLexicon.rejectedNames.contains(key), !(skills && NameLexicon.skillNames.contains(key)),
            !TextTokens.words(name).allSatisfy(NameLexicon.weak.contains)
        else { return nil }
        return name
    }
}

// MARK: - Cue phrases
