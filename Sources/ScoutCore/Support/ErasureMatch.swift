public import Foundation

/// The people an erasure removes, and how a store recognises them in stored JSON: by employee id (an
/// `"employeeID":N` or `"employee_id":N` member, or an evaluation answer's key prefix ``evaluationKeyPrefix(_:)``) or
/// by name (the normalised name anywhere in the text, compared in lower case). A false match only drops a cache entry.
public struct ErasureMatch: Sendable, Equatable {
    public var employeeIDs: [Int]
    /// Normalised (``normalize(name:)``); nil when erasing by id only.
    public var name: String?

    public init(employeeIDs: [Int], name: String? = nil) {
        self.employeeIDs = Array(Set(employeeIDs)).sorted()
        self.name = name.map(Self.normalize(name:)).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Lower-case substrings any of which marks a JSON text as mentioning the people.
    public var needles: [String] {
        employeeIDs.flatMap { id in
            ["employeeid", "employee_id"].flatMap { key in ["\"\(key)\":\(id),", "\"\(key)\":\(id)}"] }
        } + (name.map { [$0] } ?? [])
    }

    /// Whether `data` (JSON) mentions the people.
    public func matches(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self).lowercased()
        return needles.contains { text.contains($0) }
    }

    /// Whether an answer-cache key belongs to one of the people (an evaluation's, ``evaluationKeyPrefix(_:)``).
    public func matches(answerKey: String) -> Bool {
        employeeIDs.contains { answerKey.hasPrefix(Self.evaluationKeyPrefix($0)) }
    }

    /// Ledger subjects that name the people: a profile entry's subject is the employee id, an LLM evaluation's
    /// token and spend entries' `evaluate <id>` (any kind).
    public var ledgerSubjects: (profile: [String], any: [String]) {
        (employeeIDs.map(String.init), employeeIDs.map { "evaluate \($0)" })
    }

    /// Whether a ledger entry names the people (``ledgerSubjects``).
    public func names(_ entry: LedgerEntry) -> Bool {
        let (profile, any) = ledgerSubjects
        return (entry.kind == .profile && profile.contains(entry.subject)) || any.contains(entry.subject)
    }

    /// A name as compared: lower case, single spaces, trimmed.
    public static func normalize(name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The prefix of a cached evaluation's key: the person's id, so erasure finds the evaluation without its text.
    public static func evaluationKeyPrefix(_ employeeID: Int) -> String { "p\(employeeID):" }

    /// The suppression and audit hash of a subject (`employee:<id>` or `name:<normalised name>`) under `salt`.
    public static func hash(_ subject: String, salt: Data) -> String {
        SHA256.hex(Array(salt) + Array("\u{1F}\(subject)".utf8))
    }

    /// The subject string of an employee id.
    public static func subject(employeeID: Int) -> String { "employee:\(employeeID)" }

    /// The subject string of a name (normalised).
    public static func subject(name: String) -> String { "name:\(normalize(name: name))" }

    /// Whether an answer namespace is seen by `workspace` (nil: every namespace): the shared ones and its own
    /// (``WorkspaceCache/namespacePrefix(_:)``).
    public static func namespace(_ namespace: String, visibleTo workspace: String?) -> Bool {
        guard let workspace else { return true }
        return !namespace.hasPrefix(WorkspaceCache.scopedPrefix)
            || namespace.hasPrefix(WorkspaceCache.namespacePrefix(workspace))
    }
}
