import Foundation
public import SampleWorld
public import ScoutCore

/// Web search over the sample world's pages (G2, Crunchbase, Capterra, Gartner, homepages, news), fully offline.
public struct SampleWebSearch: WebSearch {
    public struct Config: PluginConfig, Equatable {
        /// The world seed; must match the sample people source's to describe the same companies.
        public var seed = 42
        /// The world's wording: `standard` or `paraphrased` (``WorldVariant``).
        public var variant = WorldVariant.standard.rawValue

        public init() {}

        public static let keys = [
            ConfigKey("seed", "int", default: "42", "sample world seed (use the same one as the sample people source)"),
            ConfigKey(
                "variant", "string", default: "standard",
                "world wording: standard or paraphrased (use the same one as the sample people source)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable { case seed, variant }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            seed = try container.decode(.seed, default: Self().seed)
            variant = try container.decode(.variant, default: Self().variant)
        }

        public func validate() -> [ConfigProblem] {
            WorldVariant.configProblem(variant).map { [$0] } ?? []
        }
    }

    /// The world searched: the one given, or the shared world of the seed, generated on first use.
    public var world: SampleWorld { fixedWorld ?? SampleWorld.shared(seed: seed, variant: variant) }
    private let fixedWorld: SampleWorld?
    private let seed: UInt64
    private let variant: WorldVariant

    /// Searches `world`.
    public init(world: SampleWorld) {
        fixedWorld = world
        seed = world.seed
        variant = world.variant
    }

    /// Searches the shared world of the configured seed (generated on the first search).
    public init(config: Config = Config()) {
        fixedWorld = nil
        seed = UInt64(bitPattern: Int64(config.seed))
        variant = WorldVariant(rawValue: config.variant) ?? .standard
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
