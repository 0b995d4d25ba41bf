import Foundation

/// A web search engine, used by discovery strategies. Must be safe to call concurrently.
/// Conformance: `WebSearchConformance` in ScoutTesting.
public protocol WebSearch: Sendable {
    func search(_ query: WebQuery) async throws -> [WebResult]
}
