public import ScoutCore

/// Example plugin (docs/plugins.md): batches that grow — the first `first_size` companies (discovery's most
/// confident) alone, then each batch twice the last, up to `max_size`. Every company once, in order.
public struct GrowingBatch: BatchingMode {
    public struct Config: PluginConfig, Equatable {
        public var firstSize = 2
        public var maxSize = 16

        public init() {}

        public static let keys = [
            ConfigKey("first_size", "int", default: "2", "companies in the first batch (1–100)"),
            ConfigKey("max_size", "int", default: "16", "companies in each later batch at most (1–100)"),
        ]

        enum CodingKeys: String, CodingKey { case firstSize = "first_size", maxSize = "max_size" }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            firstSize = try container.decode(.firstSize, default: Self().firstSize)
            maxSize = try container.decode(.maxSize, default: Self().maxSize)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            problems.check("first_size", firstSize, in: 1...100)
            problems.check("max_size", maxSize, in: 1...100)
            return problems
        }
    }

    public let config: Config

    public init(config: Config = Config()) { self.config = config }

    public func plan(_ companies: [Company], for requirements: JobRequirements) -> [CompanyBatch] {
        var batches: [CompanyBatch] = []
        var start = 0, size = config.firstSize
        while start < companies.count {
            let end = min(start + size, companies.count)
            batches.append(CompanyBatch(index: batches.count, companies: Array(companies[start..<end])))
            start = end
            size = min(size * 2, config.maxSize)
        }
        return batches
    }

    /// The `growing_batch` factory: what the registry knows the plugin by.
    public static let factory = PluginFactory<any BatchingMode>(
        type: "growing_batch", summary: "batches that double in size, most confident companies first",
        config: Config.self
    ) { config, _ in GrowingBatch(config: config) }
}
