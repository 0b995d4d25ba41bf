public import Foundation

/// ``IdempotentAnswers`` as a value held by one actor: the memory store's, and the HTTP service's own when its
/// store has none. The same rules as the SQLite and Postgres tables, within one process.
public struct IdempotencyTable: Sendable {
    struct Entry: Sendable {
        var fingerprint: String
        var owner: String?
        var claimExpires: Date
        var answer: IdempotentAnswer?
        var expires: Date
        var finishedAt: Date
    }

    /// Entries per workspace, then key.
    var entries: [String: [String: Entry]] = [:]

    public init() {}

    /// See ``IdempotentAnswers/claimIdempotencyKey(_:owner:now:limits:)``.
    public mutating func claim(
        _ key: IdempotencyKey, owner: String, now: Date, limits: IdempotencyLimits
    ) -> IdempotencyClaim {
        let claimExpires = now.addingTimeInterval(IdempotencyLimits.seconds(limits.claimTTL))
        if let entry = entries[key.workspace]?[key.key], entry.expires > now {
            guard entry.fingerprint == key.fingerprint else { return .mismatch }
            if let answer = entry.answer { return .replay(answer) }
            guard entry.owner == owner || entry.claimExpires <= now else { return .inFlight }
        }
        entries[key.workspace, default: [:]][key.key] = Entry(
            fingerprint: key.fingerprint, owner: owner, claimExpires: claimExpires, answer: nil,
            expires: now.addingTimeInterval(IdempotencyLimits.seconds(limits.ttl)), finishedAt: now)
        return .claimed
    }

    /// See ``IdempotentAnswers/finishIdempotencyKey(_:owner:answer:now:limits:)``.
    public mutating func finish(
        _ key: IdempotencyKey, owner: String, answer: IdempotentAnswer?, now: Date, limits: IdempotencyLimits
    ) {
        guard var entry = entries[key.workspace]?[key.key], entry.owner == owner, entry.answer == nil else { return }
        guard let answer, limits.keeps(answer) else {
            entries[key.workspace]?[key.key] = nil
            return
        }
        entry.owner = nil
        entry.answer = answer
        entry.finishedAt = now
        entry.expires = now.addingTimeInterval(IdempotencyLimits.seconds(limits.ttl))
        entries[key.workspace]?[key.key] = entry
        evict(workspace: key.workspace, now: now, limits: limits)
    }

    /// Drops the workspace's expired entries, then its oldest answers beyond its bounds.
    private mutating func evict(workspace: String, now: Date, limits: IdempotencyLimits) {
        guard var table = entries[workspace] else { return }
        table = table.filter { $0.value.expires > now }
        let finished = table.filter { $0.value.answer != nil }.sorted {
            ($0.value.finishedAt, $0.key) > ($1.value.finishedAt, $1.key)
        }
        var count = 0
        var bytes = 0
        for (id, entry) in finished {
            count += 1
            bytes += entry.answer?.body.count ?? 0
            if count > limits.maxEntries || bytes > limits.maxBytes { table[id] = nil }
        }
        entries[workspace] = table
    }

    /// Removes the answers of `workspace` (nil: every workspace) that mention `match`'s people; returns how many.
    public mutating func removeAnswers(mentioning match: ErasureMatch, workspace: String?) -> Int {
        var removed = 0
        for (space, table) in entries where workspace == nil || space == workspace {
            for (id, entry) in table {
                guard let body = entry.answer?.body, match.matches(body) else { continue }
                entries[space]?[id] = nil
                removed += 1
            }
        }
        return removed
    }
}
