public import Foundation

/// The store as the caches see it under `cache.scope: workspace`: profiles, companies, company lookups and answers
/// are kept per workspace, as answers under namespaces `ws/<workspace>/…` (``namespacePrefix(_:)``) in the store's
/// answer cache, so every store offers the scope without a schema of its own. The workspace is the calling task's
/// (``current``, set by the orchestrator around each call), else `defaultWorkspace`. Everything else is forwarded.
public struct WorkspaceCache: StoreDecorator {
    public let base: any ScoutStore
    public let defaultWorkspace: String

    /// The workspace whose cache the current task uses; set by the orchestrator (``Orchestrator/records``).
    @TaskLocal public static var current: String?

    public init(base: any ScoutStore, defaultWorkspace: String) {
        self.base = base
        self.defaultWorkspace = defaultWorkspace
    }

    /// What every workspace-scoped namespace starts with.
    public static let scopedPrefix = "ws/"

    /// The namespace prefix of `workspace`'s own cache entries.
    public static func namespacePrefix(_ workspace: String) -> String { "\(scopedPrefix)\(workspace)/" }

    var prefix: String { Self.namespacePrefix(Self.current ?? defaultWorkspace) }

    private func read<T: Decodable>(_ type: T.Type, _ namespace: String, _ key: String) async throws -> Cached<T>? {
        guard let cached = try await base.cachedAnswer(namespace: prefix + namespace, key: key) else { return nil }
        return Cached(try JSONDecoder().decode(T.self, from: cached.value), fetchedAt: cached.fetchedAt)
    }

    private func write(_ value: some Encodable, _ namespace: String, _ key: String, at: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await base.saveAnswer(namespace: prefix + namespace, key: key, value: encoder.encode(value), fetchedAt: at)
    }

    public func cachedProfile(employeeID: Int) async throws -> Cached<Profile>? {
        try await read(Profile.self, "profile", String(employeeID))
    }
    public func saveProfile(_ profile: Profile, fetchedAt: Date) async throws {
        try await write(profile, "profile", String(profile.employeeID), at: fetchedAt)
    }
    public func cachedCompany(id: Int) async throws -> Cached<CompanyRecord>? {
        try await read(CompanyRecord.self, "company", String(id))
    }
    public func saveCompany(_ company: CompanyRecord, fetchedAt: Date) async throws {
        try await write(company, "company", String(company.id), at: fetchedAt)
    }
    public func companyLookup(key: String) async throws -> CompanyLookup? {
        try await read(CompanyLookup.self, "company_lookup", key)?.value
    }
    public func saveCompanyLookup(key: String, lookup: CompanyLookup) async throws {
        try await write(lookup, "company_lookup", key, at: lookup.checkedAt)
    }
    public func cachedAnswer(namespace: String, key: String) async throws -> Cached<Data>? {
        try await base.cachedAnswer(namespace: prefix + namespace, key: key)
    }
    public func saveAnswer(namespace: String, key: String, value: Data, fetchedAt: Date) async throws {
        try await base.saveAnswer(namespace: prefix + namespace, key: key, value: value, fetchedAt: fetchedAt)
    }
}

extension Orchestrator {
    /// Runs `body` with the cache of `workspace` (nil: the configured one) as the current task's.
    func inWorkspace<T>(_ workspace: String?, _ body: () async throws -> T) async rethrows -> T {
        try await WorkspaceCache.$current.withValue(workspace ?? pipeline.session.workspace) { try await body() }
    }
}
