import Foundation
import Logging

extension Orchestrator {
    /// Collects (through the cache) and evaluates picked previews with bounded concurrency. Returns one result per
    /// pick, in pick order: a vendor failure is that pick's error (the caller commits the picks before the first
    /// failure); evaluation failures are kept as failed evaluations instead. An evaluator nobody can use (a rejected
    /// key, a wrong endpoint, an exhausted balance, `max_failed_evaluations` FAILED in a row) stops the slice: the
    /// picks in flight are kept as FAILED (their profiles are paid for and cached, so a rescore scores them without
    /// collecting), the unstarted ones get `stop` as their error, and `stop` is returned.
    /// With `slots`, each pick also waits for one of the load-more's shared slots (and a stop stops them all).
    func collectAndEvaluate(
        _ picked: [CandidatePreview], session: SearchSession, batch: Int, firstOrdinal: Int,
        ledger: LedgerSink, slots: EvaluationSlots? = nil, events: @escaping ScoutEventHandler
    ) async -> (results: [Result<SessionCandidate, any Error>], stop: ScoutError?) {
        let width = max(1, pipeline.session.concurrency)
        let streak = FailureStreak(limit: pipeline.session.maxFailedEvaluations)
        var results = [Result<SessionCandidate, any Error>](
            repeating: .failure(CancellationError()), count: picked.count)
        var stopAt: ScoutError?
        await withTaskGroup(of: IndexedCandidate.self) { group in
            var next = 0, finished = 0
            // After an error no other pick can get past (a rejected key, an exhausted balance or budget), nothing new
            // starts: the picks in flight finish, the rest stay unstarted (and unpaid).
            var stopped = false
            var stop: ScoutError?
            while next < picked.count || !group.isEmpty {
                while !stopped, next < picked.count, next - finished < width {
                    let index = next, preview = picked[index]
                    next += 1
                    group.addTask {
                        if let slots, let stopped = await slots.acquire() {
                            return IndexedCandidate(index: index, result: .failure(stopped))
                        }
                        let outcome: IndexedCandidate
                        do {
                            outcome = IndexedCandidate(
                                index: index,
                                result: .success(
                                    try await self.process(
                                        preview, session: session, batch: batch, ordinal: firstOrdinal + index,
                                        ledger: ledger, streak: streak, events: events)))
                        } catch {
                            outcome = IndexedCandidate(index: index, result: .failure(error))
                        }
                        await slots?.release()
                        return outcome
                    }
                }
                guard let done = await group.next() else { break }
                results[done.index] = done.result
                finished += 1
                if case .failure(let error as EvaluatorStopped) = done.result {
                    results[done.index] = .success(error.candidate)
                    stop = stop ?? error.error
                    stopped = true
                    await slots?.stop(error.error)
                }
                if case .failure(let error as ScoutError) = done.result, Self.stopsEvaluation(error) {
                    stopped = true
                    await slots?.stop(error)
                }
                if stopped, next < picked.count, group.isEmpty { break }
            }
            if let stop { for index in next..<picked.count { results[index] = .failure(stop) } }
            stopAt = stop
        }
        return (results, stopAt)
    }

    /// The session's discovered companies by vendor id, as far as they concern one profile: those of the batches up
    /// to `batch` (resolved by now), and any other discovered company one of the profile's experiences names exactly
    /// (later batches are resolved lazily, so their ids may not be known yet; the answer must not depend on that).
    static func discovered(in session: SearchSession, upTo batch: Int, profile: Profile) -> [Int: Company] {
        var discovered: [Int: Company] = [:]
        for earlier in session.batches.prefix(batch + 1) {
            for company in earlier.companies { if let id = company.vendorID { discovered[id] = company } }
        }
        var byKey: [String: Company] = [:]
        for company in session.companies where byKey[company.key] == nil { byKey[company.key] = company }
        for experience in profile.experiences {
            guard let id = experience.companyID, id > 0, discovered[id] == nil,
                var company = byKey[CompanyKey.normalize(experience.companyName)]
            else { continue }
            company.vendorID = id
            discovered[id] = company
        }
        return discovered
    }

