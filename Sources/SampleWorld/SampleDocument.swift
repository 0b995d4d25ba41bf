import Foundation

/// One web page of the sample world.
public struct SampleDocument: Sendable, Equatable {
    /// What kind of page it is, for tests and docs.
    public enum Kind: String, Sendable, CaseIterable {
        /// "Top N X Alternatives & Competitors (2026) | G2".
        case alternatives
        /// Crunchbase-like "X competitors — Companies like X".
        case competitors
        /// "X vs Y" / "similar to X" on another directory.
        case comparison
        /// A G2, Capterra or Gartner category page with a numbered list.
        case category
        /// The company's own homepage.
        case homepage
        /// News and blog posts: capitalised words that are not companies.
        case news
    }

    public var kind: Kind
    public var title: String
    public var url: String
    public var content: String
    /// The company the page is about (alternatives, competitors, comparison, homepage), if any.
    public var companyID: Int?
    /// The domain the page is about, if any.
    public var domainID: String?

    public init(kind: Kind, title: String, url: String, content: String, companyID: Int? = nil, domainID: String? = nil)
    {
        self.kind = kind
        self.title = title
        self.url = url
        self.content = content
        self.companyID = companyID
        self.domainID = domainID
    }

    /// The bare host of the URL ("www.g2.com" → "g2.com").
    public var host: String {
        var s = url
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        return String(s.prefix { $0 != "/" })
    }
}
