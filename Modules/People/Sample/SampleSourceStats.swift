import Foundation
import SampleWorld
public import ScoutCore
import Synchronization

/// Calls a ``SamplePeopleSource`` has served.
public struct SampleSourceStats: Sendable, Equatable {
    /// Successful (billed) profile collects per employee id.
    public var profileCollects: [Int: Int] = [:]
    /// Successful (billed) company collects per company id.
    public var companyCollects: [Int: Int] = [:]
    /// Collects of unknown ids (not billed).
    public var missedCollects = 0
    /// Preview pages served, including empty pages past the cap.
    public var previewPages = 0
    public var resolutions = 0

    public init() {}

    /// All billed profile collects.
    public var totalProfileCollects: Int { profileCollects.values.reduce(0, +) }
    /// Employee ids collected more than once, ascending.
    public var duplicateProfileCollects: [Int] { profileCollects.filter { $0.value > 1 }.keys.sorted() }

    /// Credits spent under `limits`.
    public func credits(under limits: PeopleSourceLimits) -> Int {
        totalProfileCollects * limits.profileCredits + companyCollects.values.reduce(0, +) * limits.companyCredits
            + previewPages * limits.previewPageCredits
    }
}

/// The mutable state of a source: counters and the last query's ranked matches (pages of one query reuse them).
final class SampleSourceState: Sendable {
    private let counters = Mutex(SampleSourceStats())
    private let lastSearch = Mutex<(query: PeopleQuery, matches: [PeopleMatch])?>(nil)

    func stats() -> SampleSourceStats { counters.withLock { $0 } }

    func record(_ update: (inout SampleSourceStats) -> Void) { counters.withLock { update(&$0) } }

    func matches(for query: PeopleQuery, compute: () -> [PeopleMatch]) -> [PeopleMatch] {
        if let cached = lastSearch.withLock({ $0 }), cached.query == query { return cached.matches }
        let matches = compute()
        lastSearch.withLock { $0 = (query, matches) }
        return matches
    }
}