    func process(
        _ preview: CandidatePreview, session: SearchSession, batch: Int, ordinal: Int, ledger: LedgerSink,
        streak: FailureStreak, events: @escaping ScoutEventHandler
    ) async throws -> SessionCandidate {
        try Task.checkCancellation()
        guard
            let outcome = try await collector.profile(
                employeeID: preview.employeeID, sessionID: session.id, ledger: ledger)
        else {
            events(
                .candidateUnavailable(
                    employeeID: preview.employeeID, reason: "the people source has no profile for this id"))
            return SessionCandidate(
                sessionID: session.id, employeeID: preview.employeeID, batchIndex: batch, ordinal: ordinal,
                preview: preview, status: .unavailable, freshness: nil, profileFetchedAt: nil,
                evaluation: nil, note: "profile not found at the people source (not billed)", foundAt: clock.now())
        }
        events(.profileCollected(employeeID: preview.employeeID, freshness: outcome.freshness))
        let discovered = Self.discovered(in: session, upTo: batch, profile: outcome.profile)
        // A discovered company's market is already known from discovery's evidence: its record is not bought again.
        // The companies are collected at once (the vendor client keeps its own pace), not one round trip after another.
        var companies: [Int: CompanyRecord] = [:]
        let wanted = RecordCollector.companiesToEnrich(outcome.profile, policy: pipeline.cache).filter {
            discovered[$0] == nil
        }
        try await withThrowingTaskGroup(of: (Int, CompanyRecord?).self) { group in
            for id in wanted {
                group.addTask { (id, try await collector.company(id: id, sessionID: session.id, ledger: ledger)) }
            }
            for try await (id, record) in group { if let record { companies[id] = record } }
        }
        let dossier = CandidateDossier(
            preview: preview, profile: outcome.profile, companies: companies, freshness: outcome.freshness,
            discovered: discovered)
        let evaluation: Evaluation
        var stop: ScoutError?
        // The LLM's tokens and their price go to the session's ledger, also when the evaluation failed.
        let spend = SpendRecorder()
        do {
            evaluation = try await VendorSpend.$recorder.withValue(spend) {
                try await score(dossier, requirements: session.requirements, streak: streak)
            }
        } catch let error as ScoutError where error.code == .evaluatorFailed {
            // Kept as FAILED: the profile is paid for, and a rescore scores it without collecting.
            evaluation = .failed(evaluator: pipeline.evaluatorID, reason: error.message)
            stop = error
        } catch {
            for entry in spend.drain(sessionID: session.id, at: clock.now()) { try? await ledger.add(entry) }
            throw error
        }
        for entry in spend.drain(sessionID: session.id, at: clock.now()) { try await ledger.add(entry) }
        var enriched = preview
        if let current = outcome.profile.currentExperience {
            enriched.currentTitle = enriched.currentTitle ?? current.title
            enriched.currentCompany = enriched.currentCompany ?? current.companyName
        }
        let candidate = SessionCandidate(
            sessionID: session.id, employeeID: preview.employeeID, batchIndex: batch, ordinal: ordinal,
            preview: enriched,
            status: .evaluated, freshness: outcome.freshness, profileFetchedAt: outcome.fetchedAt,
            evaluation: evaluation,
            foundAt: clock.now())
        events(.candidateEvaluated(candidate))
        if let stop { throw EvaluatorStopped(candidate: candidate, error: stop) }
        return candidate
    }
}

extension Orchestrator {
    /// Scores one dossier. An evaluation that fails is kept as FAILED (a later rescore or load-more scores it again);
    /// errors no retry can fix (a rejected key, a wrong endpoint, an exhausted balance) and `streak`'s limit of FAILED
    /// evaluations in a row are thrown as `evaluator_failed`: nobody can be scored, so no more profiles are bought.
    func score(
        _ dossier: CandidateDossier, requirements: JobRequirements, streak: FailureStreak
    ) async throws -> Evaluation {
        let evaluation: Evaluation
        do {
            var result = try await answers.evaluation(
                dossier, requirements: requirements, evaluator: pipeline.evaluator)
            let problems = result.schemaProblems
            if !problems.isEmpty {
                result = .failed(evaluator: pipeline.evaluatorID, reason: problems.joined(separator: "; "))
            }
            evaluation = EvaluationGuard.apply(result, dossier: dossier, requirements: requirements)
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as ScoutError where Self.stopsEvaluation(error) {
            // A rejected key, a wrong endpoint or an exhausted balance fails every evaluation the same way: stop before
            // more profiles are bought for candidates nobody can score, and say why.
            logger.error("evaluator unusable", metadata: ["error": .string(error.message)])
            let code: ScoutError.Code = error.code == .budgetExceeded ? .budgetExceeded : .evaluatorFailed
            throw ScoutError(code, "evaluator \(pipeline.evaluatorID): \(error.message)", cause: error)
        } catch {
            logger.warning(
                "evaluation failed",
                metadata: [
                    "employee.id": .stringConvertible(dossier.preview.employeeID), "error": .string("\(error)"),
                ])
            evaluation = .failed(evaluator: pipeline.evaluatorID, reason: "\(error)")
        }
        guard evaluation.status == .failed else {
            streak.succeeded()
            return evaluation
        }
        metrics.evaluationFailed()
        if let run = streak.failed() {
            let reason = evaluation.failureReason ?? evaluation.summary
            logger.error(
                "evaluator failing systematically",
                metadata: ["failed.in.a.row": .stringConvertible(run), "error": .string(reason)])
            // The limit, not this run's count: evaluations running at once may each cross it, and whichever error
            // surfaces first must say the same.
            throw ScoutError(
                .evaluatorFailed,
                "evaluator \(pipeline.evaluatorID): \(streak.limit) evaluations in a row failed, the last with: \(reason)"
            )
        }
        return evaluation
    }
}

/// FAILED evaluations in a row within one load or rescore, shared by its concurrent evaluations.
final class FailureStreak: Sendable {
    /// FAILED evaluations in a row that stop the work; 0 never stops.
    let limit: Int
    private let run = LockedValue(0)

    init(limit: Int) { self.limit = limit }

    func succeeded() { run.withLock { $0 = 0 } }

    /// Counts one FAILED evaluation; the run's length when it reached the limit, else nil.
    func failed() -> Int? {
        run.withLock { run in
            run += 1
            return limit > 0 && run >= limit ? run : nil
        }
    }
}

/// A pick kept as FAILED because the evaluator cannot score anyone: the slice stops after it.
struct EvaluatorStopped: Error {
    let candidate: SessionCandidate
    let error: ScoutError
}

/// One processed candidate with its position in the pick order.
private struct IndexedCandidate: Sendable {
    let index: Int
    let result: Result<SessionCandidate, any Error>
}

extension Orchestrator {
    /// Evaluator errors no retry and no other candidate can get past (``ScoutError/stopsWork``).
    static func stopsEvaluation(_ error: ScoutError) -> Bool { error.stopsWork }
}
