import Foundation
public import ScoutCore

/// Searches the same companies (the first `max_companies`) in every batch, each batch with its own seniority
/// band: the JD's levels first, then the neighbouring levels outward, so "load more" widens the level range
/// instead of the company list.
public struct SeniorityVariation: BatchingMode {
    public let config: Config

    public init(config: Config = Config()) { self.config = config }

    /// Groups of neighbouring levels, from junior to senior.
    static let ladder: [[Seniority]] = [
        [.intern], [.junior], [.mid], [.senior], [.staff, .principal], [.manager, .director], [.vp, .executive],
    ]

    /// Bands when the JD names no level.
    public static let defaultBands: [[Seniority]] = [
        [.senior], [.staff, .principal], [.mid], [.junior], [.manager, .director],
    ]

    /// The bands in batch order: the configured ones, else derived from the JD's levels. Senior gives
    /// [senior], [staff, principal], [mid], [manager, director].
    public func bands(for requirements: JobRequirements) -> [[Seniority]] {
        if let bands = config.bands {
            var seen = Set<Seniority>()
            return bands.map { band in band.compactMap { Seniority(word: $0) }.filter { seen.insert($0).inserted } }
                .filter { !$0.isEmpty }
        }
        let requested = Array(Set(requirements.seniorityLevels)).sorted()
        guard !requested.isEmpty else { return Self.defaultBands }
        let groups = Self.ladder.indices.filter { !Set(Self.ladder[$0]).isDisjoint(with: requested) }
        let (low, high) = (groups.min()!, groups.max()!)
        // The rest of the requested groups, then one up, one down, two up.
        let order = Array(low...high) + [high + 1, low - 1, high + 2]
        var bands = [requested]
        for index in order where Self.ladder.indices.contains(index) {
            let band = Self.ladder[index].filter { !requested.contains($0) }
            if !band.isEmpty, !bands.contains(band) { bands.append(band) }
        }
        return bands
    }

    public func plan(_ companies: [Company], for requirements: JobRequirements) -> [CompanyBatch] {
        let picked = Array(companies.prefix(config.maxCompanies))
        guard !picked.isEmpty else { return [] }
        return bands(for: requirements).enumerated().map { index, band in
            CompanyBatch(index: index, companies: picked, seniorities: band)
        }
    }
}

extension SeniorityVariation {
    /// The `seniority_variation` factory.
    public static let factory = PluginFactory<any BatchingMode>(
        type: "seniority_variation",
        summary: "the same companies in every batch, a different seniority band per batch",
        config: Config.self
    ) { config, _ in SeniorityVariation(config: config) }
}
