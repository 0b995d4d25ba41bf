internal import AsyncHTTPClient
public import CoreMetrics
public import Foundation
public import Logging
internal import NIOCore
internal import NIOHTTP1
import ScoutCore

/// The HTTP plumbing every vendor plugin shares: the process-wide `HTTPClient.shared` (never shut down by hand), a
/// rate limiter that learns from the vendor's answers (``RateLimiter``, ``VendorRateHeaders``), a concurrency limit, per-attempt timeouts, retries (``RetryPolicy``), call hooks and
/// per-attempt metrics (``VendorMetrics``). Request headers are never logged.
public final class VendorClient: Sendable {
    public let vendor: String
    public let settings: VendorHTTPSettings
    let logger: Logger
    let clock: any VendorClock
    let hooks: VendorHooks
    let metrics: VendorMetrics
    /// Marks a response final although its status is retryable (e.g. Anthropic's spend-limit 429).
    let isNonRetryable: @Sendable (VendorResponse) -> Bool
    let http: HTTPClient
    let rateLimiter: RateLimiter
    let rateHeaders: VendorRateHeaders
    let concurrency: ConcurrencyLimiter
    let random: @Sendable (ClosedRange<Double>) -> Double

    public init(
        vendor: String, settings: VendorHTTPSettings, logger: Logger,
        clock: any VendorClock = SystemVendorClock(), hooks: VendorHooks = .none,
        metrics: any MetricsFactory = NOOPMetricsHandler.instance,
        isNonRetryable: @escaping @Sendable (VendorResponse) -> Bool = { _ in false },
        rateHeaders: VendorRateHeaders = .generic,
        random: @escaping @Sendable (ClosedRange<Double>) -> Double = { Double.random(in: $0) }
    ) {
        self.vendor = vendor
        self.settings = settings
        self.logger = logger
        self.clock = clock
        self.hooks = hooks
        self.metrics = VendorMetrics(vendor: VendorMetrics.id(of: vendor), factory: metrics)
        self.isNonRetryable = isNonRetryable
        self.random = random
        http = .shared
        self.rateHeaders = rateHeaders
        let vendorMetrics = self.metrics
        rateLimiter = RateLimiter(
            limit: settings.rate, window: settings.rateWindowSeconds, maxPause: settings.backoffMaxSeconds,
            clock: clock, onPace: { vendorMetrics.pace($0) })
        concurrency = ConcurrencyLimiter(limit: settings.maxConcurrency)
    }

    /// Sends a request with retries and returns the final response: a 2xx, or a status that is not retried (other
    /// 4xx, 432, 433 …) for the caller to map. Throws a vendor error when retries run out.
    /// `isValid` checks a 2xx body; a body it rejects (malformed, cut short) is retried like a server error.
    public func send(
        _ request: VendorRequest, maxBodyBytes: Int = 32 << 20, isValid: (@Sendable (Data) -> Bool)? = nil
    ) async throws -> VendorResponse {
        try await execute(
            request,
            onSuccess: { status, headers, body in
                let data = try await body.collect(limit: maxBodyBytes)
                if let isValid, !isValid(data) { throw VendorRetryableError("malformed \(status) body") }
                return VendorResponse(status: status, headers: headers, body: data)
            }, onFinal: { $0 })
    }

    /// Sends a request whose 2xx body `read` consumes as it arrives (e.g. an SSE stream). `read` may throw
    /// ``VendorRetryableError`` to retry the attempt. A final non-2xx response is passed to `onFailure`, which throws.
    public func stream<T: Sendable>(
        _ request: VendorRequest,
        read: @escaping @Sendable (VendorHeaders, VendorBody) async throws -> T,
        onFailure: @escaping @Sendable (VendorResponse) throws -> T
    ) async throws -> T {
        try await execute(request, onSuccess: { _, headers, body in try await read(headers, body) }, onFinal: onFailure)
    }

    /// A body check for ``send(_:maxBodyBytes:isValid:)``: the body parses as JSON.
    public static let jsonBody: @Sendable (Data) -> Bool = { (try? JSONSerialization.jsonObject(with: $0)) != nil }

    static func collect(_ body: HTTPClientResponse.Body, limit: Int) async throws -> Data {
        var buffer = try await body.collect(upTo: limit)
        return Data(buffer.readBytes(length: buffer.readableBytes) ?? [])
    }

    private enum Outcome<T: Sendable>: Sendable {
        case success(T, status: Int)
        case final(VendorResponse)
        case retry(
            reason: String, headers: VendorHeaders?, status: Int?, response: VendorResponse?, timedOut: Bool = false)
    }

