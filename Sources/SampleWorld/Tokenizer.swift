import Foundation
import ScoutCore

/// Word splitting for the web index: the same words as `TextTokens.words`, with a fast path for ASCII.
enum Tokenizer {
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "to", "in", "for", "on", "is", "are", "by", "with", "at", "as", "it",
        "its",
        "be", "this", "that", "from", "your", "you", "we",
    ]

    /// Lowercased words without stop words; non-ASCII words are folded like `TextTokens.words`.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        var folded = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            if folded { out += TextTokens.words(word) } else { out.append(word) }
            current.removeAll(keepingCapacity: true)
            folded = false
        }
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            let v = scalar.value
            if v < 128 {
                let b = UInt8(v)
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"),
                    UInt8(ascii: "#"):
                    current.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    current.append(b + 32)
                default:
                    flush()
                }
            } else if CharacterSet.alphanumerics.contains(scalar) {
                current.append(contentsOf: Array(String(scalar).utf8))
                folded = true
            } else {
                flush()
            }
        }
        flush()
        return out.filter { !stopWords.contains($0) }
    }
}
