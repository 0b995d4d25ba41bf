import Foundation
import Logging
import PostgresStore
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// Issue 10 on Postgres: 20 concurrent load-mores on one session, from two processes (two pipelines with their own
/// pools, caches and flights), do the work of the same 20 load-mores run one after another.
@Suite("postgres: one worker per slice", .serialized)
struct PostgresSliceLeaseTests {
    struct Process {
        let pipeline: Pipeline
        let orchestrator: Orchestrator
        let people: InstrumentedPeopleSource
        let evaluator: InstrumentedEvaluator
    }

    static func process(_ database: PostgresConnectionString) async throws -> Process {
        let registry = try BuiltinPlugins.registry()
        let yaml = "store: {type: postgres, url: {env: SCOUT_PG}, tls: disable, pool_size: 4}"
        let config = try ConfigLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "test.yaml")
        let logger = Logger(label: "scout.pg.test")
        let runtime = RuntimeContext(
            logger: logger, secrets: SecretResolver(environment: ["SCOUT_PG": PostgresOrchestratorTests.url(database)]))
        var pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let (people, evaluator) = pipeline.instrument()
        return Process(
            pipeline: pipeline, orchestrator: Orchestrator(pipeline: pipeline, logger: logger), people: people,
            evaluator: evaluator)
    }

    struct Figures {
        var stored: [Int]
        var returned: [Int]
        var profiles: [Int: Int]
        var companies: [Int: Int]
        var previewPages: Int
        var evaluations: Int
        var ledger: LedgerTotals
    }

    /// A search, then 20 load-mores of 20: one after another in one process, or all at once from two.
    static func figures(concurrent: Bool) async throws -> Figures {
        try await TestDatabase.with { database in
            let a = try await process(database), b = try await process(database)
            let logger = Logger(label: "scout.pg.test")
            return try await a.pipeline.run(logger: logger) {
                try await b.pipeline.run(logger: logger) {
                    let first = try await a.orchestrator.search(jd: PostgresOrchestratorTests.jd, count: 20)
                    let id = first.session.sessionID
                    var results: [LoadResult] = []
                    if concurrent {
                        results = try await withThrowingTaskGroup(of: LoadResult.self, returning: [LoadResult].self) {
                            group in
                            for worker in 0..<20 {
                                let process = worker % 2 == 0 ? a : b
                                group.addTask { try await process.orchestrator.loadMore(sessionID: id, count: 20) }
                            }
                            return try await group.reduce(into: []) { $0.append($1) }
                        }
                    } else {
                        for _ in 0..<20 { results.append(try await a.orchestrator.loadMore(sessionID: id, count: 20)) }
                    }
                    #expect(results.allSatisfy { $0.failure == nil })
                    let report = try await a.orchestrator.report(sessionID: id)
                    var profiles = a.people.counts.profiles, companies = a.people.counts.companies
                    for (key, n) in b.people.counts.profiles { profiles[key, default: 0] += n }
                    for (key, n) in b.people.counts.companies { companies[key, default: 0] += n }
                    return Figures(
                        stored: report.ranked.map(\.employeeID),
                        returned: first.newCandidates.map(\.employeeID)
                            + results.flatMap { $0.newCandidates.map(\.employeeID) },
                        profiles: profiles, companies: companies,
                        previewPages: a.people.counts.previewPages + b.people.counts.previewPages,
                        evaluations: a.evaluator.evaluations + b.evaluator.evaluations, ledger: report.ledger)
                }
            }
        }
    }

    @Test("20 concurrent load-mores from two processes equal 20 sequential ones (± one slice)")
    func concurrentEqualsSequential() async throws {
        let sequential = try await Self.figures(concurrent: false)
        let concurrent = try await Self.figures(concurrent: true)
        for figures in [sequential, concurrent] {
            #expect(figures.returned.count == Set(figures.returned).count, "a candidate was handed out twice")
            #expect(Set(figures.returned) == Set(figures.stored))
            #expect(figures.profiles.values.allSatisfy { $0 == 1 }, "a profile was collected twice")
            #expect(figures.companies.values.allSatisfy { $0 == 1 }, "a company was collected twice")
            #expect(figures.ledger.profiles.misses == figures.profiles.values.reduce(0, +))
        }
        #expect(Set(concurrent.stored) == Set(sequential.stored))
        #expect(Set(concurrent.profiles.keys) == Set(sequential.profiles.keys))
        #expect(Set(concurrent.companies.keys) == Set(sequential.companies.keys))
        #expect(abs(concurrent.evaluations - sequential.evaluations) <= 20, "evaluations ± one slice")
        #expect(abs(concurrent.previewPages - sequential.previewPages) <= 5, "preview pages ± one slice")
        #expect(concurrent.ledger.creditsUsed == sequential.ledger.creditsUsed)
        #expect(concurrent.ledger.creditsSaved == sequential.ledger.creditsSaved)
    }
}