    private func execute<T: Sendable>(
        _ request: VendorRequest,
        onSuccess: @escaping @Sendable (Int, VendorHeaders, VendorBody) async throws -> T,
        onFinal: @escaping @Sendable (VendorResponse) throws -> T
    ) async throws -> T {
        let policy = settings.retryPolicy
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            let outcome: Outcome<T>
            // The start is paced inside the concurrency slot, so the time the limiter reserves is the time it starts.
            outcome = try await concurrency.run {
                try await self.rateLimiter.acquire()
                // The request leaves now: a billed call's pending charge is recorded here (``BilledSend``).
                try await BilledSend.announce()
                return try await self.measuredAttempt(request, onSuccess: onSuccess)
            }
            let billedStatus: Int? =
                switch outcome {
                case .success(_, let status): status
                case .retry(_, _, let status?, nil, _): status
                default: nil
                }
            let kept = billedStatus != nil ? request.credits : 0
            let reportedStatus: Int? =
                switch outcome {
                case .success(_, let status): status
                case .final(let response): response.status
                case .retry(_, _, let status, _, _): status
                }
            hooks.onAttempt(
                VendorAttempt(
                    vendor: vendor, label: request.label, attempt: attempt, status: reportedStatus, credits: kept))
            switch outcome {
            case .success(let value, _):
                return value
            case .final(let response):
                logger.debug(
                    "vendor call ended",
                    metadata: ["vendor": "\(vendor)", "call": "\(request.label)", "status": "\(response.status)"])
                return try onFinal(response)
            case .retry(let reason, let headers, _, let response, _):
                guard attempt <= policy.maxRetries else {
                    let detail = response.map { " (\($0.errorText.prefix(160)))" } ?? ""
                    throw ScoutError(
                        .vendor, "\(vendor) \(request.label) failed after \(attempt) attempts: \(reason)\(detail)")
                }
                let delay = policy.delay(retry: attempt, headers: headers, random: random)
                metrics.retry()
                logger.warning(
                    "vendor call will be retried",
                    metadata: [
                        "vendor": "\(vendor)", "call": "\(request.label)", "reason": "\(reason)",
                        "attempt": "\(attempt)",
                        "delay_seconds": "\(String(format: "%.3f", delay))",
                    ])
                try await clock.sleep(seconds: delay)
            }
        }
    }

    private struct AttemptTimeout: Error {}

    /// One attempt, recorded in ``metrics`` (count by status, 429s, real-time duration) when it ends with an outcome.
    private func measuredAttempt<T: Sendable>(
        _ request: VendorRequest,
        onSuccess: @escaping @Sendable (Int, VendorHeaders, VendorBody) async throws -> T
    ) async throws -> Outcome<T> {
        let start = ContinuousClock.now
        let outcome = try await attemptWithTimeout(request, onSuccess: onSuccess)
        let elapsed = ContinuousClock.now - start
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let status: VendorMetrics.AttemptStatus =
            switch outcome {
            case .success(_, let status): .http(status)
            case .final(let response): .http(response.status)
            case .retry(_, _, let status?, _, _): .http(status)
            case .retry(_, _, nil, _, let timedOut): timedOut ? .timeout : .transport
            }
        metrics.attempt(status, nanoseconds: nanoseconds)
        return outcome
    }

    private func attemptWithTimeout<T: Sendable>(
        _ request: VendorRequest,
        onSuccess: @escaping @Sendable (Int, VendorHeaders, VendorBody) async throws -> T
    ) async throws -> Outcome<T> {
        let timeout = settings.timeoutSeconds
        do {
            return try await withThrowingTaskGroup(of: Outcome<T>.self) { group in
                group.addTask { try await self.attempt(request, onSuccess: onSuccess) }
                group.addTask {
                    try await Task.sleep(for: .milliseconds(Int64(timeout * 1000)))
                    throw AttemptTimeout()
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        } catch is AttemptTimeout {
            return .retry(
                reason: "timed out after \(timeout) s", headers: nil, status: nil, response: nil, timedOut: true)
        }
    }

    private func attempt<T: Sendable>(
        _ request: VendorRequest,
        onSuccess: @escaping @Sendable (Int, VendorHeaders, VendorBody) async throws -> T
    ) async throws -> Outcome<T> {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let response: HTTPClientResponse
        do {
            // The overall attempt timeout (real time, head and body) fires first; this deadline is only a backstop.
            response = try await http.execute(
                outgoing, timeout: .milliseconds(Int64(settings.timeoutSeconds * 1000) + 1000), logger: nil)
        } catch {
            try Task.checkCancellation()
            return .retry(reason: "transport error: \(Self.describe(error))", headers: nil, status: nil, response: nil)
        }
        let status = Int(response.status.code)
        let headers = VendorHeaders(response.headers.map { ($0.name, $0.value) })
        await rateLimiter.observe(rateHeaders.signal(status: status, headers: headers, unit: settings.rateUnit))
        if (200..<300).contains(status) {
            do {
                return .success(try await onSuccess(status, headers, VendorBody(response.body)), status: status)
            } catch let error as VendorRetryableError {
                return .retry(reason: error.reason, headers: nil, status: status, response: nil)
            } catch let error as ScoutError {
                throw error
            } catch {
                try Task.checkCancellation()
                return .retry(
                    reason: "reading the response failed: \(Self.describe(error))", headers: nil, status: status,
                    response: nil)
            }
        }
        let body: Data
        do {
            body = try await Self.collect(response.body, limit: 1 << 20)
        } catch {
            try Task.checkCancellation()
            body = Data()
        }
        let full = VendorResponse(status: status, headers: headers, body: body)
        if RetryPolicy.isRetryable(status: status, headers: headers), !isNonRetryable(full) {
            return .retry(reason: "HTTP \(status)", headers: headers, status: status, response: full)
        }
        return .final(full)
    }

    /// A short, secret-free description of a transport error.
    static func describe(_ error: any Error) -> String {
        String(String(describing: error).prefix(120))
    }
}
