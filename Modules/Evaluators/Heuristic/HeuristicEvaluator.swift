import Foundation
public import ScoutCore

/// The `heuristic` evaluator: deterministic, explainable scoring with no network.
///
/// Signals (each 0…1, weighted by ``Config``): must-have and nice-to-have skills shown in the profile, the current
/// title against the role, the level read from the title, years in relevant roles, time at target-domain companies,
/// recency of the relevant role, and location. A signal the profile cannot show is left out of the score and
/// reported in `unknowns`; every strength and concern cites the profile facts it rests on.
public struct HeuristicEvaluator: CandidateEvaluator {
    public let config: Config
    /// The month tenure and recency are measured to.
    public let now: YearMonth
    /// Written to ``Evaluation/evaluator``.
    public let id: String

    public init(config: Config = Config(), now: YearMonth, id: String = "heuristic") {
        self.config = config
        self.now = now
        self.id = id
    }

    public func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        try Task.checkCancellation()
        return evaluateSync(dossier, for: requirements)
    }

    /// The synchronous evaluation behind ``evaluate(_:for:)``.
    public func evaluateSync(_ dossier: CandidateDossier, for requirements: JobRequirements) -> Evaluation {
        let input = EvaluationInput(dossier: dossier, requirements: requirements, now: now, config: config)
        let seniority = input.senioritySignal(), title = input.titleSignal()
        let experience = [
            input.mustHaveSignal(), input.niceToHaveSignal(), title, seniority,
            input.tenureSignal(), input.recencySignal(),
        ]
        let domain = input.domainSignal(), location = input.locationSignal()
        let all = experience + [domain, location]

        let experienceMatch = Signal.score(experience, config: config) ?? 0
        let domainFit: Double
        if let score = domain.score {
            domainFit = Signal.rounded(score * 10)
        } else if requirements.targetDomain?.isEmpty == false {
            domainFit = 5  // unknown: neutral, and said so in unknowns
        } else {
            domainFit = experienceMatch
        }
        var overall = Signal.score(all, config: config) ?? 0
        // STRONG_FIT is claimed only when nothing known argues against it (the level distance cap itself is
        // `EvaluationGuard`'s, applied to every evaluator's answer): the current title is the role's, the level
        // one asked, the place accepted and, when the JD names a market, the market shown.
        let marketShown = requirements.targetDomain?.isEmpty != false || (domain.score ?? 0) >= 0.6
        if (title.score ?? 0) < 1 || (seniority.score ?? 1) < 1 || (location.score ?? 1) < 1 || !marketShown {
            overall = min(overall, EvaluationGuard.oneLevelOffCap)
        }
        let recommendation = Recommendation(score: overall)
        var unknowns = Signal.unique(all.flatMap(\.unknowns))
        if dossier.profile.education.isEmpty { unknowns.append("no education listed") }
        if dossier.freshness == .stale {
            unknowns.append("profile comes from a stale cache; recent changes may be missing")
        }
        let strengths = all.flatMap(\.strengths), concerns = all.flatMap(\.concerns)
        return Evaluation(
            overall: overall, domainFit: domainFit, experienceMatch: experienceMatch, strengths: strengths,
            concerns: concerns, unknowns: unknowns, recommendation: recommendation,
            summary: Self.summary(
                input, overall: overall, recommendation: recommendation, strengths: strengths, concerns: concerns),
            evaluator: id)
    }

    /// One sentence on the latest role, one on the verdict and its main reason.
    static func summary(
        _ input: EvaluationInput, overall: Double, recommendation: Recommendation, strengths: [EvidencePoint],
        concerns: [EvidencePoint]
    ) -> String {
        let facts = input.facts
        let first: String
        if let i = facts.currentIndex {
            first = "Currently \(facts.label(i))."
        } else if let i = facts.order.first {
            let end = facts.experience(i).end.map { ", ended \($0)" } ?? ""
            first = "Most recently \(facts.label(i))\(end)."
        } else {
            first = "The profile lists no experience."
        }
        var second =
            "Scored \(String(format: "%.1f", overall))/10 (\(recommendation.rawValue)) for \(input.requirements.roleTitle)"
        if let strength = strengths.first { second += "; \(lowercasedFirst(strength.text))" }
        if let concern = concerns.first { second += "; concern: \(lowercasedFirst(concern.text))" }
        return first + " " + second + "."
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension HeuristicEvaluator {
    /// The `heuristic` factory; "now" comes from the build context's clock.
    public static let factory = PluginFactory<any CandidateEvaluator>(
        type: "heuristic",
        summary: "deterministic rule-based scoring that cites profile facts (no network)",
        config: Config.self
    ) { config, context in
        HeuristicEvaluator(config: config, now: YearMonth(date: context.clock.now()), id: context.id)
    }
}
