import Foundation
import ScoutCore

extension CompanyNameExtractor {
    /// Names around cue phrases in one sentence or title.
    static func cueNames(_ sentence: ArraySlice<Token>) -> [String] {
        let t = sentence
        var names: [String] = []
        var starts = Set<Int>()
        func take(_ run: Range<Int>, skills: Bool) {
            guard !run.isEmpty, !starts.contains(run.lowerBound), let name = cleanName(t[run], skills: skills) else {
                return
            }
            starts.insert(run.lowerBound)
            names.append(name)
        }
        /// "A, B, C and D": each piece must start with a name.
        func list(from first: Int, skills: Bool) {
            var index = first
            while index < t.endIndex {
                while index < t.endIndex, ["and", "or", "&"].contains(t[index].folded) { index += 1 }
                guard index < t.endIndex else { return }
                take(runForward(t, from: index), skills: skills)
                var next = index
                while next < t.endIndex {
                    if next > index, ["and", "or"].contains(t[next].text) { break }
                    next += 1
                    if t[next - 1].breakAfter { break }
                }
                index = next
            }
        }
        for i in t.indices {
            let word = t[i].folded
            let next = i + 1 < t.endIndex ? t[i + 1].folded : ""
            let earlier = t[t.startIndex..<i]
            switch word {
            case "such" where next == "as":
                list(from: i + 2, skills: true)
            case "include", "includes", "including", "featuring":
                list(from: i + 1, skills: !earlier.contains { NameLexicon.marketNouns.contains($0.folded) })
            case "are", "is", "=":
                if earlier.contains(where: { NameLexicon.rivalNouns.contains($0.folded) }) {
                    list(from: i + 1, skills: false)
                }
            case "like":
                if i > t.startIndex, NameLexicon.marketNouns.contains(t[i - 1].folded) {
                    list(from: i + 1, skills: false)
                }
            case "compare", "comparing":
                let subject = runForward(t, from: i + 1)
                take(subject, skills: false)
                if subject.upperBound < t.endIndex,
                    ["with", "to", "against", "and", "vs", "versus"].contains(t[subject.upperBound].folded)
                {
                    list(from: subject.upperBound + 1, skills: false)
                }
            case "vs", "versus":
                take(runBackward(t, before: i), skills: false)
                take(runForward(t, from: i + 1), skills: false)
            case _ where NameLexicon.rivalNouns.contains(word):
                take(runBackward(t, before: i), skills: true)
                if ["to", "of", "for"].contains(next) { take(runForward(t, from: i + 2), skills: false) }
            default:
                break
            }
        }
        return names
    }

    static func cueNames(_ tokens: [Token]) -> [String] { cueNames(tokens[...]) }
}

// MARK: - Word lists
