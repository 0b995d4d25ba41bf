import Foundation
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// A memory store whose session list (`GET /api/jd/list-sessions`) takes `delay` (or until ``setSlow(_:)`` turns
/// it off) while it is slow, honouring cancellation; the readiness probe's list stays fast. It counts the slow lists
/// that have started.
final class SlowListStore: StoreDecorator {
    let base: any ScoutStore
    let delay: Duration
    private let state = LockedValue((slow: true, started: 0))

    init(base: any ScoutStore, delay: Duration) {
        self.base = base
        self.delay = delay
    }

    var started: Int { state.withLock { $0.started } }
    func setSlow(_ slow: Bool) { state.withLock { $0.slow = slow } }

    func sessions(workspace: String, limit: Int, offset: Int) async throws -> [SearchSession] {
        let slow = state.withLock { state in
            guard state.slow, workspace != "readyz-probe" else { return false }
            state.started += 1
            return true
        }
        let end = ContinuousClock.now + delay
        while slow, ContinuousClock.now < end, state.withLock({ $0.slow }) {
            try await Task.sleep(for: .milliseconds(10))
        }
        return try await base.sessions(workspace: workspace, limit: limit, offset: offset)
    }

    /// A registry whose `slow` store is this decorator over the memory store; `made` receives the instance.
    static func registry(delay: Duration, made: LockedValue<SlowListStore?>) throws -> PluginRegistry {
        var registry = try BuiltinPlugins.registry()
        let memory = try #require(registry.stores["memory"])
        try registry.register(
            PluginFactory<any ScoutStore>(type: "slow", summary: "test", config: EmptyConfig.self) { _, context in
                let store = SlowListStore(base: try await memory.makeDefault(context: context), delay: delay)
                made.withLock { $0 = store }
                return store
            })
        return registry
    }

    /// Waits (up to 30 s) until `count` slow lists have started.
    func waitForStarted(_ count: Int) async throws {
        for _ in 0..<3_000 where started < count { try await Task.sleep(for: .milliseconds(10)) }
    }
}
