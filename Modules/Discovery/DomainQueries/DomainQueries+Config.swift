import Foundation
public import ScoutCore

extension DomainQueries {
    /// `domain_queries` settings.
    public struct Config: PluginConfig, Equatable {
        /// Queries built, directory queries first (G2, Capterra, Gartner, Crunchbase, hiring, skill).
        public var queries = 6
        /// Queries run: the first `max_queries` of those built.
        public var maxQueries = 5
        /// Results asked for per query.
        public var maxResults = 10
        /// Companies returned, best first.
        public var maxCompanies = 30
        /// Mentions a company needs across all results to be kept.
        public var minMentions = 1
        /// Queries in flight at once.
        public var concurrency = 8

        public init() {}

        public static let keys = [
            ConfigKey(
                "queries", "int", default: "6", "queries built from the domain and the JD, directories first (1–6)"),
            ConfigKey(
                "max_queries", "int", default: "5", "queries run, the first of those built (1–6, at most queries)"),
            ConfigKey("max_results", "int", default: "10", "web results per query (1–20)"),
            ConfigKey("max_companies", "int", default: "30", "companies returned (1–200)"),
            ConfigKey("min_mentions", "int", default: "1", "mentions a company needs across all results (1–20)"),
            ConfigKey("concurrency", "int", default: "8", "queries in flight at once (1–16)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case queries, maxQueries = "max_queries", maxResults = "max_results", maxCompanies = "max_companies"
            case minMentions = "min_mentions", concurrency
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Self()
            queries = try container.decode(.queries, default: defaults.queries)
            maxQueries = try container.decode(.maxQueries, default: defaults.maxQueries)
            maxResults = try container.decode(.maxResults, default: defaults.maxResults)
            maxCompanies = try container.decode(.maxCompanies, default: defaults.maxCompanies)
            minMentions = try container.decode(.minMentions, default: defaults.minMentions)
            concurrency = try container.decode(.concurrency, default: defaults.concurrency)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            problems.check("queries", queries, in: 1...6)
            problems.check("max_queries", maxQueries, in: 1...6)
            if maxQueries > queries, (1...6).contains(queries) {
                problems.append(
                    ConfigProblem(key: "max_queries", "must not exceed queries (\(queries)), got \(maxQueries)"))
            }
            problems.check("max_results", maxResults, in: 1...20)
            problems.check("max_companies", maxCompanies, in: 1...200)
            problems.check("min_mentions", minMentions, in: 1...20)
            problems.check("concurrency", concurrency, in: 1...16)
            return problems
        }
    }
}
