import Foundation
import ScoutCore

/// The phrases that say a text is about a market: for a market ``Vocabulary`` knows, its name and keyword phrases;
/// otherwise the distinctive words of the market as named (three letters or more, not directory boilerplate such as
/// "best", "software", "vendors"). Discovery keeps a company only when its own evidence names the market this way.
public struct MarketPhrases: Sendable, Equatable {
    public let phrases: [String]

    /// - Parameters:
    ///   - named: the market as a query or a JD names it ("best voice ai software", "observability").
    ///   - domain: the JD's target domain, matched to ``Vocabulary/domains`` by id or name.
    public init(named: String, domain: String?) {
        var phrases: [String]
        if let term = Vocabulary.domain(named: domain) {
            // A known market: its name and keywords, each as a whole phrase, and the name's own distinctive words
            // ("voice", "robotics"; never "data" or "developer").
            phrases =
                [term.name] + term.keywords
                + TextTokens.words(term.name).filter {
                    $0.count >= 3 && !Self.boilerplate.contains($0) && !Self.generic.contains($0)
                }
        } else {
            // Unknown: the distinctive words it was named by are all there is.
            phrases = TextTokens.words(named).filter { $0.count >= 3 && !Self.boilerplate.contains($0) }
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

    /// How strongly a text names each known market (``Vocabulary/domains``): per keyword phrase, industry label or
    /// name found, its word count × 2 + 1. Markets not named are absent.
    public static func scores(in text: String) -> [String: Int] {
        let normalized = TextTokens.normalized(text)
        var scores: [String: Int] = [:]
        for domain in Vocabulary.domains {
            for phrase in domain.keywords + [domain.industry, domain.name] {
                let words = TextTokens.words(phrase)
                guard !words.isEmpty, normalized.contains(" " + words.joined(separator: " ") + " ") else { continue }
                scores[domain.id, default: 0] += words.count * 2 + 1
            }
        }
        return scores
    }

    /// True when the text names another known market more strongly than `domain` (a known market's id or name):
    /// "email marketing automation for e-commerce brands" is a marketing company that serves shops, not a shop
    /// platform. False when `domain` is not a known market or nothing is named.
    public static func namesAnotherMarketMore(_ text: String, than domain: String?) -> Bool {
        guard let target = Vocabulary.domain(named: domain) else { return false }
        let scores = scores(in: text)
        let own = scores[target.id] ?? 0
        return scores.contains { $0.key != target.id && $0.value > own }
    }

    /// The evidence of a company as a market classifier should read it: each of its list lines up to " for " (what it
    /// makes, not whom it serves: "Email marketing | for e-commerce brands"), and the titles of the pages that named it.
    public static func ownWords(snippets: [String], titles: [String]) -> String {
        let made = snippets.map { line in
            line.range(of: " for ", options: .caseInsensitive).map { String(line[..<$0.lowerBound]) } ?? line
        }
        return (made + titles).joined(separator: " \n ")
    }

    /// Words of market names that name no market on their own.
    static let generic: Set<String> = [
        "data", "developer", "developers", "infrastructure", "health", "platform", "platforms",
        "cloud", "digital", "services", "systems",
    ]

    static let boilerplate: Set<String> = [
        "best", "top", "software", "companies", "company", "vendors", "startups", "alternatives", "platform",
        "platforms",
        "tools", "solutions", "services", "tech", "technology", "and",
    ]
}
