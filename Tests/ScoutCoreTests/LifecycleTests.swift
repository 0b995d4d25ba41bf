import Foundation
import Logging
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// The run phase: stages that own a run loop are services the host runs; migrations run once they do, before work.
@Suite("pipeline lifecycle")
struct LifecycleTests {
    /// The built-in plugins plus a `lifecycle` store type whose instances the test can see.
    static func registry(made: LockedValue<[LifecycleStore]>, migratesOnStart: Bool) throws -> PluginRegistry {
        var registry = try BuiltinPlugins.registry()
        let memory = try #require(registry.stores["memory"])
        try registry.register(
            PluginFactory<any ScoutStore>(type: "lifecycle", summary: "test", config: EmptyConfig.self) { _, context in
                let store = LifecycleStore(
                    base: try await memory.makeDefault(context: context), migratesOnStart: migratesOnStart)
                made.withLock { $0.append(store) }
                return store
            })
        return registry
    }

    static func pipeline(migratesOnStart: Bool = true) async throws -> (Pipeline, LifecycleStore) {
        let made = LockedValue<[LifecycleStore]>([])
        let registry = try registry(made: made, migratesOnStart: migratesOnStart)
        let config = try ConfigLoader(registry: registry, environment: [:]).load(
            yaml: "store: {type: lifecycle}", file: "test.yaml")
        let pipeline = try await Pipeline.build(
            config, registry: registry,
            runtime: RuntimeContext(logger: Logger(label: "scout.test"), secrets: SecretResolver(environment: [:])))
        return (pipeline, try #require(made.withLock { $0.first }))
    }

    @Test("a built pipeline lists its store as a service and starts nothing itself")
    func servicesListed() async throws {
        let (pipeline, store) = try await Self.pipeline()
        #expect(pipeline.services.count == 1)
        #expect(pipeline.services.first is LifecycleStore)
        #expect(pipeline.abilities.migrations != nil)
        #expect(store.journal.isEmpty, "building ran or migrated the store")
    }

    @Test("run: the services start, migrations run, then the work; the services stop when it ends")
    func runOrder() async throws {
        let (pipeline, store) = try await Self.pipeline()
        let orchestrator = Orchestrator(pipeline: pipeline, logger: Logger(label: "scout.test"))
        let result = try await pipeline.run(logger: Logger(label: "scout.test")) {
            let result = try await orchestrator.search(jd: SampleJDs.voiceMLAnywhere, count: 3)
            store.note("work")
            return result
        }
        #expect(result.newCandidates.count == 3)
        #expect(store.journal == ["run", "migrate", "work", "stopped"])
    }

    @Test("run: without migrate_on_start nothing is migrated; a failing body still stops the services")
    func noMigrationAndFailure() async throws {
        let (pipeline, store) = try await Self.pipeline(migratesOnStart: false)
        await #expect(throws: ScoutError.self) {
            try await pipeline.run(logger: Logger(label: "scout.test")) { () async throws -> Int in
                _ = try await pipeline.store.sessions(workspace: "w", limit: 1, offset: 0)
                store.note("work")
                throw ScoutError.badInput("boom")
            }
        }
        #expect(store.journal == ["run", "work", "stopped"])
    }
}
