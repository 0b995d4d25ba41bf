import Foundation
public import HTTPTypes
public import Hummingbird
import ScoutCore

/// An error answered as `{"error": {"code", "message", "field"}}` with its HTTP status. Never carries a stack trace.
public struct ScoutHTTPError: Error, HTTPResponseError, Sendable, Equatable {
    public var status: HTTPResponse.Status
    /// Machine-readable, snake_case, e.g. `unknown_field`.
    public var code: String
    public var message: String
    /// The request field at fault (JSON key, query parameter or header), when there is one.
    public var field: String?
    public var headers: HTTPFields

    public init(
        _ status: HTTPResponse.Status, code: String, _ message: String, field: String? = nil, headers: HTTPFields = [:]
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var field: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(code, forKey: .code)
                try container.encode(message, forKey: .message)
                try container.encode(field, forKey: .field)
            }

            enum CodingKeys: String, CodingKey { case code, message, field }
        }

        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(Body(error: .init(code: code, message: message, field: field)), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    // MARK: Common errors

    static func malformed(_ message: String) -> Self { Self(.badRequest, code: "malformed_json", message) }
    static func invalid(_ field: String, _ message: String) -> Self {
        Self(.unprocessableContent, code: "invalid_field", message, field: field)
    }
    static func unknownField(_ field: String) -> Self {
        Self(.unprocessableContent, code: "unknown_field", "unknown field '\(field)'", field: field)
    }
    static func missing(_ field: String) -> Self {
        Self(.unprocessableContent, code: "missing_field", "'\(field)' is required", field: field)
    }
    static func sessionNotFound(_ id: String) -> Self {
        Self(.notFound, code: "session_not_found", "no active session '\(id)'", field: "session_id")
    }
    /// The ``SessionID`` `text` names; a malformed id is answered like an unknown one (404 session_not_found).
    static func sessionID(_ text: String) throws -> SessionID {
        guard let id = SessionID(text) else { throw sessionNotFound(text) }
        return id
    }
    static let unauthorized = Self(
        .unauthorized, code: "unauthorized", "a valid API key is required (Authorization: Bearer <key>)",
        headers: [.wwwAuthenticate: "Bearer"])
    static func forbidden(_ scope: String) -> Self {
        Self(.forbidden, code: "forbidden", "this API key lacks the '\(scope)' scope")
    }
    static func tooLarge(_ limit: Int) -> Self {
        Self(.contentTooLarge, code: "body_too_large", "the request body exceeds \(limit) bytes")
    }
    static func tooComplex(_ message: String) -> Self { Self(.contentTooLarge, code: "json_too_complex", message) }
    /// The server is at its limit of requests in flight (503, `Retry-After`).
    static func overloaded(retryAfter: Int) -> Self {
        Self(
            .serviceUnavailable, code: "overloaded", "the server is busy; retry after \(retryAfter) s",
            headers: [.retryAfter: String(retryAfter)])
    }
    /// This API key has its limit of requests in flight (429, `Retry-After`).
    static func tooManyRequests(limit: Int, retryAfter: Int) -> Self {
        Self(
            .tooManyRequests, code: "too_many_requests",
            "this API key already has \(limit) requests in flight; retry after \(retryAfter) s",
            headers: [.retryAfter: String(retryAfter)])
    }
    static func deadlineExceeded(_ timeout: Duration) -> Self {
        Self(
            .serviceUnavailable, code: "deadline_exceeded",
            "the answer was not ready within \(timeout.components.seconds) s; its work was stopped")
    }
    static func methodNotAllowed(_ method: String, allow: String) -> Self {
        Self(
            .methodNotAllowed, code: "method_not_allowed", "\(method) is not allowed here (allowed: \(allow))",
            headers: [.allow: allow])
    }

    /// Maps any error to an HTTP error: client mistakes to 4xx, Scout or vendor failures to 5xx (message only).
    static func from(_ error: any Error) -> Self {
        if let error = error as? ScoutHTTPError { return error }
        if error is CancellationError {
            return Self(.serviceUnavailable, code: "cancelled", "the request was cancelled (the server is stopping)")
        }
        if let error = error as? ScoutError {
            switch error.code {
            case .sessionNotFound: return Self(.notFound, code: error.code.rawValue, error.message, field: "session_id")
            case .badInput, .config: return Self(.unprocessableContent, code: error.code.rawValue, error.message)
            case .noCompanies: return Self(.unprocessableContent, code: error.code.rawValue, error.message, field: "jd")
            case .budgetExceeded:
                return Self(
                    .init(code: 402, reasonPhrase: "Payment Required"), code: error.code.rawValue, error.message)
            case .quotaExhausted: return Self(.serviceUnavailable, code: error.code.rawValue, error.message)
            case .vendor, .evaluatorFailed: return Self(.badGateway, code: error.code.rawValue, error.message)
            case .store: return Self(.serviceUnavailable, code: error.code.rawValue, error.message)
            case .internalError: return Self(.internalServerError, code: error.code.rawValue, error.message)
            }
        }
        if let error = error as? any HTTPResponseError, error.status == .contentTooLarge {
            return tooLarge(ScoutService.defaultMaxBodyBytes)
        }
        if error is ConfigError { return Self(.unprocessableContent, code: "invalid_field", "\(error)") }
        return Self(.internalServerError, code: "internal", "an internal error occurred")
    }
}
