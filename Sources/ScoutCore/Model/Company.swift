import Foundation

/// How a company entered a session.
public enum DiscoverySource: String, Codable, Sendable, CaseIterable {
    case mentioned, seedExpansion = "seed_expansion", domainQuery = "domain_query", supplied
}

/// A company proposed by discovery, later resolved to a people-vendor id.
public struct Company: Codable, Sendable, Equatable, Hashable {
    public var name: String
    /// Bare domain, e.g. "echowave.ai" (no scheme, no `www.`).
    public var website: String?
    /// The normalised name used to deduplicate, see ``CompanyKey``.
    public var key: String
    /// The people vendor's company id, once resolved.
    public var vendorID: Int?
    public var source: DiscoverySource
    /// 0...1; mentioned companies are 1.
    public var confidence: Double
    /// Where the name was found (a URL or a query), for explanations.
    public var evidence: [String]

    public init(
        name: String, website: String? = nil, vendorID: Int? = nil, source: DiscoverySource,
        confidence: Double, evidence: [String] = []
    ) {
        self.name = name
        self.website = website.map(CompanyKey.normalizeWebsite)
        self.key = CompanyKey.normalize(name)
        self.vendorID = vendorID
        self.source = source
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// Normalisation used to compare company names and websites.
public enum CompanyKey {
    /// Words that end a legal company name ("Inc", "GmbH"); dropped by ``normalize(_:)``.
    public static let legalSuffixes: Set<String> = [
        "inc", "incorporated", "ltd", "limited", "llc", "gmbh", "corp", "corporation", "co", "plc", "sa", "ag",
        "bv", "srl", "oy", "ab", "pty", "company",
    ]

    /// Lowercased words with punctuation and legal suffixes removed: "Parlance AI, Inc." → "parlance ai".
    public static func normalize(_ name: String) -> String {
        var words = TextTokens.words(name)
        while let last = words.last, words.count > 1, legalSuffixes.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// A bare host: "https://www.Echowave.ai/pricing" → "echowave.ai".
    public static func normalizeWebsite(_ website: String) -> String {
        var s = website.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        if let slash = s.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { s = String(s[..<slash]) }
        if let colon = s.firstIndex(of: ":") { s = String(s[..<colon]) }
        return s
    }
}
