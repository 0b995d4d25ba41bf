import Foundation

/// Spend a vendor plugin reports for the call it is making (Tavily's `usage.credits`): the orchestrator installs a
/// recorder around the stage calls of one step and writes what was reported to the ledger. Outside a recorder a
/// report is dropped. The plugin only says what the vendor billed; the orchestrator decides where it goes.
public enum VendorSpend {
    /// The recorder of the running step; inherited by its child tasks.
    @TaskLocal static var recorder: SpendRecorder?

    /// Reports `credits` of `kind` for one vendor call about `subject` (e.g. the web query).
    public static func report(_ kind: CreditKind, subject: String, credits: Int) {
        recorder?.add(kind: kind, subject: subject, credits: credits)
    }
}

/// What the vendor plugins reported during one step.
final class SpendRecorder: Sendable {
    private let reports = LockedValue<[(kind: CreditKind, subject: String, credits: Int, cacheHit: Bool)]>([])

    /// Adds a report; `cacheHit` is a saving (a cached answer the vendor would have billed `credits` for).
    func add(kind: CreditKind, subject: String, credits: Int, cacheHit: Bool = false) {
        reports.withLock { $0.append((kind, subject, credits, cacheHit)) }
    }

    /// The credits of `kind` reported so far (not savings).
    func credits(of kind: CreditKind) -> Int {
        reports.withLock { $0.filter { $0.kind == kind && !$0.cacheHit }.reduce(0) { $0 + $1.credits } }
    }

    /// Passes every report on to `recorder` (nil: dropped).
    func forward(to recorder: SpendRecorder?) {
        let all = reports.withLock { $0 }
        for r in all { recorder?.add(kind: r.kind, subject: r.subject, credits: r.credits, cacheHit: r.cacheHit) }
    }

    /// The reports as ledger entries of `sessionID`, emptying the recorder.
    func drain(sessionID: String?, at: Date) -> [LedgerEntry] {
        reports.withLock { reports in
            defer { reports.removeAll() }
            return reports.map {
                LedgerEntry(
                    sessionID: sessionID, kind: $0.kind, subject: $0.subject, credits: $0.credits,
                    cacheHit: $0.cacheHit,
                    at: at)
            }
        }
    }
}
