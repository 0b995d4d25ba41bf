import Foundation

/// Errors the pipeline reports to its callers. `isUserError` separates bad input (exit 2, HTTP 4xx)
/// from failures of Scout or a vendor (exit 1, HTTP 5xx).
public struct ScoutError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Code: String, Sendable {
        case badInput = "bad_input"
        case sessionNotFound = "session_not_found"
        case noCompanies = "no_companies"
        case config = "config"
        case vendor = "vendor"
        case quotaExhausted = "quota_exhausted"
        case budgetExceeded = "budget_exceeded"
        case store = "store"
        case internalError = "internal"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    public var isUserError: Bool { [.badInput, .sessionNotFound, .noCompanies, .config].contains(code) }

    public static func badInput(_ message: String) -> ScoutError { ScoutError(.badInput, message) }
    public static func sessionNotFound(_ id: String) -> ScoutError {
        ScoutError(.sessionNotFound, "no active session '\(id)'")
    }
    public static func store(_ message: String) -> ScoutError { ScoutError(.store, message) }
    public static func vendor(_ message: String) -> ScoutError { ScoutError(.vendor, message) }

    public static func == (lhs: ScoutError, rhs: ScoutError) -> Bool { lhs.code == rhs.code }
}
