public import Foundation
import GRDB
public import ScoutCore

/// The record cache. Every upsert names its real conflict target and sets the fetch time to the time given.
extension SQLiteStore {
    public func cachedProfile(employeeID: Int) async throws -> Cached<Profile>? {
        try await read("reading cached profile \(employeeID)") { db in
            try Row.fetchOne(
                db, sql: "SELECT profile_data, fetched_at FROM stored_profiles WHERE employee_id = ?",
                arguments: [employeeID]
            ).map { row in
                Cached(
                    try SQLiteCoding.decode(Profile.self, from: row["profile_data"], column: "profile_data"),
                    fetchedAt: SQLiteCoding.date(row["fetched_at"]))
            }
        }
    }

    public func saveProfile(_ profile: Profile, fetchedAt: Date) async throws {
        let arguments: StatementArguments = [
            profile.employeeID, try SQLiteCoding.json(profile), SQLiteCoding.seconds(fetchedAt),
        ]
        try await write("saving profile \(profile.employeeID)") { db in
            try db.execute(
                sql: """
                    INSERT INTO stored_profiles (employee_id, profile_data, fetched_at) VALUES (?, ?, ?)
                    ON CONFLICT(employee_id) DO UPDATE SET profile_data = excluded.profile_data, fetched_at = excluded.fetched_at
                    """,
                arguments: arguments)
        }
    }

    public func cachedCompany(id: Int) async throws -> Cached<CompanyRecord>? {
        try await read("reading cached company \(id)") { db in
            try Row.fetchOne(
                db, sql: "SELECT company_data, fetched_at FROM stored_companies WHERE company_id = ?", arguments: [id]
            ).map { row in
                Cached(
                    try SQLiteCoding.decode(CompanyRecord.self, from: row["company_data"], column: "company_data"),
                    fetchedAt: SQLiteCoding.date(row["fetched_at"]))
            }
        }
    }

    public func saveCompany(_ company: CompanyRecord, fetchedAt: Date) async throws {
        let arguments: StatementArguments = [
            company.id, try SQLiteCoding.json(company), SQLiteCoding.seconds(fetchedAt),
        ]
        try await write("saving company \(company.id)") { db in
            try db.execute(
                sql: """
                    INSERT INTO stored_companies (company_id, company_data, fetched_at) VALUES (?, ?, ?)
                    ON CONFLICT(company_id) DO UPDATE SET company_data = excluded.company_data, fetched_at = excluded.fetched_at
                    """,
                arguments: arguments)
        }
    }

    public func cachedAnswer(namespace: String, key: String) async throws -> Cached<Data>? {
        try await read("reading cached \(namespace) answer") { db in
            try Row.fetchOne(
                db, sql: "SELECT answer, fetched_at FROM answer_cache WHERE namespace = ? AND answer_key = ?",
                arguments: [namespace, key]
            ).map { row in Cached(row["answer"], fetchedAt: SQLiteCoding.date(row["fetched_at"])) }
        }
    }

    public func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) async throws {
        let arguments: StatementArguments = [namespace, key, value, SQLiteCoding.seconds(fetchedAt)]
        try await write("saving \(namespace) answer") { db in
            try db.execute(
                sql: """
                    INSERT INTO answer_cache (namespace, answer_key, answer, fetched_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(namespace, answer_key) DO UPDATE SET answer = excluded.answer, fetched_at = excluded.fetched_at
                    """,
                arguments: arguments)
        }
    }

    public func companyLookup(key: String) async throws -> CompanyLookup? {
        try await read("reading company lookup '\(key)'") { db in
            try Row.fetchOne(
                db, sql: "SELECT vendor_id, checked_at FROM company_lookups WHERE lookup_key = ?", arguments: [key]
            ).map { row in CompanyLookup(vendorID: row["vendor_id"], checkedAt: SQLiteCoding.date(row["checked_at"])) }
        }
    }

    public func saveCompanyLookup(key: String, lookup: CompanyLookup) async throws {
        let arguments: StatementArguments = [key, lookup.vendorID, SQLiteCoding.seconds(lookup.checkedAt)]
        try await write("saving company lookup '\(key)'") { db in
            try db.execute(
                sql: """
                    INSERT INTO company_lookups (lookup_key, vendor_id, checked_at) VALUES (?, ?, ?)
                    ON CONFLICT(lookup_key) DO UPDATE SET vendor_id = excluded.vendor_id, checked_at = excluded.checked_at
                    """,
                arguments: arguments)
        }
    }
}
