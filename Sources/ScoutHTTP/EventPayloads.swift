import Foundation
import ScoutCore

/// Maps pipeline events to named SSE events with snake_case JSON payloads.
enum EventPayloads {
    struct Strategies: Encodable { var strategies: [String] }
    struct Strategy: Encodable {
        var id: String; var companiesFound: Int; var companies: [String]; var queries: [String]
    }
    struct StrategyFailed: Encodable { var id: String; var message: String }
    struct Companies: Encodable { var count: Int; var companies: [String] }
    struct Resolved: Encodable { var resolved: [String]; var unresolved: [String] }
    struct Created: Encodable { var sessionId: String; var batches: Int }
    struct BatchStarted: Encodable { var index: Int; var of: Int; var label: String }
    struct Found: Encodable { var employeeId: Int; var name: String; var headline: String?; var batch: Int }
    struct Collected: Encodable { var employeeId: Int; var freshness: String }
    struct Evaluated: Encodable { var candidate: SessionCandidate }
    struct Unavailable: Encodable { var employeeId: Int; var reason: String }
    struct BatchFinished: Encodable { var index: Int; var newCandidates: Int; var exhausted: Bool }
    struct BatchFailed: Encodable { var index: Int; var message: String }
    struct Totals: Encodable {
        var target: Int; var found: Int; var evaluated: Int; var creditsUsed: Int; var creditsSaved: Int
    }
    struct Failure: Encodable { var code: String; var message: String }
    struct StrategyIncomplete: Encodable { var id: String; var failedQueries: [String]; var queries: Int }

    static func sse(_ event: ScoutEvent) -> SSEEvent {
        switch event {
        case .requirementsParsed(let requirements):
            SSEEvent("requirements_parsed", requirements)
        case .discoveryStarted(let strategies):
            SSEEvent("discovery_started", Strategies(strategies: strategies))
        case .strategyFinished(let id, let companies, let queries):
            SSEEvent(
                "strategy_finished",
                Strategy(
                    id: id, companiesFound: companies.count, companies: companies.prefix(20).map(\.name),
                    queries: queries))
        case .strategyFailed(let id, let message):
            SSEEvent("strategy_failed", StrategyFailed(id: id, message: message))
        case .strategyIncomplete(let id, let failed, let of):
            SSEEvent("strategy_incomplete", StrategyIncomplete(id: id, failedQueries: failed, queries: of))
        case .companiesDiscovered(let companies):
            SSEEvent("companies_discovered", Companies(count: companies.count, companies: companies.map(\.name)))
        case .companiesResolved(let resolved, let unresolved):
            SSEEvent("companies_resolved", Resolved(resolved: resolved.map(\.name), unresolved: unresolved.map(\.name)))
        case .sessionCreated(let id, let batches):
            SSEEvent("session_created", Created(sessionId: id, batches: batches.count))
        case .batchStarted(let index, let of, let label):
            SSEEvent("batch_started", BatchStarted(index: index, of: of, label: label))
        case .candidateFound(let preview, let batch):
            SSEEvent(
                "candidate_found",
                Found(employeeId: preview.employeeID, name: preview.name, headline: preview.headline, batch: batch))
        case .profileCollected(let employeeID, let freshness):
            SSEEvent("profile_collected", Collected(employeeId: employeeID, freshness: freshness.rawValue))
        case .candidateEvaluated(let candidate):
            SSEEvent("candidate_evaluated", Evaluated(candidate: candidate))
        case .candidateUnavailable(let employeeID, let reason):
            SSEEvent("candidate_unavailable", Unavailable(employeeId: employeeID, reason: reason))
        case .batchFinished(let index, let newCandidates, let exhausted):
            SSEEvent("batch_finished", BatchFinished(index: index, newCandidates: newCandidates, exhausted: exhausted))
        case .batchFailed(let index, let message):
            SSEEvent("batch_failed", BatchFailed(index: index, message: message))
        case .totals(let totals):
            SSEEvent(
                "totals",
                Totals(
                    target: totals.target, found: totals.found, evaluated: totals.evaluated,
                    creditsUsed: totals.ledger.creditsUsed, creditsSaved: totals.ledger.creditsSaved))
        }
    }

    /// The final `error` event: a code and a message, never a trace.
    static func error(_ error: any Error) -> SSEEvent {
        let http = ScoutHTTPError.from(error)
        return SSEEvent("error", Failure(code: http.code, message: http.message))
    }
}
