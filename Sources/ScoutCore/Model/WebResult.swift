import Foundation

/// A web search request, in the shape discovery strategies need.
public struct WebQuery: Codable, Sendable, Equatable {
    public var text: String
    public var maxResults: Int
    public var includeDomains: [String]
    public var excludeDomains: [String]

    public init(_ text: String, maxResults: Int = 10, includeDomains: [String] = [], excludeDomains: [String] = []) {
        self.text = text
        self.maxResults = maxResults
        self.includeDomains = includeDomains
        self.excludeDomains = excludeDomains
    }
}

/// One web search hit.
public struct WebResult: Codable, Sendable, Equatable {
    public var title: String
    public var url: String
    public var content: String
    public var score: Double

    public init(title: String, url: String, content: String, score: Double) {
        self.title = title
        self.url = url
        self.content = content
        self.score = score
    }
}
