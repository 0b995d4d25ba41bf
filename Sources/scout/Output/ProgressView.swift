import Foundation
import ScoutCore

/// Renders pipeline events on stderr: milestone lines always, a live progress bar on a terminal.
final class ProgressView: Sendable {
    private struct State {
        var target = 0
        var evaluated = 0
        var batch = ""
        var credits = 0
        var sawRequirements = false
    }

    private let state = LockedValue(State())
    private let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    var handler: ScoutEventHandler { { [self] event in self.handle(event) } }

    func handle(_ event: ScoutEvent) {
        if case .requirementsParsed = event { state.withLock { $0.sawRequirements = true } }
        guard enabled else { return }
        switch event {
        case .requirementsParsed(let r):
            line("JD: \(r.summary)")
        case .discoveryStarted(let strategies):
            line("Discovering companies (\(strategies.joined(separator: ", ")))…")
        case .strategyFinished(let id, let companies, let queries):
            let first = queries.first.map { " (first: \"\($0)\")" } ?? ""
            line(
                "  \(id): \(Plural.count(companies.count, "company")) from \(Plural.count(queries.count, "query"))\(first)"
            )
        case .strategyFailed(let id, let message):
            line("  \(id): failed: \(message)")
        case .strategyIncomplete(let id, let failed, let of):
            line(
                "  \(id): \(failed.count) of \(Plural.count(of, "query")) failed after retries (first: \"\(failed.first ?? "")\"); "
                    + "its companies may be incomplete")
        case .companiesResolved(let resolved, let unresolved):
            line(
                "Companies: \(resolved.count) resolved"
                    + (unresolved.isEmpty ? "" : ", \(unresolved.count) unknown to the people source (skipped)"))
            // Companies the JD named are worth naming when the people source does not know them.
            let named = unresolved.filter { $0.source == .mentioned }.map(\.name)
            if !named.isEmpty {
                line("  named in the JD but unknown to the people source: " + named.joined(separator: ", "))
            }
        case .sessionCreated(let id, let batches):
            line("Session \(id): \(Plural.count(batches.count, "batch"))")
        case .batchStarted(let index, let total, let label):
            state.withLock { $0.batch = "batch \(index + 1) of \(total)" }
            line("Searching batch \(index + 1) of \(total): \(label)")
        case .candidateFound:
            bar()
        case .candidateEvaluated:
            state.withLock { $0.evaluated += 1 }
            bar()
        case .batchFailed(let index, let message):
            line("Batch \(index + 1) failed (will be retried by `scout more`): \(message)")
        case .totals(let totals):
            state.withLock {
                $0.target = totals.target
                $0.credits = totals.ledger.creditsUsed
            }
            bar()
        case .companiesDiscovered, .profileCollected, .candidateUnavailable, .batchFinished:
            break
        }
    }

    func start(target: Int) { state.withLock { $0.target = target } }

    /// Says that the JD is being read: with an LLM parser this takes seconds, and a long JD takes a while with any.
    func parsing(_ jd: String, parser: String) {
        guard enabled else { return }
        line("Reading the JD (\(ByteSize(jd.utf8.count))) with the \(parser) parser…")
    }

    /// True once the JD was parsed: an error before that is about the JD itself.
    var sawRequirements: Bool { state.withLock { $0.sawRequirements } }

    func finish() { Terminal.clearStatus() }

    private func line(_ text: String) {
        Terminal.clearStatus()
        Terminal.note(text)
        bar()
    }

    private func bar() {
        guard Terminal.stderrIsTTY else { return }
        let s = state.withLock { $0 }
        guard s.target > 0 else { return }
        let width = 24
        let filled = min(width, s.evaluated * width / max(1, s.target))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.status("\(bar) \(s.evaluated)/\(s.target) evaluated · \(s.batch) · \(s.credits) credits")
    }
}
