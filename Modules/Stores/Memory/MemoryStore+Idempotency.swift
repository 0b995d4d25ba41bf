public import Foundation
public import ScoutCore

extension MemoryStore: IdempotentAnswers {
    public func claimIdempotencyKey(
        _ key: IdempotencyKey, owner: String, now: Date, limits: IdempotencyLimits
    ) -> IdempotencyClaim {
        idempotency.claim(key, owner: owner, now: now, limits: limits)
    }

    public func finishIdempotencyKey(
        _ key: IdempotencyKey, owner: String, answer: IdempotentAnswer?, now: Date, limits: IdempotencyLimits
    ) {
        idempotency.finish(key, owner: owner, answer: answer, now: now, limits: limits)
    }
}
