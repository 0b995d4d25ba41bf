import Foundation
import SampleWorld
import ScoutCore

/// Web search over the sample world's pages (G2, Crunchbase, Capterra, Gartner, homepages, news), fully offline.
public struct SampleWebSearch: WebSearch {
    public struct Config: PluginConfig, Equatable {
        /// The world seed; must match the sample people source's to describe the same companies.
        public var seed = 42

        public init() {}

        public static let keys = [
            ConfigKey("seed", "int", default: "42", "sample world seed (use the same one as the sample people source)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable { case seed }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            seed = try container.decode(.seed, default: Self().seed)
        }
    }

    public let world: SampleWorld

    /// Searches `world`.
    public init(world: SampleWorld) { self.world = world }

    /// Searches the shared world of the configured seed.
    public init(config: Config = Config()) {
        self.init(world: SampleWorld.shared(seed: UInt64(bitPattern: Int64(config.seed))))
    }

    public func search(_ query: WebQuery) async throws -> [WebResult] { world.searchWeb(query) }
}

extension SampleWebSearch {
    /// The `sample` factory.
    public static let factory = PluginFactory<any WebSearch>(
        type: "sample",
        summary: "offline web search over the generated sample world (G2, Crunchbase, Capterra, Gartner pages)",
        config: Config.self
    ) { config, _ in SampleWebSearch(config: config) }
}
