import Foundation
public import ScoutCore

/// Which vocabulary a sample world is written in. The latent world (domains, role families, levels, cities) is the
/// same kind of thing in every variant; only the words differ, so one truth spec grades people in every variant.
public enum WorldVariant: String, Sendable, CaseIterable, Codable {
    /// The built-in vocabulary (`Vocabulary`), the words Scout's heuristics were written with.
    case standard
    /// Titles, domain, product and place words unlike the built-in vocabulary, plus concurrent advisory roles and
    /// people with two records: what real JDs and real vendor data look like.
    case paraphrased

    /// The seed offset of the variant, so a paraphrased world is not the standard world with other words.
    var seedSalt: UInt64 { self == .standard ? 0 : 0x9E37_79B9 }

    /// The `variant` config key's problem for a value that names no variant, with the nearest valid name.
    public static func configProblem(_ value: String) -> ConfigProblem? {
        guard WorldVariant(rawValue: value) == nil else { return nil }
        let valid = allCases.map(\.rawValue)
        return ConfigProblem(
            key: "variant", "unknown variant '\(value)'\(Suggestion.hint(for: value, valid: valid))")
    }

    /// The words of the variant; nil for `standard`, which keeps the original generator byte for byte.
    var wording: WorldWording? { self == .standard ? nil : ParaphrasedWording.wording }
}

/// How a non-standard world variant writes its companies, titles and places.
struct WorldWording: Sendable {
    /// One flavour per `Vocabulary.domains` id, in the same order, with the same anchors.
    var flavors: [DomainFlavor]
    /// How each role family (`RoleFamily.id`) is written in titles.
    var families: [String: FamilyWording]
    /// Level words around a family title.
    var levels: LevelWording
    /// Canonical city string ("Berlin, Germany") → the ways this world writes it on profiles ("Berlin Metropolitan
    /// Area", "Berlin, Deutschland"). A city without an entry is written as is.
    var places: [String: [String]]
    /// Canonical skill ("Go") → how this world writes it ("Golang"). A skill without an entry is written as is.
    var skills: [String: String]
    /// Share of working people who also hold a concurrent advisory role, listed first on the profile.
    var advisorRate: Double
    /// Advisory titles ("Advisor", "Board Member" …).
    var advisorTitles: [String]
    /// Share of people who also have a second, thinner record under another employee id.
    var duplicateRate: Double
    /// Share of people in their first and only role since 2025 who are interns.
    var currentInternRate = 0.5
}

/// How one role family is written in this variant.
struct FamilyWording: Sendable {
    /// The usual title without level words ("Applied AI Developer").
    var title: String
    /// Other titles of the same work, without level words.
    var synonyms: [String]
    /// The area in management titles ("Head of {area}", "{area} Engineering Manager").
    var area: String
}

/// Title patterns per level. `{t}` is the family title or a synonym; `{a}` the family's area.
struct LevelWording: Sendable {
    var intern: [String]
    var junior: [String]
    var mid: [String]
    var senior: [String]
    /// Staff-level titles (ladder index 4).
    var staff: [String]
    var principal: [String]
    /// Managers of engineering or data work, then of everything else.
    var engineeringManager: [String]
    var manager: [String]
    var engineeringDirector: [String]
    var director: [String]
    var engineeringVP: [String]
    var vp: [String]

    /// The patterns of a ladder level.
    func patterns(_ level: Seniority, engineering: Bool) -> [String] {
        switch level {
        case .intern: return intern
        case .junior: return junior
        case .mid: return mid
        case .senior: return senior
        case .staff: return staff
        case .principal: return principal
        case .manager: return engineering ? engineeringManager : manager
        case .director: return engineering ? engineeringDirector : director
        case .vp, .executive: return engineering ? engineeringVP : vp
        }
    }
}

/// A stage that serves a sample world (the sample people source): quality tools read the world's ground truth
/// through it, without depending on the plugin.
public protocol SampleWorldSource: Sendable {
    var world: SampleWorld { get }
}
