public import ScoutCore

/// An evaluator that counts the evaluations it makes (the LLM calls an LLM evaluator would make), then delegates.
public final class InstrumentedEvaluator: CandidateEvaluator {
    let base: any CandidateEvaluator
    private let count = LockedValue(0)

    public init(_ base: any CandidateEvaluator) { self.base = base }

    /// Evaluations made so far.
    public var evaluations: Int { count.withLock { $0 } }

    public func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        count.withLock { $0 += 1 }
        return try await base.evaluate(dossier, for: requirements)
    }
}

extension Pipeline {
    /// Puts counting wrappers around the people source and the evaluator, and returns them.
    public mutating func instrument() -> (people: InstrumentedPeopleSource, evaluator: InstrumentedEvaluator) {
        let counted = (people: InstrumentedPeopleSource(people), evaluator: InstrumentedEvaluator(evaluator))
        people = counted.people
        evaluator = counted.evaluator
        return counted
    }
}
