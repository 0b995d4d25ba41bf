import Foundation
import ScoutCore

/// `POST /api/jd/domain-search`.
struct SearchRequest: Sendable {
    static let fields: Set<String> = ["jd", "seed_companies", "count", "batching", "hide_seen", "refresh"]
    static let batchingFields: Set<String> = ["mode", "batch_size"]

    var jdText: String
    var count: Int?
    var mode: String?
    var batchSize: Int?
    /// Skip people the workspace's other sessions already hold (``SessionSettings/hideSeen``).
    var hideSeen: Bool
    /// Ask the vendors again instead of reusing cached answers (web searches, the JD parse, preview pages, evaluations).
    var refresh = false

    init(_ body: JSONBody) throws {
        hideSeen = try body.bool("hide_seen") ?? false
        let seeds = try body.strings("seed_companies") ?? []
        if let problem = InputLimits.seedProblem(seeds) { throw ScoutHTTPError.invalid("seed_companies", problem) }
        let seedNames = seeds.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        switch body.value("jd") {
        case nil:
            throw ScoutHTTPError.missing("jd")
        case .string(let text)?:
            if let problem = InputLimits.jdProblem(text, name: "'jd'") { throw ScoutHTTPError.invalid("jd", problem) }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ScoutHTTPError.invalid("jd", "'jd' must not be empty")
            }
            jdText =
                seedNames.isEmpty
                ? text : text + "\n\nWe want people from companies like " + Self.list(seedNames) + ".\n"
        case .object(var fields)?:
            guard case .string(let role)? = fields["role_title"], !role.trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw ScoutHTTPError.invalid("jd.role_title", "a structured JD needs a non-empty string 'role_title'")
            }
            if !seedNames.isEmpty {
                var mentioned: [JSONValue] = []
                if case .array(let existing)? = fields["mentioned_companies"] { mentioned = existing }
                fields["mentioned_companies"] = .array(seedNames.map(JSONValue.string) + mentioned)
            }
            let data = try JSONSerialization.data(
                withJSONObject: JSONValue.object(fields).jsonObject, options: [.sortedKeys])
            jdText = String(decoding: data, as: UTF8.self)
            if let problem = InputLimits.jdProblem(jdText, name: "'jd'") {
                throw ScoutHTTPError.invalid("jd", problem)
            }
        case let other?:
            throw ScoutHTTPError.invalid("jd", "'jd' must be a string or an object, got \(other.typeName)")
        }
        refresh = try body.bool("refresh") ?? false
        count = try body.int("count")
        if let count, let problem = CandidateCount.problem(count, name: "'count'") {
            throw ScoutHTTPError.invalid("count", problem)
        }
        if let batching = try body.object("batching", allowed: Self.batchingFields) {
            mode = try batching.string("mode")
            batchSize = try batching.int("batch_size")
            if let batchSize, !(1...100).contains(batchSize) {
                throw ScoutHTTPError.invalid("batching.batch_size", "'batching.batch_size' must be between 1 and 100")
            }
        }
    }

    /// "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}

/// `POST /api/jd/load-more-previews`.
struct LoadMoreRequest: Sendable {
    static let fields: Set<String> = ["session_id", "count", "mode"]

    var sessionID: SessionID
    var count: Int

    init(_ body: JSONBody, validModes: Set<String>) throws {
        let text = try body.requiredString("session_id")
        count = try body.int("count") ?? CandidateCount.loadMoreDefault
        if let problem = CandidateCount.loadMoreProblem(count, name: "'count'") {
            throw ScoutHTTPError.invalid("count", problem)
        }
        // A session keeps the batching it was created with; `mode` is accepted (and checked) for the seed's clients.
        if let mode = try body.string("mode"), !validModes.contains(mode) {
            throw ScoutHTTPError.invalid(
                "mode", "unknown mode '\(mode)' (valid: \(validModes.sorted().joined(separator: ", ")))")
        }
        sessionID = try ScoutHTTPError.sessionID(text)
    }
}

/// Bodies holding only a session id (`clear-session`, `evaluate-stream`); the id is checked by ``id()``.
struct SessionRequest: Sendable {
    static let fields: Set<String> = ["session_id"]
    var sessionID: String

    init(_ body: JSONBody) throws { sessionID = try body.requiredString("session_id") }

    /// The session id, or 404 session_not_found when it is malformed.
    func id() throws -> SessionID { try ScoutHTTPError.sessionID(sessionID) }
}

/// `POST /api/jd/shortlist`: star or unstar one candidate of a session.
struct ShortlistRequest: Sendable {
    static let fields: Set<String> = ["session_id", "employee_id", "shortlisted"]

    var sessionID: SessionID
    var employeeID: Int
    var shortlisted: Bool

    init(_ body: JSONBody) throws {
        let text = try body.requiredString("session_id")
        guard let employeeID = try body.int("employee_id") else { throw ScoutHTTPError.missing("employee_id") }
        guard let shortlisted = try body.bool("shortlisted") else { throw ScoutHTTPError.missing("shortlisted") }
        self.employeeID = employeeID
        self.shortlisted = shortlisted
        sessionID = try ScoutHTTPError.sessionID(text)
    }
}
