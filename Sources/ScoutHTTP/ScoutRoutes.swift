import Foundation
import HTTPTypes
public import Hummingbird
import ScoutCore

/// Adds every Scout route to `group`, each exactly once: the recruiter's web page (`/`, `sessions/{id}` and its
/// assets, see ``WebPage``), `healthz`, `readyz`, `metrics`, `openapi.yaml`, the `api/jd/…` routes and the
/// `api/admin/…` erasure routes. Every GET route also answers HEAD; another method on a known path is 405 with
/// `Allow`. Mount it under any prefix of a host app, e.g. `addScoutRoutes(to: router.group("recruiting"), …)`.
public func addScoutRoutes<Context: RequestContext>(to group: RouterGroup<Context>, service: ScoutService) {
    var table = RouteTable(group: group, service: service)
    WebPage.addRoutes(to: &table, service: service)
    table.get("healthz") { _, _ in
        service.finish("healthz", JSONResponse.make(Payloads.Health(status: "ok", store: nil)))
    }
    table.get("readyz") { _, _ in
        let ready = await service.storeIsReachable()
        return service.finish(
            "readyz",
            JSONResponse.make(
                Payloads.Health(
                    status: ready ? "ready" : "unavailable",
                    store: ready ? "reachable" : "unreachable"),
                status: ready ? .ok : .serviceUnavailable))
    }
    table.get("metrics") { _, _ in
        service.finish(
            "metrics",
            JSONResponse.text(service.metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8"))
    }
    table.get("openapi.yaml") { _, _ in
        service.finish(
            "openapi", JSONResponse.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8"))
    }
    addAPIRoutes(to: &table, service: service)
    table.addMethodNotAllowed()
}

/// The `api/jd/…` routes: each authenticates, is admitted (``AdmissionControl``), reads its bounded body and runs
/// under the request deadline (``ScoutService/handle(_:_:scope:_:)``).
func addAPIRoutes<Context: RequestContext>(to table: inout RouteTable<Context>, service: ScoutService) {
    let posts:
        [(String, String, APIScope, @Sendable (ScoutService, Request, Principal, Data) async throws -> Response)] =
            [
                ("domain-search", "domain_search", .search, { try await $0.domainSearch($1, principal: $2, body: $3) }),
                (
                    "load-more-previews", "load_more_previews", .search,
                    { try await $0.loadMore($1, principal: $2, body: $3) }
                ),
                (
                    "evaluate-stream", "evaluate_stream", .search,
                    { try await $0.evaluateStream($1, principal: $2, body: $3) }
                ),
                ("rescore", "rescore", .search, { try await $0.rescore(principal: $2, body: $3) }),
                ("shortlist", "set_shortlisted", .search, { try await $0.setShortlisted(principal: $2, body: $3) }),
                ("clear-session", "clear_session", .search, { try await $0.clearSession(principal: $2, body: $3) }),
                (
                    "clear-all-sessions", "clear_all_sessions", .admin,
                    { try await $0.clearAllSessions(principal: $2, body: $3) }
                ),
            ]
    for (path, route, scope, run) in posts {
        table.post("api/jd/" + path) { request, _ in
            await service.handle(route, request, scope: scope) { try await run(service, request, $0, $1) }
        }
    }
    table.get("api/jd/list-sessions") { request, _ in
        await service.handle("list_sessions", request, scope: .search) { principal, _ in
            try await service.listSessions(request, principal: principal)
        }
    }
    table.get("api/jd/sessions/:id") { request, context in
        let id = context.parameters.get("id") ?? ""
        return await service.handle("session", request, scope: .search) { principal, _ in
            try await service.session(request, id: id, principal: principal)
        }
    }
    table.get("api/jd/sessions/:id/candidates/:employee_id") { request, context in
        let id = context.parameters.get("id") ?? ""
        let employee = context.parameters.get("employee_id") ?? ""
        return await service.handle("candidate", request, scope: .search) { principal, _ in
            try await service.candidate(id: id, employeeID: employee, principal: principal)
        }
    }
    table.get("api/jd/sessions/:id/shortlist") { request, context in
        let id = context.parameters.get("id") ?? ""
        return await service.handle("shortlist", request, scope: .search) { principal, _ in
            try await service.shortlist(id: id, principal: principal)
        }
    }
    table.get("api/jd/sessions/:id/export") { request, context in
        let id = context.parameters.get("id") ?? ""
        return await service.handle("export", request, scope: .search) { principal, _ in
            try await service.export(request, id: id, principal: principal)
        }
    }
    // Erasure (admin of the key's workspace; `everywhere` needs deployment_admin, checked by the handler).
    for (path, allow) in [("erase", false), ("allow", true)] {
        table.post("api/admin/" + path) { request, _ in
            await service.handle(path, request, scope: .admin) {
                try await service.erasure(principal: $0, body: $1, allow: allow)
            }
        }
    }
}
