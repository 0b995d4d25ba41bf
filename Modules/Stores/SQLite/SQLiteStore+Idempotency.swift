public import Foundation
import GRDB
public import ScoutCore

/// Idempotent answers as rows of `idempotency_keys`, claimed and finished in immediate transactions, so every process
/// on the file sees one first attempt. Eviction deletes only the same workspace's rows.
extension SQLiteStore: IdempotentAnswers {
    public func claimIdempotencyKey(
        _ key: IdempotencyKey, owner: String, now: Date, limits: IdempotencyLimits
    ) async throws -> IdempotencyClaim {
        try await write("claiming an idempotency key") { db in
            let t = now.timeIntervalSince1970
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT fingerprint, owner, claim_expires_at, status, body FROM idempotency_keys
                    WHERE workspace = ? AND idem_key = ? AND expires_at > ?
                    """, arguments: [key.workspace, key.key, t])
            if let row {
                guard (row["fingerprint"] as String) == key.fingerprint else { return .mismatch }
                if let status = row["status"] as Int? {
                    return .replay(IdempotentAnswer(status: status, body: (row["body"] as Data?) ?? Data()))
                }
                guard (row["owner"] as String?) == owner || (row["claim_expires_at"] as Double) <= t else {
                    return .inFlight
                }
            }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO idempotency_keys
                        (workspace, idem_key, fingerprint, owner, claim_expires_at, status, body, bytes, finished_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, NULL, NULL, 0, ?, ?)
                    """,
                arguments: [
                    key.workspace, key.key, key.fingerprint, owner, t + IdempotencyLimits.seconds(limits.claimTTL), t,
                    t + IdempotencyLimits.seconds(limits.ttl),
                ])
            return .claimed
        }
    }

    public func finishIdempotencyKey(
        _ key: IdempotencyKey, owner: String, answer: IdempotentAnswer?, now: Date, limits: IdempotencyLimits
    ) async throws {
        try await write("finishing an idempotency key") { db in
            let t = now.timeIntervalSince1970
            guard let answer, limits.keeps(answer) else {
                try db.execute(
                    sql: """
                        DELETE FROM idempotency_keys
                        WHERE workspace = ? AND idem_key = ? AND owner = ? AND status IS NULL
                        """, arguments: [key.workspace, key.key, owner])
                return
            }
            try db.execute(
                sql: """
                    UPDATE idempotency_keys SET owner = NULL, status = ?, body = ?, bytes = ?, finished_at = ?, expires_at = ?
                    WHERE workspace = ? AND idem_key = ? AND owner = ? AND status IS NULL
                    """,
                arguments: [
                    answer.status, answer.body, answer.body.count, t, t + IdempotencyLimits.seconds(limits.ttl),
                    key.workspace, key.key, owner,
                ])
            guard db.changesCount > 0 else { return }
            // The workspace's expired rows, then its oldest answers beyond the bounds (newest kept first).
            try db.execute(
                sql: """
                    DELETE FROM idempotency_keys WHERE workspace = ? AND (expires_at <= ? OR idem_key IN (
                        SELECT idem_key FROM (
                            SELECT idem_key,
                                ROW_NUMBER() OVER (ORDER BY finished_at DESC, idem_key DESC) AS n,
                                SUM(bytes) OVER (ORDER BY finished_at DESC, idem_key DESC) AS total
                            FROM idempotency_keys WHERE workspace = ? AND status IS NOT NULL AND expires_at > ?
                        ) WHERE n > ? OR total > ?))
                    """, arguments: [key.workspace, t, key.workspace, t, limits.maxEntries, limits.maxBytes])
        }
    }
}
