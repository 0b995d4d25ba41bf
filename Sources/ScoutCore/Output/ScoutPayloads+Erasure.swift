public import Foundation

extension ScoutPayloads {
    /// `scout erase --json` and the answer of `POST /api/admin/erase` and `/allow`: the audit record and the counts,
    /// no personal data (the subject only as its salted hash).
    public struct Erasure: Encodable, Sendable {
        /// `erase` or `allow`.
        public var action: String
        public var auditId: String
        /// The workspace, or `*` for every workspace.
        public var scope: String
        public var subjectHash: String
        /// People matched (the id given and those of the name).
        public var people: Int
        public var counts: ErasureCounts
        /// Suppression entries added (erase) or lifted (allow).
        public var suppressions: Int
        public var at: Date

        public init(_ outcome: ErasureOutcome) {
            action = outcome.audit.action.rawValue
            auditId = outcome.audit.id
            scope = outcome.audit.scope
            subjectHash = outcome.audit.subjectHash
            people = outcome.employeeIDs.count
            counts = outcome.counts
            suppressions = outcome.suppressions
            at = outcome.audit.at
        }
    }
}
