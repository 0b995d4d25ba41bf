import Foundation
public import SampleWorld
public import ScoutCore

/// A people source over the sample world with CoreSignal semantics: 20 previews a page, pages past `max_pages` empty,
/// `totalResults` the true total, collects of unknown ids nil. Counts every call so tests can prove nothing is billed twice.
public struct SamplePeopleSource: PeopleSource, SampleWorldSource {
    /// A call, as seen by the test-only failure hook.
    public enum Call: Sendable, Equatable {
        case resolve(Company)
        case search(PeopleQuery, page: Int)
        case collectProfile(Int)
        case collectCompany(Int)
    }

    /// The world searched: the one given, or the shared world of the seed, generated on first use (so commands that
    /// only read sessions never pay for generating it).
    public var world: SampleWorld { fixedWorld ?? SampleWorld.shared(seed: seed, variant: variant) }
    private let fixedWorld: SampleWorld?
    private let seed: UInt64
    private let variant: WorldVariant
    public let limits: PeopleSourceLimits
    private let state = SampleSourceState()
    private let failure: (@Sendable (Call) throws -> Void)?

    /// A source over `world`. `failure` runs before every call and may throw to simulate vendor errors (tests only);
    /// a failed call is not counted.
    public init(
        world: SampleWorld, limits: PeopleSourceLimits = Config().limits,
        failure: (@Sendable (Call) throws -> Void)? = nil
    ) {
        self.fixedWorld = world
        self.seed = world.seed
        self.variant = world.variant
        self.limits = limits
        self.failure = failure
    }

    /// A source over the shared world of the configured seed.
    public init(config: Config = Config(), failure: (@Sendable (Call) throws -> Void)? = nil) {
        self.fixedWorld = nil
        self.seed = UInt64(bitPattern: Int64(config.seed))
        self.variant = WorldVariant(rawValue: config.variant) ?? .standard
        self.limits = config.limits
        self.failure = failure
    }

    /// What this instance has served so far.
    public func stats() -> SampleSourceStats { state.stats() }

    public func resolveCompanyID(_ company: Company) async throws -> Int? {
        try failure?(.resolve(company))
        state.record { $0.resolutions += 1 }
        return world.resolveCompanyID(company)
    }

    public func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage {
        guard page >= 1 else { throw ScoutError.badInput("preview page must be 1 or more, got \(page)") }
        try failure?(.search(query, page: page))
        let matches = state.matches(for: query) { world.searchPeople(query) }
        state.record { $0.previewPages += 1 }
        guard page <= limits.maxPages else { return PreviewPage(results: [], page: page, totalResults: matches.count) }
        let start = min(matches.count, (page - 1) * limits.pageSize)
        let slice = matches[start..<min(matches.count, start + limits.pageSize)]
        let results = slice.compactMap { match in
            world.profile(employeeID: match.employeeID).map { world.preview(of: $0, score: match.score) }
        }
        return PreviewPage(results: results, page: page, totalResults: matches.count)
    }

    public func collectProfile(employeeID: Int) async throws -> Profile? {
        try failure?(.collectProfile(employeeID))
        guard let profile = world.profile(employeeID: employeeID) else {
            state.record { $0.missedCollects += 1 }
            return nil
        }
        state.record { $0.profileCollects[employeeID, default: 0] += 1 }
        return profile
    }

    public func collectCompany(id: Int) async throws -> CompanyRecord? {
        try failure?(.collectCompany(id))
        guard let company = world.company(id: id) else {
            state.record { $0.missedCollects += 1 }
            return nil
        }
        state.record { $0.companyCollects[id, default: 0] += 1 }
        return company.record
    }
}

extension SamplePeopleSource {
    /// The `sample` factory.
    public static let factory = PluginFactory<any PeopleSource>(
        type: "sample",
        summary: "offline people source over the generated sample world, with CoreSignal paging and credit semantics",
        config: Config.self
    ) { config, _ in SamplePeopleSource(config: config) }
}
