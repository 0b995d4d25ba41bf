import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// A discovery strategy that always throws `error`.
struct FailingStrategy: DiscoveryStrategy {
    let error: any Error
    func discover(_ requirements: JobRequirements, context: DiscoveryContext) async throws -> DiscoveryResult {
        throw error
    }
}

/// Daily reservations that hold anything and fail every settlement.
struct UnsettlableReservations: CreditReservations {
    func reserveCredits(vendor: String, credits: Int, dailyLimit: Int, ttl: Duration?) async throws -> CreditReservation
    {
        CreditReservation(id: UUID().uuidString, vendor: vendor, day: "2026-01-01", credits: credits)
    }
    func settleCredits(_ reservation: CreditReservation, spent: Int) async throws {
        throw ScoutError.store("the database went away")
    }
}

struct Boom: Error {}

@Suite("errors: fatal and cancellation propagate, causes are kept")
struct ErrorPropagationTests {
    static func orchestrator(
        _ edit: (inout Pipeline) -> Void, yaml: String = "store: {type: memory}",
        logger: Logger = Logger(label: "scout.test")
    ) async throws -> Orchestrator {
        var pipeline = try await TestPipeline.make(yaml: yaml).orchestrator.pipeline
        edit(&pipeline)
        return Orchestrator(pipeline: pipeline, logger: logger)
    }

    @Test("a rejected key in one discovery strategy stops the search with that error, not a smaller answer")
    func fatalDiscoveryError() async throws {
        let orchestrator = try await Self.orchestrator { pipeline in
            pipeline.discovery.append(
                ("bad", FailingStrategy(error: ScoutError(.config, "Tavily rejected the API key"))))
        }
        let error = await #expect(throws: ScoutError.self) {
            try await orchestrator.createSession(jd: SampleJDs.voiceML)
        }
        #expect(error?.code == .config)
        #expect(error?.message == "Tavily rejected the API key")
    }

    @Test("cancellation inside a strategy is thrown as cancellation")
    func cancelledDiscovery() async throws {
        let orchestrator = try await Self.orchestrator {
            $0.discovery = [("bad", FailingStrategy(error: CancellationError()))]
        }
        await #expect(throws: CancellationError.self) { try await orchestrator.createSession(jd: SampleJDs.voiceML) }
    }

    @Test("when every strategy fails, the error says why and keeps the first cause")
    func everyStrategyFailed() async throws {
        let orchestrator = try await Self.orchestrator { $0.discovery = [("a", FailingStrategy(error: Boom()))] }
        let jd = "# Backend Engineer\nWe build developer tooling.\n## Requirements\n- Go\n"
        let error = await #expect(throws: ScoutError.self) { try await orchestrator.createSession(jd: jd) }
        #expect(error?.code == .vendor)
        #expect(error?.message.hasPrefix("every discovery strategy failed: Boom") == true)
        #expect(error?.cause is Boom)
    }

    @Test("a cancelled load-more throws cancellation instead of returning an error result")
    func cancelledLoadMore() async throws {
        let t = try await TestPipeline.make()
        let session = try await t.orchestrator.createSession(jd: TestPipeline.voiceJD)
        t.people.setFault { call in if case .preview = call { return CancellationError() } else { return nil } }
        await #expect(throws: CancellationError.self) {
            try await t.orchestrator.loadMore(sessionID: session.sessionID, count: 20)
        }
    }

    @Test("a vendor failure that is not a ScoutError keeps its cause")
    func causeKept() async throws {
        let t = try await TestPipeline.make()
        t.people.setFault { call in if case .profile = call { return Boom() } else { return nil } }
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 5)
        #expect(result.failure?.code == .vendor)
        #expect(result.failure?.cause is Boom)
    }

    @Test("a reservation that cannot be settled is logged with its error, never dropped silently")
    func settleFailureLogged() async throws {
        let capture = LogCapture()
        let logger = capture.logger("scout.test")
        let orchestrator = try await Self.orchestrator(
            { $0.abilities.reservations = UnsettlableReservations() },
            yaml: "store: {type: memory}\nbudget: {daily_credits: 1000}", logger: logger)
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 3)
        #expect(result.failure == nil)
        let logged = capture.all.filter { $0.contains("settling a credit reservation failed") }
        #expect(!logged.isEmpty)
        #expect(logged.allSatisfy { $0.hasPrefix("error ") && $0.contains("error=the database went away") })
    }
}
