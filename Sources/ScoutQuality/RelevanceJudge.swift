import Foundation
public import SampleWorld
import ScoutCore

/// Grades people against a ``TruthSpec`` from what the sample world *is* — the generator's latent attributes of each
/// person's primary current role — never from what a parser or evaluator read in the text:
/// `rel = min(role grade, level grade, domain cap, location cap, skills cap, working cap)`, 0…3.
public struct RelevanceJudge: Sendable {
    public let spec: TruthSpec

    public init(spec: TruthSpec) { self.spec = spec }

    /// The grade of one person.
    public func grade(_ person: PersonTruth) -> Int {
        var grade = min(spec.roles[person.familyID] ?? 0, spec.levels[person.level] ?? 0)
        if let domain = spec.domain, person.domainID != domain {
            let adjacent = person.domainID.map(spec.adjacentDomains.contains) ?? false
            grade = min(grade, adjacent ? spec.caps.adjacentDomain : spec.caps.otherDomain)
        }
        if !spec.locations.isEmpty, !spec.locations.contains(where: { Self.matches($0, person) }) {
            grade = min(grade, spec.caps.outsideLocations)
        }
        if !spec.skills.isEmpty {
            let held = Set(person.skills.map { $0.lowercased() })
            if !spec.skills.allSatisfy({ held.contains($0.lowercased()) }) {
                grade = min(grade, spec.caps.missingSkills)
            }
        }
        if !person.isWorking { grade = min(grade, spec.caps.notWorking) }
        return max(0, grade)
    }

    /// Why a person grades below 2: each condition that caps the grade there ("level junior", "domain fintech" …).
    public func reasons(_ person: PersonTruth) -> [String] {
        var out: [String] = []
        if (spec.roles[person.familyID] ?? 0) < QualityMetrics.relevant { out.append("role \(person.familyID)") }
        if (spec.levels[person.level] ?? 0) < QualityMetrics.relevant { out.append("level \(person.level.rawValue)") }
        if let domain = spec.domain, person.domainID != domain {
            let adjacent = person.domainID.map(spec.adjacentDomains.contains) ?? false
            if (adjacent ? spec.caps.adjacentDomain : spec.caps.otherDomain) < QualityMetrics.relevant {
                out.append("domain \(person.domainID ?? "unknown")")
            }
        }
        if !spec.locations.isEmpty, !spec.locations.contains(where: { Self.matches($0, person) }),
            spec.caps.outsideLocations < QualityMetrics.relevant
        {
            out.append("location \(person.city), \(person.country)")
        }
        if !person.isWorking, spec.caps.notWorking < QualityMetrics.relevant { out.append("not working") }
        return out
    }

    /// Every person's grade in a world, by person (a person with two records counts once, at the better grade).
    public func grades(in world: SampleWorld) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for truth in world.truths {
            let g = grade(truth)
            if g > (out[truth.personID] ?? -1) { out[truth.personID] = g }
        }
        return out
    }

    static func matches(_ place: TruthSpec.Place, _ person: PersonTruth) -> Bool {
        if let city = place.city, city.caseInsensitiveCompare(person.city) == .orderedSame { return true }
        if let country = place.country, country.caseInsensitiveCompare(person.country) == .orderedSame { return true }
        if let region = place.region, regions[region.lowercased()]?.contains(person.country) == true { return true }
        return false
    }

    /// Countries of each region a truth spec may name.
    public static let regions: [String: Set<String>] = {
        let eu: Set<String> = [
            "Ireland", "Germany", "Austria", "France", "Spain", "Poland", "Denmark", "Sweden", "Finland",
            "Portugal", "Netherlands", "Italy", "Belgium",
        ]
        return [
            "north_america": ["United States", "Canada"],
            "latin_america": ["Mexico", "Argentina", "Brazil"],
            "eu": eu,
            "europe": eu.union(["United Kingdom", "Switzerland", "Norway"]),
            "asia": ["Vietnam", "China", "Singapore", "India", "Japan"],
            "middle_east": ["Turkey", "Israel"],
            "africa": ["Nigeria", "Kenya", "Ghana"],
        ]
    }()
}
