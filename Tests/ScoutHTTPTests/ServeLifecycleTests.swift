import Foundation
import Hummingbird
import Logging
import ScoutCore
import ScoutHTTP
import ScoutPlugins
import ScoutTesting
import ServiceLifecycle
import Testing

@Suite("HTTP: the server's run phase")
struct ServeLifecycleTests {
    @Test("serve runs the pipeline's services, migrates before listening, and stops them after a graceful shutdown")
    func serveLifecycle() async throws {
        var registry = try BuiltinPlugins.registry()
        let memory = try #require(registry.stores["memory"])
        let made = LockedValue<[LifecycleStore]>([])
        try registry.register(
            PluginFactory<any ScoutStore>(type: "lifecycle", summary: "test", config: EmptyConfig.self) { _, context in
                let store = LifecycleStore(base: try await memory.makeDefault(context: context))
                made.withLock { $0.append(store) }
                return store
            })
        let config = try ConfigLoader(registry: registry, environment: [:]).load(
            yaml: "store: {type: lifecycle}", file: "test.yaml")
        let logger = Logger(label: "scout.http.test")
        let service = try await ScoutService.make(
            config: config, registry: registry, keys: APIKeys([]), logger: logger,
            secrets: SecretResolver(environment: [:]),
            dataDirectory: FileManager.default.temporaryDirectory)
        let store = try #require(made.withLock { $0.first })
        let listening = AsyncStream<Int>.makeStream()
        let app = try buildApplication(service: service, host: "127.0.0.1", port: 0, logger: logger) { port in
            store.note("listening")
            listening.continuation.yield(port)
        }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [app], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var ports = listening.stream.makeAsyncIterator()
            #expect(await ports.next() != nil)
            #expect(store.journal == ["run", "migrate", "listening"])
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(store.journal == ["run", "migrate", "listening", "stopped"])
    }
}
