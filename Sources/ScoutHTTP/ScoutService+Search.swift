import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ScoutCore

extension ScoutService {
    /// `POST /api/jd/domain-search`: JSON, or SSE when the client accepts `text/event-stream`.
    func domainSearch(_ request: Request, principal: Principal, body: Data) async throws -> Response {
        let search = try SearchRequest(try JSONBody(data: body, allowed: SearchRequest.fields))
        let orchestrator: Orchestrator
        if search.mode != nil || search.batchSize != nil {
            guard let overrides else {
                throw ScoutHTTPError.invalid("batching", "this server does not accept batching overrides")
            }
            orchestrator = try await overrides.orchestrator(mode: search.mode, batchSize: search.batchSize)
        } else {
            orchestrator = self.orchestrator
        }
        let workspace = principal.workspace
        if Self.wantsEventStream(request) {
            guard !shutdown.isShuttingDown else { throw Self.shuttingDown }
            return stream(route: "domain_search", request: request) { channel in
                do {
                    let result = try await orchestrator.search(
                        jd: search.jdText, count: search.count, workspace: workspace, hideSeen: search.hideSeen,
                        refresh: search.refresh,
                        events: { channel.send(EventPayloads.sse($0)) })
                    // An evaluator nobody can use ends the stream with its error, not a result.
                    try Self.checkEvaluator(result)
                    channel.send(
                        SSEEvent(
                            "search_complete",
                            Payloads.Load(
                                result, usdPerCredit: self.usdPerCredit,
                                includeCompanies: true)))
                } catch {
                    self.log(error, route: "domain_search")
                    channel.send(EventPayloads.error(error))
                }
            }
        }
        let result = try await orchestrator.search(
            jd: search.jdText, count: search.count, workspace: workspace, hideSeen: search.hideSeen,
            refresh: search.refresh)
        try Self.checkEvaluator(result)
        return JSONResponse.make(Payloads.Load(result, usdPerCredit: usdPerCredit, includeCompanies: true))
    }

    /// `POST /api/jd/load-more-previews`, idempotent under an `Idempotency-Key`.
    func loadMore(_ request: Request, principal: Principal, body: Data) async throws -> Response {
        let validModes = Set((overrides?.modes ?? [orchestrator.pipeline.batchingMode]) + ["off"])
        let load = try LoadMoreRequest(
            try JSONBody(data: body, allowed: LoadMoreRequest.fields), validModes: validModes)
        let work: @Sendable () async -> IdempotentAnswer = {
            do {
                let result = try await self.orchestrator.loadMore(
                    sessionID: load.sessionID, count: load.count,
                    workspace: principal.workspace)
                try Self.checkEvaluator(result)
                let payload = Payloads.Load(result, usdPerCredit: self.usdPerCredit, includeCompanies: false)
                return .init(status: 200, body: JSONResponse.data(payload))
            } catch {
                self.log(error, route: "load_more_previews")
                let http = ScoutHTTPError.from(error)
                return .init(
                    status: Int(http.status.code),
                    body: JSONResponse.data(
                        ScoutHTTPError.Body(
                            error: .init(
                                code: http.code, message: http.message, field: http.field))))
            }
        }
        guard let key = request.headers[Self.idempotencyKey] else {
            let answer = await work()
            return JSONResponse.make(data: answer.body, status: .init(code: answer.status))
        }
        guard !key.isEmpty, key.count <= 200 else {
            throw ScoutHTTPError.invalid("Idempotency-Key", "Idempotency-Key must be 1 to 200 characters")
        }
        let fingerprint = IdempotentRequests.fingerprint(
            method: request.method.rawValue, path: request.uri.path, body: body)
        let (answer, replayed) = try await idempotency.answer(
            IdempotencyKey(workspace: principal.workspace, key: key, fingerprint: fingerprint), work: work)
        var response = JSONResponse.make(data: answer.body, status: .init(code: answer.status))
        if replayed { response.headers[Self.idempotentReplayed] = "true" }
        return response
    }

    /// A load stopped by an evaluator nobody can use (a rejected key, a wrong endpoint, unusable replies in a row) is
    /// a 502 `evaluator_failed`, not a partial answer: its reason names the kept session and the rescore route.
    static func checkEvaluator(_ result: LoadResult) throws {
        guard let failure = result.failure, failure.code == .evaluatorFailed else { return }
        throw ScoutHTTPError(
            .badGateway, code: failure.code.rawValue,
            "\(failure.message) (session \(result.session.id) is kept; fix the evaluator, then POST /api/jd/rescore)")
    }

    /// `POST /api/jd/rescore`: scores a session's FAILED candidates again from the cached profiles (no profile
    /// credits). 502 `evaluator_failed` when the evaluator still cannot score.
    func rescore(principal: Principal, body: Data) async throws -> Response {
        let request = try SessionRequest(try JSONBody(data: body, allowed: SessionRequest.fields))
        let result = try await orchestrator.rescore(sessionID: try request.id(), workspace: principal.workspace)
        if let failure = result.failure { throw failure }
        return JSONResponse.make(ScoutPayloads.Rescore(result))
    }

    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
    static let shuttingDown = ScoutHTTPError(.serviceUnavailable, code: "shutting_down", "the server is shutting down")

    static func wantsEventStream(_ request: Request) -> Bool {
        request.headers[values: .accept].contains { $0.lowercased().contains("text/event-stream") }
    }

    /// Logs failures that are not the client's (5xx) with their message; client mistakes, shed requests and requests
    /// cut short by a shutdown at debug level.
    func log(_ error: any Error, route: String) {
        let http = ScoutHTTPError.from(error)
        let shed = ["overloaded", "shutting_down", "cancelled"].contains(http.code)
        let level: Logger.Level = http.status.code >= 500 && !shed ? .error : .debug
        orchestrator.logger.log(
            level: level, "request failed",
            metadata: ["route": .string(route), "code": .string(http.code), "error": .string(http.message)])
    }
}
