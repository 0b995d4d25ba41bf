public import Foundation

/// Every vendor call that cost credits, or would have without the cache.
public protocol CreditLedger: Sendable {
    func record(_ entries: [LedgerEntry]) async throws
    /// Totals for one session, or for everything when `sessionID` is nil.
    func ledgerTotals(sessionID: String?) async throws -> LedgerTotals
    /// People-source credits spent (cache misses) by every session since a time, e.g. the start of today, for daily
    /// ceilings; web-search credits (``CreditKind/webSearch``) are another currency and not counted.
    func creditsUsed(since: Date) async throws -> Int
}

/// A store plugin provides sessions, the record cache and the ledger.
public typealias ScoutStore = SessionStore & RecordCache & CreditLedger
