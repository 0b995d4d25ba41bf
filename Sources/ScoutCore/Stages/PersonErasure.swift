public import Foundation

/// Erasing people on request: every trace of them in the store's caches, sessions and idempotent answers, a
/// suppression entry so they are not collected again, and an audit record without personal data — all in one
/// transaction. Resolved into ``StoreAbilities/erasure``; every built-in store adopts it; ``PersonEraser`` drives it.
/// Conformance: `StoreConformance.erasureChecks` in ScoutTesting.
public protocol PersonErasure: Sendable {
    /// The store's erasure salt: random bytes made on first use and kept, so hashes of one person stay equal.
    func erasureSalt() async throws -> Data
    /// Employee ids of the people whose name (``ErasureMatch/normalize(name:)``) is `name`, among the candidates of
    /// `workspace`'s sessions (nil: every workspace) and the cached profiles.
    func employeeIDs(named name: String, workspace: String?) async throws -> [Int]
    /// In one transaction: removes `plan.match`'s people from the candidates and shortlists of `plan.workspace`'s
    /// sessions (nil: every session), the cached profiles, the answers (shared ones, and the workspace-scoped ones of
    /// the workspace or of every workspace) and idempotent answers that mention them; replaces their ids in the
    /// ledger's subjects; adds `plan.suppress` to the suppression list; records `plan.audit` with the counts.
    func erase(_ plan: ErasurePlan) async throws -> ErasureCounts
    /// The given hashes that are suppressed in `workspace` (by its own entries or by entries for every workspace).
    func suppressed(_ hashes: [String], workspace: String) async throws -> Set<String>
    /// Removes `hashes` from the suppression list of `workspace` (nil: every entry of them) and records `audit`;
    /// returns how many entries were removed.
    func allow(_ hashes: [String], workspace: String?, audit: ErasureAudit) async throws -> Int
    /// Audit records, newest first; those of `workspace` only, or every one (nil).
    func erasureAudits(workspace: String?) async throws -> [ErasureAudit]
}

/// What one erasure removed.
public struct ErasureCounts: Codable, Sendable, Equatable {
    public var candidates = 0
    public var shortlists = 0
    public var profiles = 0
    public var answers = 0
    public var idempotentAnswers = 0
    public var ledgerEntries = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case candidates, shortlists, profiles, answers
        case idempotentAnswers = "idempotent_answers", ledgerEntries = "ledger_entries"
    }
}

/// An erasure or allow, as recorded: a salted hash of the subject, never the subject.
public struct ErasureAudit: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable { case erase, allow }

    public var id: String
    public var action: Action
    /// SHA-256 (hex) of the store's salt and the subject (``ErasureMatch/hash(_:salt:)``).
    public var subjectHash: String
    /// The workspace, or `*` for every workspace.
    public var scope: String
    /// Who asked: `cli`, or `api:<workspace>`.
    public var actor: String
    public var counts: ErasureCounts
    public var at: Date

    public init(
        id: String = UUID().uuidString.lowercased(), action: Action, subjectHash: String, scope: String,
        actor: String, counts: ErasureCounts = ErasureCounts(), at: Date
    ) {
        self.id = id
        self.action = action
        self.subjectHash = subjectHash
        self.scope = scope
        self.actor = actor
        self.counts = counts
        self.at = at
    }

    /// The scope of an erasure of `workspace` (nil: every workspace).
    public static func scope(_ workspace: String?) -> String { workspace ?? "*" }
}

/// One erasure, resolved: whom, where, what to suppress and the audit record to write (its counts are the store's).
public struct ErasurePlan: Sendable, Equatable {
    public var match: ErasureMatch
    /// The workspace whose sessions lose the people; nil: every workspace.
    public var workspace: String?
    /// Suppression hashes to add (``ErasureMatch/hash(_:salt:)``).
    public var suppress: [String]
    public var audit: ErasureAudit

    public init(match: ErasureMatch, workspace: String?, suppress: [String], audit: ErasureAudit) {
        self.match = match
        self.workspace = workspace
        self.suppress = suppress
        self.audit = audit
    }
}
