import Foundation

/// "Did you mean …?" for misspelt names: exact match after folding case, `_` and `-` first, then the
/// nearest name by edit distance when it is close enough.
public enum Suggestion {
    public static func nearest(to input: String, in candidates: [String]) -> String? {
        let fold = { (s: String) in s.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " } }
        let folded = fold(input)
        if let exact = candidates.first(where: { fold($0) == folded }) { return exact }
        let scored = candidates.map { ($0, distance(folded, fold($0))) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored else { return nil }
        let limit = max(2, min(4, folded.count / 3 + 1))
        return d <= limit ? best : nil
    }

    /// 1 − edit distance / longer length, in 0...1 ("echowave" vs "echowaves" → 0.89); 1 for two empty strings.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let longest = max(a.count, b.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(distance(a, b)) / Double(longest)
    }

    /// Levenshtein distance over characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// "; did you mean 'x'? (valid: a, b)", or " (valid: a, b)" when nothing is close.
    public static func hint(for input: String, valid: [String]) -> String {
        let list = valid.isEmpty ? "none" : valid.joined(separator: ", ")
        if let best = nearest(to: input, in: valid) { return "; did you mean '\(best)'? (valid: \(list))" }
        return " (valid: \(list))"
    }
}
