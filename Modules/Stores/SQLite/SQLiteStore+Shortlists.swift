public import Foundation
import GRDB
public import ScoutCore

extension SQLiteStore: SessionShortlists {
    public func shortlist(sessionID: String) async throws -> [Int] {
        try await read("reading the shortlist of session \(sessionID)") { db in
            try Int.fetchAll(
                db, sql: "SELECT employee_id FROM session_shortlist WHERE session_id = ? ORDER BY added_at, rowid",
                arguments: [sessionID])
        }
    }

    public func setShortlisted(_ shortlisted: Bool, employeeID: Int, sessionID: String, at: Date) async throws {
        try await write("updating the shortlist of session \(sessionID)") { db in
            if shortlisted {
                try db.execute(
                    sql: """
                        INSERT INTO session_shortlist (session_id, employee_id, added_at) VALUES (?, ?, ?)
                        ON CONFLICT (session_id, employee_id) DO NOTHING
                        """,
                    arguments: [sessionID, employeeID, at.timeIntervalSince1970])
            } else {
                try db.execute(
                    sql: "DELETE FROM session_shortlist WHERE session_id = ? AND employee_id = ?",
                    arguments: [sessionID, employeeID])
            }
        }
    }
}
