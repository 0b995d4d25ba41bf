import Foundation

/// The honesty checks every evaluator's answer passes before it is stored, whichever evaluator wrote it (heuristic or
/// an LLM): a strength or concern whose cited facts are not in the dossier, or say otherwise (``ClaimAudit``), is
/// dropped, and the drop is said in `unknowns`; a candidate whose current title reads two or more levels from those asked is at best MODERATE_FIT,
/// one level away at best GOOD_FIT; one whose stated place is outside every place the JD accepts is at best
/// MODERATE_FIT. Failed evaluations pass unchanged.
public enum EvaluationGuard {
    /// How a dropped contradicted claim is named in `unknowns`.
    public static let contradictedPrefix = "claim dropped, its cited facts say otherwise:"

    /// Highest overall score one level from the levels asked (the top of GOOD_FIT).
    public static let oneLevelOffCap = 7.9
    /// Highest overall score two or more levels away (the top of MODERATE_FIT).
    public static let levelsOffCap = 6.4

    public static func apply(
        _ evaluation: Evaluation, dossier: CandidateDossier, requirements: JobRequirements
    ) -> Evaluation {
        guard evaluation.status == .ok else { return evaluation }
        var checked = evaluation
        let text = EvidenceCheck.haystack(dossier)
        func keep(_ point: EvidencePoint) -> Bool {
            guard !point.facts.isEmpty, EvidenceCheck.unsupported(point, in: text).isEmpty else {
                checked.unknowns.append("claim dropped, its cited facts are not in the profile: \(point.text)")
                return false
            }
            return true
        }
        checked.strengths = evaluation.strengths.filter(keep)
        checked.concerns = evaluation.concerns.filter(keep)
        // A claim its own facts contradict goes too ("Located where the role is" citing a place outside it).
        let places = PlaceSet.parse(requirements.location ?? "")
        func consistent(_ point: EvidencePoint, strength: Bool) -> Bool {
            guard
                let reason = ClaimAudit.contradiction(
                    point, isStrength: strength, places: places,
                    levels: requirements.seniorityLevels)
            else { return true }
            checked.unknowns.append("\(contradictedPrefix) \(point.text) (\(reason))")
            return false
        }
        checked.strengths = checked.strengths.filter { consistent($0, strength: true) }
        checked.concerns = checked.concerns.filter { consistent($0, strength: false) }
        let apart = Seniority.levelsApart(
            title: dossier.profile.currentExperience?.title, from: requirements.seniorityLevels)
        let levelCap = apart >= 2 ? levelsOffCap : apart == 1 ? oneLevelOffCap : nil
        if let levelCap {
            cap(&checked, at: levelCap, because: "the current title reads \(apart) level(s) from those asked")
        }
        // Someone whose stated place is outside every place the JD accepts cannot take the job as posted.
        if !places.isEmpty, let location = dossier.profile.statedLocation, places.contains(location: location) == false
        {
            cap(
                &checked, at: levelsOffCap,
                because: "the profile's location (\(location)) is outside the places the JD accepts")
        }
        return checked
    }

    private static func cap(_ evaluation: inout Evaluation, at cap: Double, because reason: String) {
        guard evaluation.overall > cap else { return }
        evaluation.overall = cap
        let capped = Recommendation(score: cap)
        if capped.order > evaluation.recommendation.order { evaluation.recommendation = capped }
        evaluation.unknowns.append("verdict capped at \(capped.rawValue): \(reason)")
    }
}

extension Recommendation {
    /// 0 for STRONG_FIT … 3 for WEAK_FIT.
    public var order: Int { Recommendation.allCases.firstIndex(of: self) ?? 0 }
}
