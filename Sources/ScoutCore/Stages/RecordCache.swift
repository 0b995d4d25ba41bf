public import Foundation

/// A remembered company-id lookup (nil id: the vendor had no match).
public struct CompanyLookup: Codable, Sendable, Equatable {
    public var vendorID: Int?
    public var checkedAt: Date

    public init(vendorID: Int?, checkedAt: Date) {
        self.vendorID = vendorID
        self.checkedAt = checkedAt
    }
}

/// The profile and company cache. Every save sets the fetch time to the time given (the time of the write),
/// so a record re-collected after expiry is fresh again.
public protocol RecordCache: Sendable {
    func cachedProfile(employeeID: Int) async throws -> Cached<Profile>?
    func saveProfile(_ profile: Profile, fetchedAt: Date) async throws
    func cachedCompany(id: Int) async throws -> Cached<CompanyRecord>?
    func saveCompany(_ company: CompanyRecord, fetchedAt: Date) async throws
    func companyLookup(key: String) async throws -> CompanyLookup?
    func saveCompanyLookup(key: String, lookup: CompanyLookup) async throws
    /// A remembered answer (a web search's, a JD parse's, a preview page's, an evaluation's) by namespace and key,
    /// with the time it was saved; the orchestrator's ``AnswerCache`` decides what is still fresh.
    func cachedAnswer(namespace: String, key: String) async throws -> Cached<Data>?
    /// Saves an answer, replacing one under the same namespace and key (the fetch time becomes `fetchedAt`).
    func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) async throws
}
