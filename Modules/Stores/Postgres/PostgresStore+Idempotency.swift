public import Foundation
import PostgresNIO
public import ScoutCore

/// Idempotent answers as rows of `idempotency_keys`: a claim is an `INSERT … ON CONFLICT DO NOTHING` then a row lock,
/// in one transaction, so of several processes retrying one key exactly one runs it. Times are the caller's clock.
extension PostgresStore: IdempotentAnswers {
    public func claimIdempotencyKey(
        _ key: IdempotencyKey, owner: String, now: Date, limits: IdempotencyLimits
    ) async throws -> IdempotencyClaim {
        let at = PostgresCoding.timestamp(now)
        let claimEnds = PostgresCoding.timestamp(now.addingTimeInterval(IdempotencyLimits.seconds(limits.claimTTL)))
        let expires = PostgresCoding.timestamp(now.addingTimeInterval(IdempotencyLimits.seconds(limits.ttl)))
        return try await transaction("claiming an idempotency key") { connection in
            _ = try await connection.query(
                """
                DELETE FROM idempotency_keys
                WHERE workspace = \(key.workspace) AND idem_key = \(key.key) AND expires_at <= \(at)
                """, logger: logger
            ).collect()
            let inserted = try await connection.query(
                """
                INSERT INTO idempotency_keys
                    (workspace, idem_key, fingerprint, owner, claim_expires_at, bytes, finished_at, expires_at)
                VALUES (\(key.workspace), \(key.key), \(key.fingerprint), \(owner), \(claimEnds), 0, \(at), \(expires))
                ON CONFLICT (workspace, idem_key) DO NOTHING RETURNING owner
                """, logger: logger
            ).collect()
            if inserted.count == 1 { return .claimed }
            guard
                let row = try await connection.query(
                    """
                    SELECT fingerprint, owner, claim_expires_at, status, body FROM idempotency_keys
                    WHERE workspace = \(key.workspace) AND idem_key = \(key.key) FOR UPDATE
                    """, logger: logger
                ).all().first
            else { return .inFlight }
            guard try row.value("fingerprint", as: String.self) == key.fingerprint else { return .mismatch }
            if let status = try row.value("status", as: Int?.self) {
                let body = try row.value("body", as: Data?.self) ?? Data()
                return .replay(IdempotentAnswer(status: status, body: body))
            }
            let holder = try row.value("owner", as: String?.self)
            let claimExpires = try row.value("claim_expires_at", as: Date.self)
            guard holder == owner || claimExpires <= now else { return .inFlight }
            _ = try await connection.query(
                """
                UPDATE idempotency_keys SET owner = \(owner), claim_expires_at = \(claimEnds)
                WHERE workspace = \(key.workspace) AND idem_key = \(key.key)
                """, logger: logger
            ).collect()
            return .claimed
        }
    }

    public func finishIdempotencyKey(
        _ key: IdempotencyKey, owner: String, answer: IdempotentAnswer?, now: Date, limits: IdempotencyLimits
    ) async throws {
        let at = PostgresCoding.timestamp(now)
        let expires = PostgresCoding.timestamp(now.addingTimeInterval(IdempotencyLimits.seconds(limits.ttl)))
        try await transaction("finishing an idempotency key") { connection in
            guard let answer, limits.keeps(answer) else {
                _ = try await connection.query(
                    """
                    DELETE FROM idempotency_keys
                    WHERE workspace = \(key.workspace) AND idem_key = \(key.key) AND owner = \(owner) AND status IS NULL
                    """, logger: logger
                ).collect()
                return
            }
            let bytes = Int64(answer.body.count)
            let updated = try await connection.query(
                """
                UPDATE idempotency_keys SET owner = NULL, status = \(answer.status), body = \(answer.body),
                    bytes = \(bytes), finished_at = \(at), expires_at = \(expires)
                WHERE workspace = \(key.workspace) AND idem_key = \(key.key) AND owner = \(owner) AND status IS NULL
                RETURNING idem_key
                """, logger: logger
            ).collect()
            guard updated.count == 1 else { return }
            let maxEntries = Int64(limits.maxEntries), maxBytes = Int64(limits.maxBytes)
            _ = try await connection.query(
                """
                DELETE FROM idempotency_keys WHERE workspace = \(key.workspace) AND (expires_at <= \(at) OR idem_key IN (
                    SELECT idem_key FROM (
                        SELECT idem_key,
                            ROW_NUMBER() OVER (ORDER BY finished_at DESC, idem_key DESC) AS n,
                            SUM(bytes) OVER (ORDER BY finished_at DESC, idem_key DESC) AS total
                        FROM idempotency_keys
                        WHERE workspace = \(key.workspace) AND status IS NOT NULL AND expires_at > \(at)
                    ) ranked WHERE n > \(maxEntries) OR total > \(maxBytes)))
                """, logger: logger
            ).collect()
        }
    }
}
