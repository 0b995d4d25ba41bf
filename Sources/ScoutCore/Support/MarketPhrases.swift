import Foundation

/// The phrases that say a text is about a market: the distinctive words of the market as named (three letters or
/// more, not directory boilerplate such as "best", "software", "vendors") and, for a market ``Vocabulary`` knows,
/// its keyword phrases. Discovery keeps a company only when its own evidence names the market this way.
public struct MarketPhrases: Sendable, Equatable {
    public let phrases: [String]

    /// - Parameters:
    ///   - named: the market as a query or a JD names it ("best voice ai software", "observability").
    ///   - domain: the JD's target domain, matched to ``Vocabulary/domains`` by id or name.
    public init(named: String, domain: String?) {
        var phrases = TextTokens.words(named).filter { $0.count >= 3 && !Self.boilerplate.contains($0) }
        if let domain, let term = Vocabulary.domains.first(where: { $0.id == domain || $0.name.lowercased() == domain.lowercased() }) {
            phrases += term.keywords
        }
        var seen = Set<String>()
        self.phrases = phrases.filter { seen.insert(TextTokens.words($0).joined(separator: " ")).inserted }
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// True when the text contains one of the phrases as whole words.
    public func named(in text: String) -> Bool {
        let normalized = TextTokens.normalized(text)
        return phrases.contains { phrase in
            let words = TextTokens.words(phrase)
            return !words.isEmpty && normalized.contains(" " + words.joined(separator: " ") + " ")
        }
    }

    static let boilerplate: Set<String> = [
        "best", "top", "software", "companies", "company", "vendors", "startups", "alternatives", "platform", "platforms",
        "tools", "solutions", "services", "tech", "technology", "and",
    ]
}
