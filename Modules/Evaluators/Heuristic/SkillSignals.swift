import Foundation
import ScoutCore

extension EvaluationInput {
    /// Must-have coverage: skills shown anywhere in the profile. A skill not shown is unknown, not absent.
    func mustHaveSignal() -> Signal {
        coverage(.mustHave, skills: requirements.mustHaveSkills, label: "must-have")
    }

    /// Nice-to-have coverage, scored the same way.
    func niceToHaveSignal() -> Signal {
        coverage(.niceToHave, skills: requirements.niceToHaveSkills, label: "nice-to-have")
    }

    private func coverage(_ kind: Signal.Kind, skills: [String], label: String) -> Signal {
        var signal = Signal(kind)
        guard !skills.isEmpty else { return signal }
        var shown: [String] = [], evidence: [String] = []
        for skill in skills {
            // "Go or Rust" is met by either, under any of its names ("Golang").
            if let fact = JobRequirements.alternatives(skill).flatMap(SkillAliases.names(for:)).lazy
                .compactMap(facts.evidence(forSkill:)).first
            {
                shown.append(skill)
                evidence.append(fact)
            } else {
                signal.unknowns.append("\(label) '\(skill)' not shown in profile — unknown, not assumed absent")
            }
        }
        signal.score = Double(shown.count) / Double(skills.count)
        if !shown.isEmpty {
            signal.strength(
                "Shows \(shown.count) of \(skills.count) \(label) skills: \(shown.joined(separator: ", "))", evidence)
        }
        return signal
    }
}
