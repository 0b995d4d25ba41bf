import Foundation
import Logging
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// Issue 10: one worker per slice. 20 concurrent load-mores on one session commit the same candidates with the same
/// vendor calls and evaluations (± one slice) as the same 20 load-mores run one after another.
@Suite("one worker per slice: concurrent load-mores do the work of sequential ones")
struct SliceLeaseTests {
    struct Run {
        let orchestrator: Orchestrator
        let people: InstrumentedPeopleSource
        let evaluator: InstrumentedEvaluator
    }

    static func make(yaml: String) async throws -> Run {
        let registry = try BuiltinPlugins.registry()
        let config = try ConfigLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "test.yaml")
        let logger = Logger(label: "scout.test")
        let runtime = RuntimeContext(
            logger: logger, clock: ManualClock(), secrets: SecretResolver(environment: [:]),
            dataDirectory: FileManager.default.temporaryDirectory)
        var pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let (people, evaluator) = pipeline.instrument()
        return Run(
            orchestrator: Orchestrator(pipeline: pipeline, clock: ManualClock(), logger: logger),
            people: people, evaluator: evaluator)
    }

    /// What a search plus 20 load-mores of 20 did: the committed candidates, what each call returned, the vendor calls.
    struct Figures {
        var stored: [Int]
        var returned: [[Int]]
        var people: InstrumentedPeopleSource.Counts
        var evaluations: Int
        var creditsUsed: Int
        var creditsSaved: Int
    }

    static func figures(yaml: String, concurrent: Bool) async throws -> Figures {
        let run = try await make(yaml: yaml)
        let first = try await run.orchestrator.search(jd: TestPipeline.voiceJD, count: 20)
        let id = first.session.sessionID
        var results: [LoadResult] = []
        if concurrent {
            results = try await withThrowingTaskGroup(of: LoadResult.self, returning: [LoadResult].self) { group in
                for _ in 0..<20 { group.addTask { try await run.orchestrator.loadMore(sessionID: id, count: 20) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        } else {
            for _ in 0..<20 { results.append(try await run.orchestrator.loadMore(sessionID: id, count: 20)) }
        }
        #expect(results.allSatisfy { $0.failure == nil })
        let report = try await run.orchestrator.report(sessionID: id)
        return Figures(
            stored: report.ranked.map(\.employeeID),
            returned: [first.newCandidates.map(\.employeeID)] + results.map { $0.newCandidates.map(\.employeeID) },
            people: run.people.counts, evaluations: run.evaluator.evaluations,
            creditsUsed: report.ledger.creditsUsed, creditsSaved: report.ledger.creditsSaved)
    }

    @Test(
        "20 concurrent load-mores equal 20 sequential ones: same candidates, same collects, evaluations ± one slice",
        arguments: ["memory", "sqlite"])
    func concurrentEqualsSequential(_ store: String) async throws {
        func yaml() -> String {
            store == "sqlite"
                ? "store: {type: sqlite, path: \"\(TestPipeline.temporarySQLitePath())\"}" : "store: {type: memory}"
        }
        let sequential = try await Self.figures(yaml: yaml(), concurrent: false)
        let concurrent = try await Self.figures(yaml: yaml(), concurrent: true)
        for figures in [sequential, concurrent] {
            let returned = figures.returned.flatMap { $0 }
            #expect(returned.count == Set(returned).count, "a candidate was handed out twice")
            #expect(Set(returned) == Set(figures.stored), "every committed candidate reached exactly one caller")
            #expect(figures.people.profilesBilledTwice.isEmpty)
            #expect(figures.people.companiesBilledTwice.isEmpty)
        }
        #expect(Set(concurrent.stored) == Set(sequential.stored))
        #expect(Set(concurrent.people.profiles.keys) == Set(sequential.people.profiles.keys))
        #expect(Set(concurrent.people.companies.keys) == Set(sequential.people.companies.keys))
        // Every collected profile became a candidate: nothing was paid for a discarded slice.
        #expect(Set(concurrent.people.profiles.keys) == Set(concurrent.stored))
        let quota = 20
        #expect(abs(concurrent.evaluations - sequential.evaluations) <= quota, "evaluations ± one slice")
        // A slice reads at most five pages of a pass (the result cap of 100, 20 a page).
        #expect(abs(concurrent.people.previewPages - sequential.people.previewPages) <= 5, "preview pages ± one slice")
        #expect(concurrent.creditsUsed == sequential.creditsUsed)
        // Cache hits count committed work only: the same as when the calls ran one after another.
        #expect(concurrent.creditsSaved == sequential.creditsSaved)
    }
}
