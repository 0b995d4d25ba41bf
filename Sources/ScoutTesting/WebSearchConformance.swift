import Foundation
public import ScoutCore
public import Testing

/// Checks every ``WebSearch`` must pass:
///
///     try await WebSearchConformance.run(search, query: "Echowave competitors")
///
/// `query` must have at least three results. Then: at most `maxResults` results (none for 0), each with an absolute
/// http(s) URL, a title or content, a finite non-negative score, and no URL twice; `includeDomains` keeps only
/// results on those domains (or their subdomains) and `excludeDomains` drops them; the same query gives the same
/// results again and when several queries run concurrently (when `deterministic`).
public enum WebSearchConformance {
    public static func run(
        _ search: any WebSearch, query text: String, deterministic: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let query = WebQuery(text, maxResults: 10)
        let results = try await search.search(query)
        try #require(
            results.count >= 3, "'\(text)' must have at least 3 results, got \(results.count)",
            sourceLocation: sourceLocation)
        check(results, for: query, sourceLocation: sourceLocation)

        let capped = WebQuery(text, maxResults: 2)
        check(try await search.search(capped), for: capped, sourceLocation: sourceLocation)
        let none = WebQuery(text, maxResults: 0)
        #expect(
            try await search.search(none).isEmpty, "maxResults 0 must give no results", sourceLocation: sourceLocation)

        let host = CompanyKey.normalizeWebsite(results[0].url)
        let included = WebQuery(text, maxResults: 10, includeDomains: [host])
        let inside = try await search.search(included)
        #expect(
            !inside.isEmpty, "including \(host), the domain of the first result, must keep it",
            sourceLocation: sourceLocation)
        check(inside, for: included, sourceLocation: sourceLocation)
        let excluded = WebQuery(text, maxResults: 10, excludeDomains: [host])
        check(try await search.search(excluded), for: excluded, sourceLocation: sourceLocation)

        guard deterministic else { return }
        #expect(
            try await search.search(query) == results, "the same query must give the same results",
            sourceLocation: sourceLocation)
        let queries = [query, capped, included, excluded]
        let sequential = try await queries.asyncMap { try await search.search($0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [WebResult]).self) { group in
            for (index, query) in queries.enumerated() { group.addTask { (index, try await search.search(query)) } }
            var answers = [[WebResult]](repeating: [], count: queries.count)
            for try await (index, answer) in group { answers[index] = answer }
            return answers
        }
        #expect(
            concurrent == sequential, "concurrent queries must give the same results as sequential ones",
            sourceLocation: sourceLocation)
    }

    /// The shape checks on one answer to `query`.
    public static func check(
        _ results: [WebResult], for query: WebQuery, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let label =
            "'\(query.text)' (max \(query.maxResults), include \(query.includeDomains), exclude \(query.excludeDomains))"
        #expect(
            results.count <= max(0, query.maxResults), "\(label): \(results.count) results",
            sourceLocation: sourceLocation)
        #expect(
            Set(results.map(\.url)).count == results.count, "\(label): a URL repeated", sourceLocation: sourceLocation)
        for result in results {
            let url = URL(string: result.url)
            #expect(
                ["http", "https"].contains(url?.scheme ?? "") && url?.host?.isEmpty == false,
                "\(label): '\(result.url)' is not an absolute http(s) URL", sourceLocation: sourceLocation)
            #expect(
                !(result.title + result.content).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(label): \(result.url) has neither title nor content", sourceLocation: sourceLocation)
            #expect(
                result.score.isFinite && result.score >= 0, "\(label): \(result.url) scores \(result.score)",
                sourceLocation: sourceLocation)
            #expect(
                StaticWebSearch.allowed(result.url, by: query), "\(label): \(result.url) is outside the domains asked",
                sourceLocation: sourceLocation)
        }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var mapped: [T] = []
        for element in self { mapped.append(try await transform(element)) }
        return mapped
    }
}
