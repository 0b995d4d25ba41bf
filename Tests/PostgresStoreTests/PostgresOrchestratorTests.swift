import Foundation
import Logging
import PostgresStore
import ScoutCore
import ScoutPlugins
import ScoutTesting
import Testing

/// The orchestrator on a shared Postgres database, with two pipelines standing in for two processes: separate
/// pools, separate in-process caches and flights, separate people-source counters.
@Suite("postgres: orchestrators in several processes", .serialized)
struct PostgresOrchestratorTests {
    static let jd = """
        # Senior Machine Learning Engineer, Speech
        About Cantora Voice: we build voice agents.
        We want people from companies like Echowave, Parlance AI and Vocalith.
        ## Requirements
        - Python
        - PyTorch
        """

    struct Process {
        let pipeline: Pipeline
        let orchestrator: Orchestrator
        let people: InstrumentedPeopleSource
    }

    static func url(_ c: PostgresConnectionString) -> String {
        let password =
            c.password.map { ":" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
        return "postgres://\(c.username)\(password)@\(c.host):\(c.port)/\(c.database)"
    }

    static func process(_ database: PostgresConnectionString) async throws -> Process {
        let registry = try BuiltinPlugins.registry()
        let yaml = "store: {type: postgres, url: {env: SCOUT_PG}, tls: disable, pool_size: 4}"
        let config = try ConfigLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "test.yaml")
        let logger = Logger(label: "scout.pg.test")
        let runtime = RuntimeContext(logger: logger, secrets: SecretResolver(environment: ["SCOUT_PG": url(database)]))
        var pipeline = try await Pipeline.build(config, registry: registry, runtime: runtime)
        let people = InstrumentedPeopleSource(pipeline.people)
        pipeline.people = people
        return Process(
            pipeline: pipeline, orchestrator: Orchestrator(pipeline: pipeline, logger: logger), people: people)
    }

    /// Two processes on `database`, each with its pool running (and the schema migrated) while `body` runs.
    static func withProcesses<T>(
        _ database: PostgresConnectionString, _ body: (Process, Process) async throws -> T
    ) async throws -> T {
        let a = try await process(database), b = try await process(database)
        let logger = Logger(label: "scout.pg.test")
        return try await a.pipeline.run(logger: logger) {
            try await b.pipeline.run(logger: logger) { try await body(a, b) }
        }
    }

    @Test("2 × 25 concurrent load-mores on one session: each slice once, no candidate lost, nobody billed twice")
    func concurrentLoadMore() async throws {
        try await TestDatabase.with { database in
            try await Self.withProcesses(database) { a, b in
                let first = try await a.orchestrator.search(jd: Self.jd, count: 20)
                let id = first.session.id
                let results = try await withThrowingTaskGroup(of: LoadResult.self, returning: [LoadResult].self) {
                    group in
                    for worker in 0..<50 {
                        let process = worker % 2 == 0 ? a : b
                        group.addTask {
                            try await process.orchestrator.loadMore(sessionID: .init(stored: id), count: 20)
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(results.allSatisfy { $0.failure == nil })
                let report = try await a.orchestrator.report(sessionID: .init(stored: id))
                let returned =
                    first.newCandidates.map(\.employeeID) + results.flatMap { $0.newCandidates.map(\.employeeID) }
                // Every committed candidate was handed to exactly one caller, and none twice.
                #expect(returned.count == Set(returned).count)
                #expect(Set(returned) == Set(report.ranked.map(\.employeeID)))
                #expect(report.session.isExhausted || returned.count == 20 * 51)
                // Each slice was committed once: batches are contiguous and within the quota.
                let perBatch = Dictionary(grouping: report.ranked, by: \.batchIndex).mapValues(\.count)
                #expect(perBatch.values.allSatisfy { $0 <= report.session.settings.candidatesPerBatch })
                // Never billed twice across the two processes; the ledger agrees with the vendors' own counts.
                var collects: [Int: Int] = a.people.counts.profiles
                for (id, n) in b.people.counts.profiles { collects[id, default: 0] += n }
                #expect(
                    collects.values.allSatisfy { $0 == 1 },
                    "profiles collected twice: \(collects.filter { $0.value > 1 }.keys.sorted())")
                var companies: [Int: Int] = a.people.counts.companies
                for (id, n) in b.people.counts.companies { companies[id, default: 0] += n }
                #expect(companies.values.allSatisfy { $0 == 1 })
                let ledger = try await a.orchestrator.report(sessionID: .init(stored: id)).ledger
                #expect(ledger.profiles.misses == collects.values.reduce(0, +))
                #expect(ledger.companies.misses == companies.values.reduce(0, +))
            }
        }
    }

    @Test("two sessions needing the same people at once fetch each record once")
    func sharedRecords() async throws {
        try await TestDatabase.with { database in
            try await Self.withProcesses(database) { a, b in
                async let first = a.orchestrator.search(jd: Self.jd, count: 20)
                async let second = b.orchestrator.search(jd: Self.jd, count: 20)
                let (ra, rb) = try await (first, second)
                #expect(Set(ra.newCandidates.map(\.employeeID)) == Set(rb.newCandidates.map(\.employeeID)))
                var collects: [Int: Int] = a.people.counts.profiles
                for (id, n) in b.people.counts.profiles { collects[id, default: 0] += n }
                #expect(collects.count == 20)
                #expect(collects.values.allSatisfy { $0 == 1 })
                #expect(
                    ra.ledger.creditsUsed + rb.ledger.creditsUsed
                        == a.people.counts.profileCollects + b.people.counts.profileCollects
                        + a.people.counts.companyCollects + b.people.counts.companyCollects)
            }
        }
    }
}
