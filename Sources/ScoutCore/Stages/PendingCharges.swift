public import Foundation

/// A billed vendor call, recorded before the call is made (issue 10): if the process is killed between the vendor's
/// answer and the write that follows it, the charge is still there when the store is opened again.
public struct PendingCharge: Sendable, Equatable {
    public var id: String
    /// The process that made the call: `host:pid:token` (``PendingCharge/processOwner``).
    public var owner: String
    /// The ledger entry (a miss) the charge becomes when billed.
    public var entry: LedgerEntry
    /// When it was recorded, by the wall clock.
    public var recordedAt: Date

    public init(id: String, owner: String, entry: LedgerEntry, recordedAt: Date) {
        self.id = id
        self.owner = owner
        self.entry = entry
        self.recordedAt = recordedAt
    }
}

/// The record a settled charge paid for, written in the same transaction.
public enum ChargedRecord: Sendable {
    case profile(Profile, fetchedAt: Date)
    case company(CompanyRecord, fetchedAt: Date)
}

/// Pending charges: recorded before each billed call, settled together with the record's cache write in one store
/// transaction right after the vendor's answer, and reconciled when a pipeline is prepared (``Pipeline/prepare()``).
/// Conformance: `StoreConformance.chargeChecks` in ScoutTesting.
public protocol PendingCharges: Sendable {
    func recordPendingCharge(_ charge: PendingCharge) async throws
    /// In one transaction: removes the pending charge; when it was still pending, writes `entry` (nil: not billed) to
    /// the ledger; saves `record` (nil: none). Returns whether the charge was still pending (false: it was reconciled
    /// already, and its entry written then).
    @discardableResult
    func settlePendingCharge(id: String, entry: LedgerEntry?, record: ChargedRecord?) async throws -> Bool
    /// Every pending charge, oldest first.
    func pendingCharges() async throws -> [PendingCharge]
}
