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
        /// The evaluator cannot score anyone: a rejected key, a wrong endpoint, an exhausted LLM balance, or
        /// `session.max_failed_evaluations` unusable replies in a row. An upstream failure (exit 1, HTTP 502).
        case evaluatorFailed = "evaluator_failed"
        case store = "store"
        case internalError = "internal"
    }

    public var code: Code
    public var message: String
    /// The error this one reports, when it wraps another (a driver's, a vendor client's): kept for logs and callers
    /// that look deeper; the message already says what it means.
    public var cause: (any Error)?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }

    public var isUserError: Bool { [.badInput, .sessionNotFound, .noCompanies, .config].contains(code) }

    /// Errors no retry and no other candidate, query or strategy can get past: a rejected key or wrong endpoint
    /// (`config`), an exhausted balance (`quota_exhausted`), a budget ceiling (`budget_exceeded`), an evaluator nobody
    /// can use (`evaluator_failed`). They stop the work they happen in and reach the caller, never counted as one
    /// failed part.
    public var stopsWork: Bool { [.config, .quotaExhausted, .budgetExceeded, .evaluatorFailed].contains(code) }

    /// True for errors that must propagate instead of being counted as one failed part: cancellation, and a
    /// ``ScoutError`` that ``stopsWork``.
    public static func isFatal(_ error: any Error) -> Bool {
        if error is CancellationError { return true }
        return (error as? ScoutError)?.stopsWork ?? false
    }

    public static func badInput(_ message: String) -> ScoutError { ScoutError(.badInput, message) }
    public static func sessionNotFound(_ id: String) -> ScoutError {
        ScoutError(.sessionNotFound, "no active session '\(id)'")
    }
    public static func store(_ message: String) -> ScoutError { ScoutError(.store, message) }
    public static func vendor(_ message: String) -> ScoutError { ScoutError(.vendor, message) }

    public static func == (lhs: ScoutError, rhs: ScoutError) -> Bool { lhs.code == rhs.code }
}
