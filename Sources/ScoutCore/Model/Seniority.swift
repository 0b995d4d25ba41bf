import Foundation

/// A seniority level, ordered from intern to executive.
public enum Seniority: String, Codable, Sendable, CaseIterable, Comparable {
    case intern, junior, mid, senior, staff, principal, manager, director, vp, executive

    /// Position in the ladder; higher is more senior.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Seniority, rhs: Seniority) -> Bool { lhs.rank < rhs.rank }

    /// Infers a level from a job title, e.g. "Senior ML Engineer" → `.senior`, "VP Engineering" → `.vp`.
    /// A title with no level word is `.mid`, the vendor's usual default for an individual contributor.
    public static func infer(fromTitle title: String) -> Seniority {
        let words = Set(TextTokens.words(title))
        let text = " " + TextTokens.words(title).joined(separator: " ") + " "
        if words.contains("intern") || words.contains("internship") || words.contains("trainee")
            || words.contains("apprentice")
            || words.contains("werkstudent") || text.contains(" working student ")
        {
            return .intern
        }
        if words.isDisjoint(with: ["ceo", "cto", "cfo", "coo", "cpo", "ciso", "founder", "cofounder", "chief"]) == false
        {
            return .executive
        }
        if text.contains(" vice president ") || words.contains("vp") || words.contains("svp") || words.contains("evp") {
            return .vp
        }
        if words.contains("director") || words.contains("head") { return .director }
        // "Product Manager", "Account Manager" … name a job, not a management level.
        let roleManager = [
            " product manager ", " program manager ", " project manager ", " marketing manager ",
            " account manager ", " success manager ", " community manager ",
        ].contains { text.contains($0) }
        if (words.contains("manager") && !roleManager) || text.contains(" engineering lead ")
            || text.contains(" team lead ")
        {
            return .manager
        }
        if words.contains("principal") || words.contains("distinguished") || words.contains("fellow") {
            return .principal
        }
        if words.contains("staff") || words.contains("lead") { return .staff }
        if words.contains("senior") || words.contains("sr") || words.contains("snr") { return .senior }
        if words.contains("junior") || words.contains("jr") || words.contains("graduate") || words.contains("associate")
            || text.contains(" entry level ")
        {
            return .junior
        }
        // A numbered ladder at the end of the title: "Engineer I" … "Engineer V".
        switch TextTokens.words(title).last {
        case "i": return .junior
        case "iii": return .senior
        case "iv": return .staff
        case "v": return .principal
        default: return .mid
        }
    }

    /// How many ladder steps a title's level is from the nearest level asked; 0 when either is unknown. Two or more
    /// apart (a junior for a staff role) caps the verdict at MODERATE_FIT and is not paid for.
    public static func levelsApart(title: String?, from wanted: [Seniority]) -> Int {
        guard let title, !title.isEmpty, !wanted.isEmpty else { return 0 }
        let level = infer(fromTitle: title)
        return wanted.map { abs($0.rank - level.rank) }.min() ?? 0
    }

    /// Parses a level word as written in a JD or config ("Senior", "VP", "lead", "c-level").
    public init?(word: String) {
        let w = word.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        switch w {
        case "intern", "internship", "trainee": self = .intern
        case "junior", "jr", "entry", "entry-level", "entry level", "graduate", "associate": self = .junior
        case "mid", "mid-level", "mid level", "intermediate", "specialist": self = .mid
        case "senior", "sr": self = .senior
        case "staff", "lead", "tech lead": self = .staff
        case "principal", "distinguished": self = .principal
        case "manager", "management": self = .manager
        case "director", "head": self = .director
        case "vp", "vice president", "president/vice president", "svp": self = .vp
        case "executive", "c-level", "clevel", "cxo", "founder", "chief": self = .executive
        default:
            if let value = Seniority(rawValue: w) { self = value } else { return nil }
        }
    }
}
