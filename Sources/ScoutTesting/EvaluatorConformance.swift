import Foundation
public import ScoutCore
public import Testing

/// Checks every ``CandidateEvaluator`` must pass:
///
///     try await EvaluatorConformance.run(evaluator, deterministic: true)
///
/// For each case: scores within 0–10, a failure reason exactly when failed, a recommendation within one step of the
/// score's, a non-empty summary and evaluator id, text and facts for every strength and concern, the facts found in
/// the dossier (``ProfileFactCheck``), the same answer twice when `deterministic`, and a cancelled evaluation that
/// throws or returns promptly.
public enum EvaluatorConformance {
    /// A dossier and the requirements it is scored against.
    public typealias Case = (dossier: CandidateDossier, requirements: JobRequirements)

    public static func run(
        _ evaluator: any CandidateEvaluator, deterministic: Bool, cases: [Case] = EvaluatorSamples.cases,
        cancellationTimeout: Duration = .seconds(5), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for (index, item) in cases.enumerated() {
            let evaluation = try await evaluator.evaluate(item.dossier, for: item.requirements)
            check(evaluation, dossier: item.dossier, label: "case \(index)", sourceLocation: sourceLocation)
            if deterministic {
                let again = try await evaluator.evaluate(item.dossier, for: item.requirements)
                #expect(
                    again == evaluation, "case \(index): a deterministic evaluator must give the same evaluation twice",
                    sourceLocation: sourceLocation)
            }
        }
        if let first = cases.first {
            let finished = await finishesAfterCancel(within: cancellationTimeout) {
                _ = try await evaluator.evaluate(first.dossier, for: first.requirements)
            }
            #expect(
                finished, "a cancelled evaluation must throw or return within \(cancellationTimeout)",
                sourceLocation: sourceLocation)
        }
    }

    /// The schema and evidence checks on one evaluation.
    public static func check(
        _ evaluation: Evaluation, dossier: CandidateDossier, label: String = "evaluation",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            evaluation.schemaProblems.isEmpty, "\(label): \(evaluation.schemaProblems)", sourceLocation: sourceLocation)
        #expect(!evaluation.evaluator.isEmpty, "\(label): evaluator id is empty", sourceLocation: sourceLocation)
        let reason = evaluation.failureReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        #expect(
            (evaluation.status == .failed) == !reason.isEmpty,
            "\(label): status \(evaluation.status.rawValue) needs a failure reason exactly when failed, got '\(reason)'",
            sourceLocation: sourceLocation)
        guard evaluation.status == .ok else { return }
        let order = Recommendation.allCases
        let expected = order.firstIndex(of: Recommendation(score: evaluation.overall))!
        let given = order.firstIndex(of: evaluation.recommendation)!
        #expect(
            abs(expected - given) <= 1,
            "\(label): recommendation \(evaluation.recommendation.rawValue) is far from overall \(evaluation.overall)",
            sourceLocation: sourceLocation)
        let problems = ProfileFactCheck.problems(in: evaluation, dossier: dossier)
        #expect(problems.isEmpty, "\(label): \(problems.joined(separator: "; "))", sourceLocation: sourceLocation)
        #expect(
            evaluation.unknowns.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
            "\(label): an unknown is empty", sourceLocation: sourceLocation)
    }

    /// Starts `operation` in a task, cancels it at once, and reports whether it ended (by throwing or returning)
    /// within `timeout`. A task that ignores cancellation and hangs is left running.
    public static func finishesAfterCancel(
        within timeout: Duration, _ operation: @escaping @Sendable () async throws -> Void
    ) async -> Bool {
        let resumed = LockedValue(false)
        return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            @Sendable func finish(_ value: Bool) {
                let first = resumed.withLock { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(returning: value) }
            }
            let task = Task {
                try? await operation()
                finish(true)
            }
            task.cancel()
            Task {
                try? await Task.sleep(for: timeout)
                finish(false)
            }
        }
    }
}
