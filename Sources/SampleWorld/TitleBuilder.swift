import Foundation
import ScoutCore

/// Job titles from a role family and a level, written the ways people write them.
enum TitleBuilder {
    /// The career ladder the generator walks.
    static let ladder: [Seniority] = [.intern, .junior, .mid, .senior, .staff, .principal, .manager, .director, .vp]

    /// The area word used in management titles ("Engineering Manager, Speech").
    static let areas: [String: String] = [
        "ml_engineer": "Machine Learning", "research_scientist": "Research", "speech_engineer": "Speech",
        "backend_engineer": "Platform", "frontend_engineer": "Web", "mobile_engineer": "Mobile",
        "data_engineer": "Data Platform", "data_scientist": "Data Science", "devops_engineer": "Infrastructure",
        "security_engineer": "Security", "embedded_engineer": "Robotics Software", "engineering_manager": "Engineering",
        "product_manager": "Product", "designer": "Design", "sales": "Sales", "solutions_engineer": "Solutions",
        "marketing": "Marketing",
    ]

    /// Synonyms without level or management words, usable under any level word.
    static let plainSynonyms: [String: [String]] = Dictionary(
        uniqueKeysWithValues: Vocabulary.roleFamilies.map { family in
            (
                family.id,
                family.synonyms.filter { phrase in
                    !["head", "director", "group", "senior", "manager"].contains {
                        TextTokens.words(phrase).contains($0)
                    }
                }
            )
        })

    static func title(family: RoleFamily, level: Seniority, rng: inout SplitMix64) -> String {
        let area = areas[family.id] ?? "Engineering"
        let engineering = family.function == "engineering" || family.function == "data"
        switch level {
        case .manager:
            if engineering {
                return rng.pick(["Engineering Manager", "Engineering Manager, \(area)", "\(area) Engineering Manager"])
            }
            if family.id == "product_manager" { return rng.pick(["Group Product Manager", "Product Lead"]) }
            return rng.pick(["\(area) Manager", "\(area) Team Lead"])
        case .director:
            if engineering { return rng.pick(["Director of Engineering", "Head of \(area)", "Director, \(area)"]) }
            return rng.pick(["Director of \(area)", "Head of \(area)"])
        case .vp:
            if engineering { return rng.pick(["VP of Engineering", "VP Engineering", "Vice President, \(area)"]) }
            return rng.pick(["VP of \(area)", "VP \(area)"])
        case .executive:
            return engineering
                ? rng.pick(["CTO", "Co-founder & CTO"]) : rng.pick(["Co-founder & CEO", "Chief Operating Officer"])
        default:
            return individual(family: family, level: level, rng: &rng)
        }
    }

    private static func individual(family: RoleFamily, level: Seniority, rng: inout SplitMix64) -> String {
        let plain = plainSynonyms[family.id] ?? []
        var base = plain.isEmpty || rng.chance(0.6) ? family.title : rng.pick(plain)
        if family.id == "engineering_manager" { base = "Software Engineer" }
        switch level {
        case .intern: return rng.chance(0.7) ? "\(base) Intern" : "Intern, \(base)"
        case .junior: return rng.pick(["Junior \(base)", "Associate \(base)", "Graduate \(base)"])
        case .mid: return rng.chance(0.75) ? base : "\(base) II"
        case .senior: return rng.chance(0.8) ? "Senior \(base)" : "Sr. \(base)"
        case .staff: return rng.chance(0.7) ? "Staff \(base)" : "Lead \(base)"
        default: return "Principal \(base)"
        }
    }
}
