public import Foundation
public import Logging
public import Metrics

/// The built stages of a pipeline, ready to run.
public struct Pipeline: Sendable {
    public var jdParser: any JDParser
    public var webSearch: any WebSearch
    public var discovery: [(id: String, strategy: any DiscoveryStrategy)]
    public var batching: any BatchingMode
    public var batchingMode: String
    public var batchingEnabled: Bool
    public var people: any PeopleSource
    /// The store; setting it resolves its ``abilities`` again.
    public var store: any ScoutStore {
        didSet {
            abilities = StoreAbilities(of: store)
            chargeBaseline = ChargeBaseline()
        }
    }
    /// The store's optional abilities, resolved once from `store` (when the pipeline is made and when `store` is
    /// replaced); the orchestrator uses these handles and never casts the store.
    public var abilities: StoreAbilities
    /// This process's registration as a charge owner in `store` (``ChargeBaseline``); a new one when `store` is
    /// replaced.
    public private(set) var chargeBaseline = ChargeBaseline()
    public var evaluator: any CandidateEvaluator
    public var evaluatorID: String
    public var session: SessionConfig
    public var cache: CachePolicy
    public var pricing: PricingConfig
    public var budget: BudgetConfig

    public init(
        jdParser: any JDParser, webSearch: any WebSearch, discovery: [(id: String, strategy: any DiscoveryStrategy)],
        batching: any BatchingMode, batchingMode: String, batchingEnabled: Bool, people: any PeopleSource,
        store: any ScoutStore, evaluator: any CandidateEvaluator, evaluatorID: String,
        session: SessionConfig = SessionConfig(), cache: CachePolicy = CachePolicy(),
        pricing: PricingConfig = PricingConfig(),
        budget: BudgetConfig = BudgetConfig()
    ) {
        self.jdParser = jdParser
        self.webSearch = webSearch
        self.discovery = discovery
        self.batching = batching
        self.batchingMode = batchingMode
        self.batchingEnabled = batchingEnabled
        self.people = people
        self.store = store
        self.abilities = StoreAbilities(of: store)
        self.evaluator = evaluator
        self.evaluatorID = evaluatorID
        self.session = session
        self.cache = cache
        self.pricing = pricing
        self.budget = budget
    }
}

/// Shared services for building plugins: logging, metrics, time, secrets and the data directory.
public struct RuntimeContext: Sendable {
    public var logger: Logger
    public var metrics: any MetricsFactory
    public var clock: any ScoutClock
    public var secrets: SecretResolver
    public var dataDirectory: URL

    public init(
        logger: Logger, metrics: any MetricsFactory = NOOPMetricsHandler.instance,
        clock: any ScoutClock = SystemClock(),
        secrets: SecretResolver = SecretResolver(), dataDirectory: URL = URL(fileURLWithPath: ".scout")
    ) {
        self.logger = logger
        self.metrics = metrics
        self.clock = clock
        self.secrets = secrets
        self.dataDirectory = dataDirectory
    }

    func buildContext(for spec: StageSpec) -> BuildContext {
        var logger = self.logger
        logger[metadataKey: "plugin.id"] = .string(spec.id)
        logger[metadataKey: "plugin.type"] = .string(spec.type)
        return BuildContext(
            id: spec.id, path: spec.path, logger: logger, metrics: metrics, clock: clock, secrets: secrets,
            dataDirectory: dataDirectory)
    }
}

extension Pipeline {
    /// Phase 3: makes every configured stage. May do I/O (open the store); fails fast with the stage's path.
    /// Starts nothing: stages that own a run loop are in ``services`` for the host to run.
    public static func build(
        _ config: PipelineConfig, registry: PluginRegistry, runtime: RuntimeContext
    ) async throws -> Pipeline {
        var discovery: [(id: String, strategy: any DiscoveryStrategy)] = []
        for spec in config.discovery {
            discovery.append((spec.id, try await make(spec, registry.discoveries, runtime)))
        }
        return Pipeline(
            jdParser: try await make(config.jdParser, registry.jdParsers, runtime),
            webSearch: try await make(config.webSearch, registry.webSearches, runtime),
            discovery: discovery,
            batching: try await make(config.batching, registry.batchings, runtime),
            batchingMode: config.batching.type,
            batchingEnabled: config.batchingEnabled,
            people: try await make(config.people, registry.peopleSources, runtime),
            store: try await makeStore(config.store, registry: registry, runtime: runtime),
            evaluator: try await make(config.evaluator, registry.evaluators, runtime),
            evaluatorID: config.evaluator.id,
            session: config.session, cache: config.cache, pricing: config.pricing, budget: config.budget)
    }

    /// Makes the configured store alone, through the registry (`scout db migrate`). Like ``build(_:registry:runtime:)``
    /// it starts nothing: run the store's ``Pipeline/services`` while using it.
    public static func makeStore(
        _ spec: StageSpec, registry: PluginRegistry, runtime: RuntimeContext
    ) async throws -> any ScoutStore {
        try await make(spec, registry.stores, runtime)
    }

    private static func make<S>(
        _ spec: StageSpec, _ table: [String: PluginFactory<S>], _ runtime: RuntimeContext
    ) async throws -> S {
        guard let factory = table[spec.type] else {
            throw ScoutError(.config, "\(spec.path).type: unknown type '\(spec.type)'")
        }
        do {
            return try await factory.make(spec.config, context: runtime.buildContext(for: spec))
        } catch let error as ScoutError {
            throw error
        } catch {
            throw ScoutError(.config, "\(spec.path) (\(spec.type)): \(error)", cause: error)
        }
    }
}
