import Foundation
public import ScoutCore

extension SeedExpansion {
    /// `seed_expansion` settings.
    public struct Config: PluginConfig, Equatable {
        /// Mentioned companies expanded, in JD order.
        public var maxSeeds = 15
        /// Queries per seed, from "<X> competitors", "<X> alternatives", "companies similar to <X>".
        public var queriesPerSeed = 3
        /// Results asked for per query.
        public var maxResults = 10
        /// Companies kept per seed, best first.
        public var maxPerSeed = 8
        /// Mentions a company needs across one seed's results to be kept.
        public var minMentions = 1
        /// Queries in flight at once.
        public var concurrency = 8

        public init() {}

        public static let keys = [
            ConfigKey("max_seeds", "int", default: "15", "mentioned companies expanded (1–50)"),
            ConfigKey(
                "queries_per_seed", "int", default: "3", "queries per seed: competitors, alternatives, similar (1–3)"),
            ConfigKey("max_results", "int", default: "10", "web results per query (1–20)"),
            ConfigKey("max_per_seed", "int", default: "8", "companies kept per seed (1–50)"),
            ConfigKey("min_mentions", "int", default: "1", "mentions a company needs in one seed's results (1–20)"),
            ConfigKey("concurrency", "int", default: "8", "queries in flight at once (1–16)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxSeeds = "max_seeds", queriesPerSeed = "queries_per_seed", maxResults = "max_results"
            case maxPerSeed = "max_per_seed", minMentions = "min_mentions", concurrency
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Self()
            maxSeeds = try container.decode(.maxSeeds, default: defaults.maxSeeds)
            queriesPerSeed = try container.decode(.queriesPerSeed, default: defaults.queriesPerSeed)
            maxResults = try container.decode(.maxResults, default: defaults.maxResults)
            maxPerSeed = try container.decode(.maxPerSeed, default: defaults.maxPerSeed)
            minMentions = try container.decode(.minMentions, default: defaults.minMentions)
            concurrency = try container.decode(.concurrency, default: defaults.concurrency)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            problems.check("max_seeds", maxSeeds, in: 1...50)
            problems.check("queries_per_seed", queriesPerSeed, in: 1...3)
            problems.check("max_results", maxResults, in: 1...20)
            problems.check("max_per_seed", maxPerSeed, in: 1...50)
            problems.check("min_mentions", minMentions, in: 1...20)
            problems.check("concurrency", concurrency, in: 1...16)
            return problems
        }
    }
}
