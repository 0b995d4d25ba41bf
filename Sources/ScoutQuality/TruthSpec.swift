import Foundation
public import ScoutCore
import Yams

/// A JD's ground truth, written by hand beside the free-text JD: who the JD is really asking for, in the sample
/// world's latent terms (domain ids, role-family ids, levels, places). Graded by ``RelevanceJudge``.
public struct TruthSpec: Sendable, Equatable, Decodable {
    /// One accepted place; a person matches an entry by city, country or region.
    public struct Place: Sendable, Equatable, Decodable {
        public var city: String?
        public var country: String?
        public var region: String?

        public init(city: String? = nil, country: String? = nil, region: String? = nil) {
            self.city = city
            self.country = country
            self.region = region
        }
    }

    /// Upper bounds on a grade when a condition is not met.
    public struct Caps: Sendable, Equatable, Decodable {
        public var adjacentDomain = 1
        public var otherDomain = 0
        public var outsideLocations = 1
        public var missingSkills = 2
        public var notWorking = 1

        public init() {}

        enum CodingKeys: String, CodingKey, CaseIterable {
            case adjacentDomain = "adjacent_domain", otherDomain = "other_domain", outsideLocations =
                "outside_locations"
            case missingSkills = "missing_skills", notWorking = "not_working"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Caps()
            adjacentDomain = try c.decode(.adjacentDomain, default: d.adjacentDomain)
            otherDomain = try c.decode(.otherDomain, default: d.otherDomain)
            outsideLocations = try c.decode(.outsideLocations, default: d.outsideLocations)
            missingSkills = try c.decode(.missingSkills, default: d.missingSkills)
            notWorking = try c.decode(.notWorking, default: d.notWorking)
        }
    }

    /// The JD file this spec grades, relative to the spec.
    public var jd: String
    /// A short label for tables.
    public var title: String
    /// The target domain id, or nil for "any".
    public var domain: String?
    public var adjacentDomains: [String]
    /// Role family id → grade 1…3; unlisted families grade 0.
    public var roles: [String: Int]
    /// Level → grade 1…3; unlisted levels grade 0.
    public var levels: [Seniority: Int]
    /// Accepted places; empty = anywhere.
    public var locations: [Place]
    /// Skills the person must all list (case-insensitive), or be capped by `caps.missingSkills`.
    public var skills: [String]
    public var caps: Caps

    public init(
        jd: String, title: String, domain: String?, adjacentDomains: [String] = [], roles: [String: Int],
        levels: [Seniority: Int], locations: [Place] = [], skills: [String] = [], caps: Caps = Caps()
    ) {
        self.jd = jd
        self.title = title
        self.domain = domain
        self.adjacentDomains = adjacentDomains
        self.roles = roles
        self.levels = levels
        self.locations = locations
        self.skills = skills
        self.caps = caps
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case jd, title, domain, roles, levels, locations, skills, caps
        case adjacentDomains = "adjacent_domains"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jd = try c.decode(String.self, forKey: .jd)
        title = try c.decode(.title, default: jd)
        let domain = try c.decode(String.self, forKey: .domain)
        self.domain = domain == "any" ? nil : domain
        adjacentDomains = try c.decode(.adjacentDomains, default: [])
        roles = try c.decode([String: Int].self, forKey: .roles)
        var levels: [Seniority: Int] = [:]
        for (word, grade) in try c.decode([String: Int].self, forKey: .levels) {
            guard let level = Seniority(rawValue: word) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .levels, in: c,
                    debugDescription:
                        "unknown level '\(word)'\(Suggestion.hint(for: word, valid: Seniority.allCases.map(\.rawValue)))"
                )
            }
            levels[level] = grade
        }
        self.levels = levels
        locations = try c.decode(.locations, default: [])
        skills = try c.decode(.skills, default: [])
        caps = try c.decode(.caps, default: Caps())
    }

    /// Reads a spec from YAML; unknown keys and out-of-range grades are errors that name the file.
    public static func load(yaml: String, file: String) throws -> TruthSpec {
        do {
            let node = try Yams.compose(yaml: yaml)
            if let mapping = node?.mapping {
                let valid = CodingKeys.allCases.map(\.rawValue)
                for key in mapping.keys.compactMap(\.string) where !valid.contains(key) {
                    throw ScoutError.badInput("\(file): unknown key '\(key)'\(Suggestion.hint(for: key, valid: valid))")
                }
            }
            let spec = try YAMLDecoder().decode(TruthSpec.self, from: yaml)
            let grades = Array(spec.roles.values) + Array(spec.levels.values)
            if let bad = grades.first(where: { !(0...3).contains($0) }) {
                throw ScoutError.badInput("\(file): grades must be 0…3, found \(bad)")
            }
            return spec
        } catch let error as ScoutError {
            throw error
        } catch {
            throw ScoutError.badInput("\(file): not a truth spec: \(error)")
        }
    }
}
