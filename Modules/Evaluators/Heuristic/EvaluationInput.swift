import Foundation
import ScoutCore

/// What the signals read: the profile's facts, the requirements and the derived role family.
struct EvaluationInput {
    let facts: ProfileFacts
    let requirements: JobRequirements
    let now: YearMonth
    let config: HeuristicEvaluator.Config
    let family: RoleFamily?
    /// Title phrases that mark a relevant role.
    let phrases: [String]
    /// Experiences (indexes into `profile.experiences`) whose title matches the role, in profile order.
    let relevant: [Int]
    /// Experiences whose title is related to the role without matching it (``RoleTerms/affinity(title:)``).
    let related: [Int]
    let terms: RoleTerms

    init(dossier: CandidateDossier, requirements: JobRequirements, now: YearMonth, config: HeuristicEvaluator.Config) {
        let facts = ProfileFacts(dossier)
        self.facts = facts
        self.requirements = requirements
        self.now = now
        self.config = config
        let family =
            Vocabulary.roleFamily(forTitle: requirements.roleTitle)
            ?? requirements.titleKeywords.lazy.compactMap(Vocabulary.roleFamily(forTitle:)).first
        self.family = family
        let phrases =
            requirements.titleKeywords.isEmpty
            ? [Self.withoutLevels(requirements.roleTitle)] : requirements.titleKeywords
        self.phrases = phrases.filter { !TextTokens.words($0).isEmpty }
        let relevant = facts.order.filter { i in
            guard let title = facts.experience(i).title else { return false }
            return Self.matches(title, phrases: phrases, family: family)
        }
        self.relevant = relevant
        let terms = RoleTerms(requirements)
        self.terms = terms
        related = facts.order.filter { i in
            !relevant.contains(i) && !facts.experience(i).isAdvisory
                && terms.affinity(title: facts.experience(i).title) >= RoleTerms.relatedThreshold
        }
    }

    /// True when a title holds one of the phrases or belongs to the role's family.
    static func matches(_ title: String, phrases: [String], family: RoleFamily?) -> Bool {
        if phrases.contains(where: { TextTokens.contains(title, phrase: $0) }) { return true }
        guard let family else { return false }
        return Vocabulary.roleFamily(forTitle: title)?.id == family.id
    }

    func isRelevant(_ title: String?) -> Bool {
        title.map { Self.matches($0, phrases: phrases, family: family) } ?? false
    }

    /// The role's name for prose: the first title phrase.
    var roleName: String { phrases.first ?? requirements.roleTitle }

    /// "Senior Machine Learning Engineer" → "Machine Learning Engineer".
    static func withoutLevels(_ title: String) -> String {
        let levels: Set<String> = [
            "senior", "sr", "junior", "jr", "staff", "lead", "principal", "mid", "intern", "head",
        ]
        return title.split(separator: " ").filter { !levels.contains($0.lowercased()) }.joined(separator: " ")
    }

    /// Months between a year-month and now.
    func monthsAgo(_ date: YearMonth) -> Int { max(0, now.monthIndex - date.monthIndex) }

    /// "3.5" years from months.
    static func years(_ months: Int) -> String { String(format: "%.1f", Double(months) / 12) }
}
