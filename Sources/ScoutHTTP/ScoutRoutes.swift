import Foundation
import HTTPTypes
public import Hummingbird
import ScoutCore

/// Adds every Scout route to `group`, each exactly once: the recruiter's web page (`/`, `sessions/{id}` and its
/// assets, see ``WebPage``), `healthz`, `readyz`, `metrics`, `openapi.yaml`, the `api/jd/…` routes and the
/// `api/admin/…` erasure routes. Mount it under
/// any prefix of a host app, e.g. `addScoutRoutes(to: router.group("recruiting"), …)`.
public func addScoutRoutes<Context: RequestContext>(to group: RouterGroup<Context>, service: ScoutService) {
    WebPage.addRoutes(to: group, service: service)
    group.get("healthz") { _, _ in
        service.finish("healthz", JSONResponse.make(Payloads.Health(status: "ok", store: nil)))
    }
    group.get("readyz") { _, _ in
        let ready = await service.storeIsReachable()
        return service.finish(
            "readyz",
            JSONResponse.make(
                Payloads.Health(
                    status: ready ? "ready" : "unavailable",
                    store: ready ? "reachable" : "unreachable"),
                status: ready ? .ok : .serviceUnavailable))
    }
    group.get("metrics") { _, _ in
        service.finish(
            "metrics",
            JSONResponse.text(service.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8"))
    }
    group.get("openapi.yaml") { _, _ in
        service.finish(
            "openapi", JSONResponse.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8"))
    }

    let api = group.group("api/jd")
    api.post("domain-search") { request, _ in
        await service.handle("domain_search", request, scope: .search) {
            try await service.domainSearch(request, principal: $0, body: $1)
        }
    }
    api.post("load-more-previews") { request, _ in
        await service.handle("load_more_previews", request, scope: .search) {
            try await service.loadMore(request, principal: $0, body: $1)
        }
    }
    api.post("evaluate-stream") { request, _ in
        await service.handle("evaluate_stream", request, scope: .search) {
            try await service.evaluateStream(request, principal: $0, body: $1)
        }
    }
    api.post("rescore") { request, _ in
        await service.handle("rescore", request, scope: .search) {
            try await service.rescore(principal: $0, body: $1)
        }
    }
    api.get("list-sessions") { request, _ in
        await service.handle("list_sessions", request, scope: .search) { principal, _ in
            try await service.listSessions(request, principal: principal)
        }
    }
    api.get("sessions/:id") { request, context in
        let id = context.parameters.get("id") ?? ""
        return await service.handle("session", request, scope: .search) { principal, _ in
            try await service.session(request, id: id, principal: principal)
        }
    }
    api.get("sessions/:id/candidates/:employee_id") { request, context in
        let id = context.parameters.get("id") ?? ""
        let employee = context.parameters.get("employee_id") ?? ""
        return await service.handle("candidate", request, scope: .search) { principal, _ in
            try await service.candidate(id: id, employeeID: employee, principal: principal)
        }
    }
    api.get("sessions/:id/shortlist") { request, context in
        let id = context.parameters.get("id") ?? ""
        return await service.handle("shortlist", request, scope: .search) { principal, _ in
            try await service.shortlist(id: id, principal: principal)
        }
    }
    api.get("sessions/:id/export") { request, context in
        let id = context.parameters.get("id") ?? ""
        return await service.handle("export", request, scope: .search) { principal, _ in
            try await service.export(request, id: id, principal: principal)
        }
    }
    api.post("shortlist") { request, _ in
        await service.handle("set_shortlisted", request, scope: .search) {
            try await service.setShortlisted(principal: $0, body: $1)
        }
    }
    api.post("clear-session") { request, _ in
        await service.handle("clear_session", request, scope: .search) {
            try await service.clearSession(principal: $0, body: $1)
        }
    }
    api.post("clear-all-sessions") { request, _ in
        await service.handle("clear_all_sessions", request, scope: .admin) {
            try await service.clearAllSessions(principal: $0, body: $1)
        }
    }

    let admin = group.group("api/admin")
    admin.post("erase") { request, _ in
        await service.handle("erase", request, scope: .admin) {
            try await service.erasure(principal: $0, body: $1, allow: false)
        }
    }
    admin.post("allow") { request, _ in
        await service.handle("allow", request, scope: .admin) {
            try await service.erasure(principal: $0, body: $1, allow: true)
        }
    }
}

extension ScoutService {
    /// Authenticates, reads the body (bounded), runs the handler and turns every error into Scout's error JSON.
    func handle(
        _ route: String, _ request: Request, scope: APIScope,
        _ body: @Sendable (Principal, Data) async throws -> Response
    ) async -> Response {
        var request = request
        do {
            guard let principal = keys.authenticate(authorization: request.headers[.authorization]) else {
                throw ScoutHTTPError.unauthorized
            }
            guard principal.allows(scope) else { throw ScoutHTTPError.forbidden(scope.rawValue) }
            var data = Data()
            if request.method == .post {
                if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
                    throw ScoutHTTPError.tooLarge(maxBodyBytes)
                }
                do {
                    data = Data(try await request.collectBody(upTo: maxBodyBytes).readableBytesView)
                } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                    throw ScoutHTTPError.tooLarge(maxBodyBytes)
                } catch {
                    throw ScoutHTTPError.malformed("the request body could not be read")
                }
            }
            return finish(route, try await body(principal, data))
        } catch {
            log(error, route: route)
            let http = ScoutHTTPError.from(error)
            var response = JSONResponse.make(
                ScoutHTTPError.Body(error: .init(code: http.code, message: http.message, field: http.field)),
                status: http.status)
            response.headers.append(contentsOf: http.headers)
            return finish(route, response)
        }
    }

    func finish(_ route: String, _ response: Response) -> Response {
        metrics.request(route: route, status: Int(response.status.code))
        return response
    }
}
