public import Foundation
import PostgresNIO
public import ScoutCore

extension PostgresStore: SessionShortlists {
    public func shortlist(sessionID: String) async throws -> [Int] {
        try await run("reading the shortlist of session \(sessionID)") { client in
            try await client.query(
                """
                SELECT employee_id FROM session_shortlist WHERE session_id = \(sessionID)
                ORDER BY added_at, employee_id
                """, logger: logger
            ).all().map { Int(try $0.value("employee_id") as Int64) }
        }
    }

    public func setShortlisted(_ shortlisted: Bool, employeeID: Int, sessionID: String, at: Date) async throws {
        let id = Int64(employeeID)
        try await run("updating the shortlist of session \(sessionID)") { client in
            if shortlisted {
                try await client.query(
                    """
                    INSERT INTO session_shortlist (session_id, employee_id, added_at) VALUES (\(sessionID), \(id), \(at))
                    ON CONFLICT (session_id, employee_id) DO NOTHING
                    """, logger: logger)
            } else {
                try await client.query(
                    "DELETE FROM session_shortlist WHERE session_id = \(sessionID) AND employee_id = \(id)",
                    logger: logger)
            }
        }
    }
}
