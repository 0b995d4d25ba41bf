import Foundation
public import ScoutCore

/// Cuts companies into consecutive batches of `batch_size`, in the order discovery ranked them.
public struct CompanyBatch: BatchingMode {
    public struct Config: PluginConfig, Equatable {
        /// Companies per batch.
        public var batchSize = 5

        public init() {}

        public static let keys = [
            ConfigKey("batch_size", "int", default: "5", "companies searched together in one batch (1–100)")
        ]

        enum CodingKeys: String, CodingKey, CaseIterable { case batchSize = "batch_size" }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            batchSize = try container.decode(.batchSize, default: Self().batchSize)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            problems.check("batch_size", batchSize, in: 1...100)
            return problems
        }
    }

    public let config: Config

    public init(config: Config = Config()) { self.config = config }

    public func plan(_ companies: [Company], for requirements: JobRequirements) -> [ScoutCore.CompanyBatch] {
        stride(from: 0, to: companies.count, by: config.batchSize).enumerated().map { index, start in
            ScoutCore.CompanyBatch(
                index: index, companies: Array(companies[start..<min(start + config.batchSize, companies.count)]))
        }
    }
}

extension CompanyBatch {
    /// The `company_batch` factory.
    public static let factory = PluginFactory<any BatchingMode>(
        type: "company_batch",
        summary: "consecutive batches of batch_size companies (the default)",
        config: Config.self
    ) { config, _ in CompanyBatch(config: config) }
}
