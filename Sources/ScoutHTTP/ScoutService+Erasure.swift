import Foundation
import Hummingbird
import Logging
import ScoutCore

/// `POST /api/admin/erase` and `POST /api/admin/allow`.
struct ErasureBody: Sendable {
    static let fields: Set<String> = ["employee_id", "name", "everywhere"]

    var employeeID: Int?
    var name: String?
    var everywhere: Bool

    init(_ body: JSONBody) throws {
        employeeID = try body.int("employee_id")
        name = try body.string("name")
        everywhere = try body.bool("everywhere") ?? false
        if employeeID == nil && name == nil { throw ScoutHTTPError.missing("employee_id") }
        if let employeeID, employeeID <= 0 {
            throw ScoutHTTPError.invalid("employee_id", "'employee_id' must be a positive integer")
        }
        if let name, ErasureMatch.normalize(name: name).count < 3 {
            throw ScoutHTTPError.invalid("name", "'name' must have at least 3 characters")
        }
    }
}

extension ScoutService {
    /// Erases (`allow: false`) or allows again a person in the key's workspace, or in every workspace with
    /// `"everywhere": true` (the `deployment_admin` scope).
    func erasure(principal: Principal, body: Data, allow: Bool) async throws -> Response {
        let request = try ErasureBody(try JSONBody(data: body, allowed: ErasureBody.fields))
        if request.everywhere, !principal.allows(.deploymentAdmin) {
            throw ScoutHTTPError.forbidden(APIScope.deploymentAdmin.rawValue)
        }
        let erasure = try orchestrator.pipeline.abilities.erasureAccess()
        let eraser = PersonEraser(erasure: erasure, clock: orchestrator.clock)
        let ask = ErasureRequest(
            employeeID: request.employeeID, name: request.name,
            workspace: request.everywhere ? nil : principal.workspace, actor: "api:\(principal.workspace)")
        let outcome = try await (allow ? eraser.allow(ask) : eraser.erase(ask))
        orchestrator.logger.notice(
            allow ? "erasure suppression lifted" : "person erased",
            metadata: [
                "audit": .string(outcome.audit.id), "scope": .string(outcome.audit.scope),
                "actor": .string(outcome.audit.actor),
            ])
        return JSONResponse.make(ScoutPayloads.Erasure(outcome))
    }
}
