import Foundation

/// One configured stage instance: its type, id, decoded config and where it was declared.
public struct StageSpec: Sendable {
    public var kind: StageKind
    public var type: String
    public var id: String
    /// Rendered config path, e.g. `discovery[1]`.
    public var path: String
    public var config: any PluginConfig

    public init(kind: StageKind, type: String, id: String, path: String, config: any PluginConfig) {
        self.kind = kind
        self.type = type
        self.id = id
        self.path = path
        self.config = config
    }
}

/// A validated plugins.yaml: which plugin runs each stage, with typed configs, plus the core sections.
public struct PipelineConfig: Sendable {
    public var jdParser: StageSpec
    public var webSearch: StageSpec
    public var discovery: [StageSpec]
    public var batching: StageSpec
    /// False = one search over all companies, as before batching existed.
    public var batchingEnabled: Bool
    public var people: StageSpec
    public var store: StageSpec
    public var evaluator: StageSpec
    public var session: SessionConfig
    public var cache: CachePolicy
    public var pricing: PricingConfig
    public var budget: BudgetConfig
    /// Non-fatal notes (deprecations, overrides from the environment).
    public var warnings: [ConfigIssue]
}
