import Foundation
import ScoutCore

/// The orchestrator and the workspace a session command works in. A session that is not active there is explained:
/// in which other workspace it is, or that it was cleared and how to restore it.
struct SessionScope {
    let config: PipelineConfig
    let orchestrator: Orchestrator
    let workspace: String

    var store: any ScoutStore { orchestrator.pipeline.store }

    /// The session's report; an unknown session throws the explained error.
    func report(_ sessionID: String) async throws -> SessionReport {
        try await explaining(sessionID) {
            try await orchestrator.report(sessionID: try self.sessionID(sessionID), workspace: workspace)
        }
    }

    /// The id an argument names; a malformed one is "not found" (which ``explaining(_:_:)`` explains), as before.
    func sessionID(_ text: String) throws -> SessionID {
        guard let id = SessionID(text) else { throw ScoutError.sessionNotFound(text) }
        return id
    }

    /// Runs `body`, replacing a "no active session" error with one that says where the session is.
    func explaining<T>(_ sessionID: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ScoutError where error.code == .sessionNotFound {
            throw await notFound(sessionID)
        }
    }

    /// "no active session 's_…' in workspace 'default'", with where it is instead when the store knows.
    func notFound(_ sessionID: String) async -> ScoutError {
        let place = try? await orchestrator.pipeline.abilities.workspaceAccess().sessionPlace(id: sessionID)
        let here = "in workspace '\(workspace)'"
        switch place {
        case let place? where place.workspace != workspace && place.isActive:
            return .init(
                .sessionNotFound,
                "no active session '\(sessionID)' \(here); it is in workspace '\(place.workspace)' "
                    + "(add --workspace \(place.workspace))")
        case let place? where place.workspace != workspace:
            return .init(
                .sessionNotFound,
                "session '\(sessionID)' was cleared in workspace '\(place.workspace)' "
                    + "(`scout restore \(sessionID) --workspace \(place.workspace)` brings it back)")
        case let place? where !place.isActive:
            return .init(
                .sessionNotFound,
                "session '\(sessionID)' was cleared (`scout restore \(sessionID)\(flag)` brings it back)")
        default:
            return .init(.sessionNotFound, "no active session '\(sessionID)' \(here) (`scout sessions` lists them)")
        }
    }
}

extension SessionScope {
    /// ` --workspace NAME` when this is not the configured workspace, for the commands Scout suggests; else empty.
    var flag: String { workspace == config.session.workspace ? "" : " --workspace \(workspace)" }
}
