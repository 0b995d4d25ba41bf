import Foundation
import HTTPTypes
import Logging
import ScoutCore

/// Runs requests under an `Idempotency-Key` once per (workspace, key), through the store's ``IdempotentAnswers``
/// (so answers survive restarts and are shared by every process on the store), or an in-process table when the store
/// has none. A retry while the first attempt runs waits for its answer; one with another request body is refused.
struct IdempotentRequests: Sendable {
    let store: any IdempotentAnswers
    let clock: any ScoutClock
    let limits: IdempotencyLimits
    let logger: Logger
    /// How often a waiting retry asks again, and how long it waits at most before a 409.
    var poll: Duration = .milliseconds(50)
    var maxWait: Duration = .seconds(300)

    /// This process, in claim owners (each request adds its own token).
    static let process = "\(ProcessInfo.processInfo.hostName):\(getpid())"

    /// The key's stored answer (replayed), or `work`'s, run once and kept (unless a 5xx or too large to keep).
    func answer(
        _ key: IdempotencyKey, work: @Sendable () async -> IdempotentAnswer
    ) async throws -> (answer: IdempotentAnswer, replayed: Bool) {
        let owner = "\(Self.process):\(UUID().uuidString.prefix(12))"
        let deadline = clock.now().addingTimeInterval(IdempotencyLimits.seconds(maxWait))
        claiming: while true {
            switch try await store.claimIdempotencyKey(key, owner: owner, now: clock.now(), limits: limits) {
            case .replay(let answer): return (answer, true)
            case .mismatch: throw Self.reused
            case .claimed: break claiming
            case .inFlight:
                guard clock.now() < deadline else { throw Self.inFlight }
                try await Task.sleep(for: poll)
            }
        }
        // Renewed while the request runs, so a killed process's claim lapses and a retry can take it over.
        let renewal = Task { [store, clock, limits] in
            while !Task.isCancelled {
                try? await Task.sleep(for: limits.claimTTL / 3)
                if Task.isCancelled { return }
                _ = try? await store.claimIdempotencyKey(key, owner: owner, now: clock.now(), limits: limits)
            }
        }
        let answer = await work()
        renewal.cancel()
        do {
            try await store.finishIdempotencyKey(key, owner: owner, answer: answer, now: clock.now(), limits: limits)
        } catch {
            // The answer is the client's even if it could not be kept; the claim lapses and a retry runs again.
            logger.error("an idempotent answer could not be kept", metadata: ["error": .string("\(error)")])
        }
        return (answer, false)
    }

    /// SHA-256 (hex) of the canonical request: method, path and the body's JSON re-serialised with sorted keys (the
    /// raw bytes when it is not JSON), so reordered keys or other spacing are the same request.
    static func fingerprint(method: String, path: String, body: Data) -> String {
        var canonical = body
        if let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        {
            canonical = data
        }
        return SHA256.hex(Array("\(method) \(path)\n".utf8) + Array(canonical))
    }

    static let reused = ScoutHTTPError(
        .unprocessableContent, code: "idempotency_key_reused", "this Idempotency-Key was used for a different request",
        field: "Idempotency-Key")
    static let inFlight = ScoutHTTPError(
        .conflict, code: "idempotency_key_in_flight",
        "the first request with this Idempotency-Key is still running; retry later", field: "Idempotency-Key")
}

/// The in-process ``IdempotentAnswers`` of a service whose store has none.
actor ProcessIdempotency: IdempotentAnswers {
    private var table = IdempotencyTable()

    func claimIdempotencyKey(
        _ key: IdempotencyKey, owner: String, now: Date, limits: IdempotencyLimits
    ) -> IdempotencyClaim {
        table.claim(key, owner: owner, now: now, limits: limits)
    }

    func finishIdempotencyKey(
        _ key: IdempotencyKey, owner: String, answer: IdempotentAnswer?, now: Date, limits: IdempotencyLimits
    ) {
        table.finish(key, owner: owner, answer: answer, now: now, limits: limits)
    }
}
