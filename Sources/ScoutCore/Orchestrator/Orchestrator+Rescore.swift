import Foundation
import Logging

/// What a rescore did to a session's FAILED candidates.
public struct RescoreResult: Sendable {
    public var session: SearchSession
    /// Candidates scored now, with their new evaluations.
    public var rescored: [SessionCandidate]
    /// FAILED candidates that failed again (and stay FAILED).
    public var stillFailed: Int
    /// FAILED candidates whose profile is no longer cached: a rescore never collects, so they stay FAILED.
    public var withoutProfile: Int
    /// Set when the evaluator cannot score anyone (`evaluator_failed`): the rescore stopped; what it scored is kept.
    public var failure: ScoutError?

    public init(
        session: SearchSession, rescored: [SessionCandidate], stillFailed: Int, withoutProfile: Int,
        failure: ScoutError?
    ) {
        self.session = session
        self.rescored = rescored
        self.stillFailed = stillFailed
        self.withoutProfile = withoutProfile
        self.failure = failure
    }
}

extension Orchestrator {
    /// Scores a session's FAILED candidates again from the cached profiles and companies, with no vendor call of the
    /// people source (no credits), e.g. after the LLM key was fixed. The next ``loadMore(sessionID:count:workspace:events:)``
    /// does this first too.
    public func rescore(
        sessionID id: SessionID, workspace: String? = nil, events: @escaping ScoutEventHandler = { _ in }
    ) async throws -> RescoreResult {
        let (session, candidates) = try await openSession(id, workspace: workspace)
        let (outcome, failure) = try await inWorkspace(session.workspace) {
            try await rescoreFailed(candidates, session: session, events: events)
        }
        return RescoreResult(
            session: session, rescored: outcome.rescored, stillFailed: outcome.stillFailed,
            withoutProfile: outcome.withoutProfile, failure: failure)
    }

    /// A load-more's first step: the session's FAILED candidates scored again, `existing` updated. The error when the
    /// evaluator still cannot score: the load then stops before it buys more profiles.
    func rescoreBeforeLoading(
        _ existing: inout [SessionCandidate], session: SearchSession, ledger: LedgerSink,
        events: @escaping ScoutEventHandler
    ) async throws -> ScoutError? {
        let (outcome, failure) = try await rescoreFailed(existing, session: session, ledger: ledger, events: events)
        let scored = Dictionary(outcome.rescored.map { ($0.employeeID, $0) }, uniquingKeysWith: { a, _ in a })
        if !scored.isEmpty { existing = existing.map { scored[$0.employeeID] ?? $0 } }
        return failure
    }

    /// Scores the FAILED ones among `candidates` again, `session.concurrency` at once, and stores each new evaluation.
    /// An error (an evaluator nobody can use, ``score(_:requirements:streak:)``; a store error) stops it: nothing new
    /// starts, the rescores in flight finish, and the error comes back with what was done. Throws only cancellation.
    /// The LLM spend goes to the session's ledger and, given a call's `ledger`, into that call's totals.
    func rescoreFailed(
        _ candidates: [SessionCandidate], session: SearchSession, ledger: LedgerSink? = nil,
        events: @escaping ScoutEventHandler
    ) async throws -> (RescoreOutcome, ScoutError?) {
        let failed = candidates.filter { $0.status == .evaluated && $0.evaluation?.status == .failed }
        var outcome = RescoreOutcome()
        guard !failed.isEmpty else { return (outcome, nil) }
        logger.info(
            "rescoring failed evaluations",
            metadata: ["session.id": .string(session.id), "failed": .stringConvertible(failed.count)])
        let streak = FailureStreak(limit: pipeline.session.maxFailedEvaluations)
        let width = max(1, pipeline.session.concurrency)
        var stop: ScoutError?
        await withTaskGroup(of: Result<SessionCandidate?, any Error>.self) { group in
            var next = 0, finished = 0
            while next < failed.count || !group.isEmpty {
                while stop == nil, next < failed.count, next - finished < width {
                    let candidate = failed[next]
                    next += 1
                    group.addTask {
                        do {
                            return .success(
                                try await self.rescoreOne(
                                    candidate, session: session, streak: streak, ledger: ledger))
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                guard let done = await group.next() else { break }
                finished += 1
                switch done {
                case .success(let candidate?):
                    if candidate.evaluation?.status == .failed {
                        outcome.stillFailed += 1
                    } else {
                        outcome.rescored.append(candidate)
                        metrics.evaluationRescored()
                        events(.candidateEvaluated(candidate))
                    }
                case .success(nil):
                    outcome.withoutProfile += 1
                case .failure(let error):
                    if error is CancellationError { group.cancelAll() }
                    if stop == nil {
                        stop = (error as? ScoutError) ?? ScoutError(.store, "rescoring failed: \(error)", cause: error)
                    }
                }
            }
        }
        try Task.checkCancellation()
        if let stop {
            logger.error(
                "rescore stopped", metadata: ["session.id": .string(session.id), "error": .string(stop.message)])
        }
        return (outcome, stop)
    }

    /// Scores one FAILED candidate from the cache; nil when its profile is no longer cached. The new evaluation is
    /// stored only if the candidate is still FAILED (a concurrent rescore may have come first).
    private func rescoreOne(
        _ candidate: SessionCandidate, session: SearchSession, streak: FailureStreak, ledger: LedgerSink?
    ) async throws -> SessionCandidate? {
        try Task.checkCancellation()
        guard let cached = try await records.cachedProfile(employeeID: candidate.employeeID) else { return nil }
        var discovered: [Int: Company] = [:]
        for company in session.companies { if let id = company.vendorID { discovered[id] = company } }
        var companies: [Int: CompanyRecord] = [:]
        for id in RecordCollector.companiesToEnrich(cached.value, policy: pipeline.cache) where discovered[id] == nil {
            if let record = try await records.cachedCompany(id: id)?.value { companies[id] = record }
        }
        let dossier = CandidateDossier(
            preview: candidate.preview, profile: cached.value, companies: companies,
            freshness: candidate.freshness ?? .cached, discovered: discovered)
        let spend = SpendRecorder()
        let evaluation: Evaluation
        do {
            evaluation = try await VendorSpend.$recorder.withValue(spend) {
                try await score(dossier, requirements: session.requirements, streak: streak)
            }
        } catch {
            let entries = spend.drain(sessionID: session.id, at: clock.now())
            try? await pipeline.store.record(entries)
            ledger?.absorb(entries)
            throw error
        }
        let entries = spend.drain(sessionID: session.id, at: clock.now())
        try await pipeline.store.record(entries)
        ledger?.absorb(entries)
        metrics.record(LedgerTotals(entries: entries))
        var rescored = candidate
        rescored.evaluation = evaluation
        guard evaluation.status == .ok else { return rescored }
        // False when a concurrent rescore stored its evaluation first: the candidate is scored either way.
        _ = try await pipeline.store.replaceFailedEvaluation(
            sessionID: session.id, employeeID: candidate.employeeID, with: evaluation)
        return rescored
    }
}

/// The running totals of one rescore.
struct RescoreOutcome: Sendable {
    var rescored: [SessionCandidate] = []
    var stillFailed = 0
    var withoutProfile = 0
}
