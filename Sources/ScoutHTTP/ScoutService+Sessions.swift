import Foundation
import HTTPTypes
import Hummingbird
import ScoutCore

extension ScoutService {
    /// `GET /api/jd/list-sessions?limit=&offset=`: last accessed first.
    func listSessions(_ request: Request, principal: Principal) async throws -> Response {
        let query = request.uri.queryParameters
        let limit = try Self.queryInt(query["limit"].map(String.init), name: "limit", range: 1...100) ?? 20
        let offset = try Self.queryInt(query["offset"].map(String.init), name: "offset", range: 0...1_000_000) ?? 0
        let page = try await orchestrator.sessions(workspace: principal.workspace, limit: limit + 1, offset: offset)
        let sessions = page.prefix(limit).map { Payloads.SessionSummary($0, usdPerCredit: usdPerCredit) }
        return JSONResponse.make(
            Payloads.SessionList(
                sessions: Array(sessions), limit: limit, offset: offset,
                nextOffset: page.count > limit ? offset + limit : nil))
    }

    /// `GET /api/jd/sessions/{id}[?format=csv|json]`.
    func session(_ request: Request, id: String, principal: Principal) async throws -> Response {
        let format = request.uri.queryParameters["format"].map(String.init) ?? "json"
        guard format == "json" || format == "csv" else {
            throw ScoutHTTPError.invalid("format", "'format' must be json or csv")
        }
        let report = try await orchestrator.report(
            sessionID: try ScoutHTTPError.sessionID(id), workspace: principal.workspace)
        if format == "csv" {
            var response = JSONResponse.text(report.csv(), contentType: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"scout-\(id).csv\""
            return response
        }
        return JSONResponse.make(Payloads.Report(report))
    }

    /// `POST /api/jd/clear-session` (soft delete).
    func clearSession(principal: Principal, body: Data) async throws -> Response {
        let request = try SessionRequest(try JSONBody(data: body, allowed: SessionRequest.fields))
        try await orchestrator.clear(sessionID: try request.id(), workspace: principal.workspace)
        return JSONResponse.make(Payloads.Cleared(sessionId: request.sessionID, cleared: 1))
    }

    /// `POST /api/jd/clear-all-sessions` (admin scope; soft-deletes every session of the key's workspace).
    func clearAllSessions(principal: Principal, body: Data) async throws -> Response {
        _ = try JSONBody(data: body, allowed: [], allowEmpty: true)
        let count = try await orchestrator.clearAll(workspace: principal.workspace)
        return JSONResponse.make(Payloads.Cleared(sessionId: nil, cleared: count))
    }

    static func queryInt(_ text: String?, name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw ScoutHTTPError.invalid(
                name, "'\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
