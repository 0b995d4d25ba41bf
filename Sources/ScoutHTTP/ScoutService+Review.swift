import Foundation
import HTTPTypes
import Hummingbird
import ScoutCore

extension ScoutService {
    /// `GET /api/jd/sessions/{id}/candidates/{employee_id}`: everything stored about one candidate.
    func candidate(id: String, employeeID: String, principal: Principal) async throws -> Response {
        let sessionID = try ScoutHTTPError.sessionID(id)
        guard let employee = Int(employeeID), employee >= 0 else { throw Self.candidateNotFound(employeeID) }
        guard
            let detail = try await orchestrator.candidateDetail(
                sessionID: sessionID, employeeID: employee, workspace: principal.workspace)
        else { throw Self.candidateNotFound(employeeID) }
        return JSONResponse.make(detail)
    }

    /// `GET /api/jd/sessions/{id}/shortlist`.
    func shortlist(id: String, principal: Principal) async throws -> Response {
        let ids = try await orchestrator.shortlist(
            sessionID: try ScoutHTTPError.sessionID(id), workspace: principal.workspace)
        return JSONResponse.make(Payloads.Shortlist(sessionId: id, shortlist: ids))
    }

    /// `POST /api/jd/shortlist`: stars or unstars one candidate; answers the shortlist after it.
    func setShortlisted(principal: Principal, body: Data) async throws -> Response {
        let request = try ShortlistRequest(try JSONBody(data: body, allowed: ShortlistRequest.fields))
        let ids: [Int]
        do {
            ids = try await orchestrator.setShortlisted(
                request.shortlisted, employeeID: request.employeeID, sessionID: request.sessionID,
                workspace: principal.workspace)
        } catch let error as ScoutError where error.code == .badInput {
            throw Self.candidateNotFound(String(request.employeeID))
        }
        return JSONResponse.make(Payloads.Shortlist(sessionId: request.sessionID.rawValue, shortlist: ids))
    }

    /// `GET /api/jd/sessions/{id}/export[?only=shortlist]`: the page's CSV (profile link, role, location, score,
    /// recommendation, strengths, concerns), of every ranked candidate or of the shortlist.
    func export(_ request: Request, id: String, principal: Principal) async throws -> Response {
        let only = request.uri.queryParameters["only"].map(String.init)
        guard only == nil || only == "shortlist" || only == "all" else {
            throw ScoutHTTPError.invalid("only", "'only' must be shortlist or all")
        }
        let sessionID = try ScoutHTTPError.sessionID(id)
        let report = try await orchestrator.report(sessionID: sessionID, workspace: principal.workspace)
        let shortlist = Set(try await orchestrator.shortlist(sessionID: sessionID, workspace: principal.workspace))
        var urls: [Int: String] = [:]
        for candidate in report.ranked {
            if let url = try await orchestrator.cachedProfile(
                employeeID: candidate.employeeID, workspace: principal.workspace)?.value.profileURL
            {
                urls[candidate.employeeID] = url
            }
        }
        let onlyShortlisted = only == "shortlist"
        var response = JSONResponse.text(
            report.shortlistCSV(profileURLs: urls, shortlist: shortlist, onlyShortlisted: onlyShortlisted),
            contentType: "text/csv; charset=utf-8")
        let name = "scout-\(sessionID.rawValue)\(onlyShortlisted ? "-shortlist" : "").csv"
        response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return response
    }

    static func candidateNotFound(_ id: String) -> ScoutHTTPError {
        ScoutHTTPError(
            .notFound, code: "candidate_not_found", "this session has no candidate '\(id)'", field: "employee_id")
    }
}
