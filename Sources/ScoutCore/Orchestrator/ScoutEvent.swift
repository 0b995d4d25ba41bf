import Foundation

/// Typed progress of a search or load-more, in the order it happens. The CLI renders these; the HTTP service
/// streams them as Server-Sent Events.
public enum ScoutEvent: Sendable {
    case requirementsParsed(JobRequirements)
    case discoveryStarted(strategies: [String])
    case strategyFinished(id: String, companies: [Company], queries: [String])
    case strategyFailed(id: String, message: String)
    /// A strategy answered, but some of its web queries failed after their retries: its companies may be incomplete.
    case strategyIncomplete(id: String, failedQueries: [String], of: Int)
    /// Merged, deduplicated, exclusions dropped.
    case companiesDiscovered([Company])
    case companiesResolved(resolved: [Company], unresolved: [Company])
    case sessionCreated(id: String, batches: [CompanyBatch])
    case batchStarted(index: Int, of: Int, label: String)
    case candidateFound(CandidatePreview, batch: Int)
    case profileCollected(employeeID: Int, freshness: ProfileFreshness)
    case candidateEvaluated(SessionCandidate)
    case candidateUnavailable(employeeID: Int, reason: String)
    case batchFinished(index: Int, newCandidates: Int, exhausted: Bool)
    case batchFailed(index: Int, message: String)
    /// Running totals for the current call.
    case totals(RunTotals)
}

/// Counters for one search or load-more call.
public struct RunTotals: Sendable, Equatable, Codable {
    public var target: Int
    public var found: Int
    public var evaluated: Int
    public var ledger: LedgerTotals

    public init(target: Int, found: Int = 0, evaluated: Int = 0, ledger: LedgerTotals = .init()) {
        self.target = target
        self.found = found
        self.evaluated = evaluated
        self.ledger = ledger
    }
}

/// Receives events; must be cheap and thread-safe.
public typealias ScoutEventHandler = @Sendable (ScoutEvent) -> Void

/// The outcome of a search or a load-more.
public struct LoadResult: Sendable {
    public var session: SearchSession
    /// Candidates added by this call, in discovery order.
    public var newCandidates: [SessionCandidate]
    /// Evaluated candidates in the session after this call.
    public var totalCandidates: Int
    /// Credits used and saved by this call.
    public var ledger: LedgerTotals
    /// Set when a batch failed: the session is consistent and the batch is retried by the next load-more.
    public var failure: ScoutError?

    public init(
        session: SearchSession, newCandidates: [SessionCandidate], totalCandidates: Int, ledger: LedgerTotals,
        failure: ScoutError?
    ) {
        self.session = session
        self.newCandidates = newCandidates
        self.totalCandidates = totalCandidates
        self.ledger = ledger
        self.failure = failure
    }
}
