import Foundation
import HTTPTypes
import Hummingbird
import ScoutCore

/// The place in flight a request's work holds; a stream takes it over (``ScoutService/stream(route:produce:)``)
/// and gives it back when its work ends.
enum RequestPermit {
    @TaskLocal static var current: AdmissionControl.Permit?
}

/// When the request being answered arrived (set by ``RouteTable`` for every route), for the latency histogram.
enum RequestStart {
    @TaskLocal static var instant: ContinuousClock.Instant?
}

extension ScoutService {
    /// Authenticates, admits (``AdmissionControl``), reads the body (bounded, and pre-scanned when JSON), runs the
    /// handler under the request deadline and turns every error into Scout's error JSON.
    func handle(
        _ route: String, _ request: Request, scope: APIScope,
        _ body: @escaping @Sendable (Principal, Data) async throws -> Response
    ) async -> Response {
        let started = RequestStart.instant ?? .now
        do {
            guard let principal = keys.authenticate(authorization: request.headers[.authorization]) else {
                throw ScoutHTTPError.unauthorized
            }
            guard principal.allows(scope) else { throw ScoutHTTPError.forbidden(scope.rawValue) }
            let permit = try admission.admit(key: String(principal.keyIndex))
            let data: Data
            do { data = try await readBody(request) } catch {
                permit.release()
                throw error
            }
            let response = try await withDeadline(permit: permit) { try await body(principal, data) }
            return finish(route, response, started: started)
        } catch {
            log(error, route: route)
            return errorResponse(route, error, started: started)
        }
    }

    /// A POST body within ``ServerLimits/maxBodyBytes``, its JSON within the depth and member bounds.
    func readBody(_ request: Request) async throws -> Data {
        guard request.method == .post else { return Data() }
        var request = request
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw ScoutHTTPError.tooLarge(maxBodyBytes)
        }
        let data: Data
        do {
            data = Data(try await request.collectBody(upTo: maxBodyBytes).readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ScoutHTTPError.tooLarge(maxBodyBytes)
        } catch {
            throw ScoutHTTPError.malformed("the request body could not be read")
        }
        try JSONPreScan(maxDepth: limits.maxJSONDepth, maxMembers: limits.maxJSONMembers).check(data)
        return data
    }

    /// Runs `work` on the ``WorkExecutor`` (holding `permit` until the work really ends) and answers 503 `deadline_exceeded` when it is not
    /// done within ``ServerLimits/requestTimeout``; the work is then cancelled. A stream's response is ready at once:
    /// its work is bounded by itself and by ``ServerLimits/writeTimeout``.
    func withDeadline(
        permit: AdmissionControl.Permit, _ work: @escaping @Sendable () async throws -> Response
    ) async throws -> Response {
        let timeout = limits.requestTimeout
        let task = Task(executorPreference: self.work) {
            defer { permit.releaseUnlessHandedOff() }
            return try await RequestPermit.$current.withValue(permit) { try await work() }
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let gate = ResumeOnce(continuation)
                let timer = Task {
                    try await Task.sleep(for: timeout)
                    gate.resume(with: .failure(ScoutHTTPError.deadlineExceeded(timeout)))
                    task.cancel()
                }
                Task {
                    let result = await task.result
                    timer.cancel()
                    gate.resume(with: result)
                }
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Counts one answered request (by route and status) and its latency; streams are counted when they end.
    func finish(_ route: String, _ response: Response, started: ContinuousClock.Instant? = nil) -> Response {
        let isStream = response.headers[.contentType] == SSE.contentType
        if !isStream {
            let started = started ?? RequestStart.instant
            metrics.request(route: route, status: Int(response.status.code), duration: started.map { .now - $0 })
        }
        return response
    }

    /// Scout's error JSON for `error`, counted like any answer.
    func errorResponse(_ route: String, _ error: any Error, started: ContinuousClock.Instant) -> Response {
        let http = ScoutHTTPError.from(error)
        var response = JSONResponse.make(
            ScoutHTTPError.Body(error: .init(code: http.code, message: http.message, field: http.field)),
            status: http.status)
        response.headers.append(contentsOf: http.headers)
        return finish(route, response, started: started)
    }
}

/// Resumes a continuation once, whichever of several racers comes first.
final class ResumeOnce<Value: Sendable>: Sendable {
    private let continuation: LockedValue<CheckedContinuation<Value, any Error>?>

    init(_ continuation: CheckedContinuation<Value, any Error>) { self.continuation = LockedValue(continuation) }

    func resume(with result: Result<Value, any Error>) {
        let first = continuation.withLock { stored in
            defer { stored = nil }
            return stored
        }
        first?.resume(with: result)
    }
}
