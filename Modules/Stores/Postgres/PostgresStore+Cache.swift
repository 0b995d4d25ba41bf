public import Foundation
import PostgresNIO
public import ScoutCore

/// The record cache. Every upsert names its real conflict target and sets the fetch time to the time given.
extension PostgresStore {
    public func cachedProfile(employeeID: Int) async throws -> Cached<Profile>? {
        try await run("reading cached profile \(employeeID)") { client in
            try await client.query(
                "SELECT profile_data::text AS data, fetched_at FROM stored_profiles WHERE employee_id = \(employeeID)",
                logger: logger
            ).all().first.map { row in
                Cached(
                    try PostgresCoding.decode(Profile.self, from: row.value("data"), column: "profile_data"),
                    fetchedAt: try row.value("fetched_at"))
            }
        }
    }

    public func saveProfile(_ profile: Profile, fetchedAt: Date) async throws {
        let data = try PostgresCoding.json(profile), at = PostgresCoding.timestamp(fetchedAt)
        try await run("saving profile \(profile.employeeID)") { client in
            try await client.query(
                """
                INSERT INTO stored_profiles (employee_id, profile_data, fetched_at) VALUES (\(profile.employeeID), \(data)::jsonb, \(at))
                ON CONFLICT (employee_id) DO UPDATE SET profile_data = EXCLUDED.profile_data, fetched_at = EXCLUDED.fetched_at
                """, logger: logger
            ).collect()
        }
    }

    public func cachedCompany(id: Int) async throws -> Cached<CompanyRecord>? {
        try await run("reading cached company \(id)") { client in
            try await client.query(
                "SELECT company_data::text AS data, fetched_at FROM stored_companies WHERE company_id = \(id)",
                logger: logger
            ).all().first.map { row in
                Cached(
                    try PostgresCoding.decode(CompanyRecord.self, from: row.value("data"), column: "company_data"),
                    fetchedAt: try row.value("fetched_at"))
            }
        }
    }

    public func saveCompany(_ company: CompanyRecord, fetchedAt: Date) async throws {
        let data = try PostgresCoding.json(company), at = PostgresCoding.timestamp(fetchedAt)
        try await run("saving company \(company.id)") { client in
            try await client.query(
                """
                INSERT INTO stored_companies (company_id, company_data, fetched_at) VALUES (\(company.id), \(data)::jsonb, \(at))
                ON CONFLICT (company_id) DO UPDATE SET company_data = EXCLUDED.company_data, fetched_at = EXCLUDED.fetched_at
                """, logger: logger
            ).collect()
        }
    }

    public func cachedAnswer(namespace: String, key: String) async throws -> Cached<Data>? {
        try await run("reading cached \(namespace) answer") { client in
            try await client.query(
                "SELECT answer, fetched_at FROM answer_cache WHERE namespace = \(namespace) AND answer_key = \(key)",
                logger: logger
            ).all().first.map { row in Cached(try row.value("answer"), fetchedAt: try row.value("fetched_at")) }
        }
    }

    public func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) async throws {
        let at = PostgresCoding.timestamp(fetchedAt)
        try await run("saving \(namespace) answer") { client in
            try await client.query(
                """
                INSERT INTO answer_cache (namespace, answer_key, answer, fetched_at) VALUES (\(namespace), \(key), \(value), \(at))
                ON CONFLICT (namespace, answer_key) DO UPDATE SET answer = EXCLUDED.answer, fetched_at = EXCLUDED.fetched_at
                """, logger: logger
            ).collect()
        }
    }

    public func companyLookup(key: String) async throws -> CompanyLookup? {
        try await run("reading company lookup '\(key)'") { client in
            try await client.query(
                "SELECT vendor_id, checked_at FROM company_lookups WHERE lookup_key = \(key)", logger: logger
            ).all().first.map { row in
                CompanyLookup(vendorID: try row.value("vendor_id"), checkedAt: try row.value("checked_at"))
            }
        }
    }

    public func saveCompanyLookup(key: String, lookup: CompanyLookup) async throws {
        let at = PostgresCoding.timestamp(lookup.checkedAt)
        try await run("saving company lookup '\(key)'") { client in
            try await client.query(
                """
                INSERT INTO company_lookups (lookup_key, vendor_id, checked_at) VALUES (\(key), \(lookup.vendorID)::bigint, \(at))
                ON CONFLICT (lookup_key) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, checked_at = EXCLUDED.checked_at
                """, logger: logger
            ).collect()
        }
    }
}
