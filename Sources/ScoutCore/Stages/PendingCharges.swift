public import Foundation

/// A billed vendor call, recorded before the call is made (issue 10): if the process is killed between the vendor's
/// answer and the write that follows it, the charge is still there when the store is opened again.
public struct PendingCharge: Sendable, Equatable {
    public var id: String
    /// The process that made the call: `host:pid:token` (``PendingCharge/processOwner``).
    public var owner: String
    /// The ledger entry (a miss) the charge becomes when billed.
    public var entry: LedgerEntry
    /// When its request (the latest, for a call that was retried) left, by the wall clock.
    public var recordedAt: Date

    public init(id: String, owner: String, entry: LedgerEntry, recordedAt: Date) {
        self.id = id
        self.owner = owner
        self.entry = entry
        self.recordedAt = recordedAt
    }
}

/// A process that records pending charges, registered before its first one: the vendor's credit balance then
/// (``CreditBalanceProbe``), the credits of its charges settled as billed since, and when it was last active. A killed
/// owner's billed-but-unsettled credits are `creditsBefore − balance now − settledCredits` when no other owner spent
/// meanwhile.
public struct ChargeOwner: Sendable, Equatable {
    public var owner: String
    /// The vendor's balance before the owner's first billed call; nil when it could not be read.
    public var creditsBefore: Int?
    /// Credits of the owner's charges settled as billed.
    public var settledCredits: Int
    public var startedAt: Date
    /// When the owner last recorded or settled a charge.
    public var lastActiveAt: Date

    public init(owner: String, creditsBefore: Int?, settledCredits: Int = 0, startedAt: Date, lastActiveAt: Date? = nil)
    {
        self.owner = owner
        self.creditsBefore = creditsBefore
        self.settledCredits = settledCredits
        self.startedAt = startedAt
        self.lastActiveAt = lastActiveAt ?? startedAt
    }
}

extension PendingCharge {
    /// The host part of this process's ``owner``: the host name and, on Linux, its pid namespace.
    public static var localHost: String { ChargeBook.host }
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
    /// Records the charge and marks its owner active (``ChargeOwner/lastActiveAt``).
    func recordPendingCharge(_ charge: PendingCharge) async throws
    /// In one transaction: removes the pending charge; when it was still pending, writes `entry` (nil: not billed) to
    /// the ledger and adds its credits to the charge owner's ``ChargeOwner/settledCredits`` (marking it active); saves
    /// `record` (nil: none). Returns whether the charge was still pending (false: it was reconciled already, and its
    /// entry written then).
    @discardableResult
    func settlePendingCharge(id: String, entry: LedgerEntry?, record: ChargedRecord?) async throws -> Bool
    /// A later request of the charge's call left at `at` (a retry): its `recordedAt` becomes `at`, and its owner is
    /// marked active. Nothing when the charge is not pending.
    func markPendingChargeSent(id: String, at: Date) async throws
    /// Every pending charge, oldest first.
    func pendingCharges() async throws -> [PendingCharge]
    /// Registers an owner unless it is registered already (the first registration's balance stays).
    func registerChargeOwner(_ owner: ChargeOwner) async throws
    /// Every registered owner.
    func chargeOwners() async throws -> [ChargeOwner]
    func removeChargeOwner(_ owner: String) async throws
}
