import Foundation
import Logging
import Metrics
import ScoutCore
import ScoutPlugins
import ScoutTesting

/// Builds real pipelines over the sample world for orchestrator tests, with an instrumented people source.
struct TestPipeline {
    let orchestrator: Orchestrator
    let people: InstrumentedPeopleSource
    let clock: ManualClock

    static let voiceJD = SampleJDs.voiceMLAnywhere

    static func make(
        yaml: String = "store: {type: memory}", clock: ManualClock = ManualClock(),
        environment: [String: String] = [:],
        metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) async throws -> TestPipeline {
        let registry = try BuiltinPlugins.registry()
        let config = try ConfigLoader(registry: registry, environment: environment).load(yaml: yaml, file: "test.yaml")
        let logger = Logger(label: "scout.test")
        let runtime = RuntimeContext(
            logger: logger, clock: clock, secrets: SecretResolver(environment: [:]),
            dataDirectory: FileManager.default.temporaryDirectory)
        var pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let people = InstrumentedPeopleSource(pipeline.people)
        pipeline.people = people
        return TestPipeline(
            orchestrator: Orchestrator(pipeline: pipeline, clock: clock, logger: logger, metrics: metrics),
            people: people, clock: clock)
    }

    /// An orchestrator over this pipeline with `change` made to it (another people source, evaluator or web search).
    func orchestrator(changing change: (inout Pipeline) throws -> Void) rethrows -> Orchestrator {
        var pipeline = orchestrator.pipeline
        try change(&pipeline)
        return Orchestrator(pipeline: pipeline, clock: clock, logger: Logger(label: "test"))
    }

    /// A fresh SQLite file path in a new temporary directory.
    static func temporarySQLitePath() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scout-test-\(UUID().uuidString)")
        return dir.appendingPathComponent("scout.sqlite").path
    }
}

/// Collects events for assertions.
final class EventLog: Sendable {
    private let events = LockedValue<[ScoutEvent]>([])
    var handler: ScoutEventHandler { { [events] event in events.withLock { $0.append(event) } } }
    var all: [ScoutEvent] { events.withLock { $0 } }
}
