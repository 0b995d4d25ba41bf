import Foundation
public import ScoutCore

/// A ``WebSearch`` test double: canned results per query text, and a record of every query received.
/// Results are filtered by the query's `includeDomains`/`excludeDomains` (matching the host or a parent domain)
/// and cut to `maxResults`, as a real engine would. Safe to call concurrently.
public final class StaticWebSearch: WebSearch {
    private struct State {
        var results: [String: [WebResult]]
        var failures: [String: any Error] = [:]
        var received: [WebQuery] = []
    }

    private let state: LockedValue<State>
    /// Returned for queries with no canned results.
    public let fallback: [WebResult]

    /// `results` are keyed by query text, matched case-insensitively after trimming.
    public init(results: [String: [WebResult]] = [:], fallback: [WebResult] = []) {
        state = LockedValue(State(results: Dictionary(results.map { (Self.normalize($0.key), $0.value) }) { $0 + $1 }))
        self.fallback = fallback
    }

    /// Adds (or replaces) the results for `query`.
    public func respond(to query: String, with results: [WebResult]) {
        state.withLock { $0.results[Self.normalize(query)] = results }
    }

    /// Makes `query` throw `error`.
    public func fail(_ query: String, with error: any Error) {
        state.withLock { $0.failures[Self.normalize(query)] = error }
    }

    /// Every query received, in arrival order (concurrent callers interleave).
    public var receivedQueries: [WebQuery] { state.withLock { $0.received } }

    /// The texts of ``receivedQueries``.
    public var receivedTexts: [String] { receivedQueries.map(\.text) }

    public func search(_ query: WebQuery) async throws -> [WebResult] {
        let key = Self.normalize(query.text)
        let (canned, failure) = state.withLock { state in
            state.received.append(query)
            return (state.results[key], state.failures[key])
        }
        if let failure { throw failure }
        return Array((canned ?? fallback).filter { Self.allowed($0.url, by: query) }.prefix(max(0, query.maxResults)))
    }

    static func normalize(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func allowed(_ url: String, by query: WebQuery) -> Bool {
        let host = CompanyKey.normalizeWebsite(url)
        let within = { (domains: [String]) in
            domains.contains {
                host == CompanyKey.normalizeWebsite($0) || host.hasSuffix("." + CompanyKey.normalizeWebsite($0))
            }
        }
        if !query.includeDomains.isEmpty, !within(query.includeDomains) { return false }
        return !within(query.excludeDomains)
    }
}
