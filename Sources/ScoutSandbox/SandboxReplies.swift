import Foundation
import SampleWorld
import ScoutCore

/// The fakes' model: a deterministic scorer for evaluation prompts and a simple reader for JD-parsing prompts. It reads
/// only the prompt text (`- field: value` lines) and cites facts verbatim from it.
enum SandboxReplies {
    static let evaluationMarker = "Scout candidate evaluation"
    static let jdMarker = "Scout job description parser"

    static func reply(system: String, user: String, world: SampleWorld) -> String {
        if system.contains(jdMarker) { return SandboxJDReader.read(user, world: world) }
        if system.contains(evaluationMarker) { return "Here is my assessment.\n```json\n\(evaluate(user))\n```" }
        return "I can only help with Scout prompts."
    }

    /// Lines `- field: value` under a heading, as (field, value, whole fact).
    static func section(_ text: String, _ heading: String) -> [(field: String, value: String, fact: String)] {
        guard let start = text.range(of: heading + "\n") else { return [] }
        var result: [(String, String, String)] = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("- ") else { break }
            let fact = String(line.dropFirst(2))
            guard let colon = fact.range(of: ": ") else { continue }
            result.append((String(fact[..<colon.lowerBound]), String(fact[colon.upperBound...]), fact))
        }
        return result
    }

    static func evaluate(_ user: String) -> String {
        let requirements = section(user, "REQUIREMENTS:")
        let facts = section(user, "PROFILE FACTS:")
        func requirement(_ name: String) -> [String] {
            requirements.filter { $0.field == name }.flatMap { $0.value.components(separatedBy: "; ") }.filter {
                !$0.isEmpty
            }
        }
        let titles = requirement("title_keywords") + requirement("role_title")
        var strengths: [[String: Any]] = [], concerns: [[String: Any]] = [], unknowns: [String] = []
        let matchingTitle = facts.first { f in
            f.field.hasSuffix(".title") && titles.contains { TextTokens.contains(f.value, phrase: $0) }
        }
        var experience = 2.0, domain = 3.0
        if let matchingTitle {
            experience += 4
            strengths.append(["text": "Has held a matching role", "facts": [matchingTitle.fact]])
        } else if let anyTitle = facts.first(where: { $0.field.hasSuffix(".title") }) {
            concerns.append(["text": "No role matching the title was found", "facts": [anyTitle.fact]])
        }
        let skills = facts.filter { $0.field == "skills" }
        let wanted = requirement("must_have_skills") + requirement("nice_to_have_skills")
        var matched: [String] = []
        for skill in wanted {
            if let hit = skills.first(where: { $0.value.lowercased() == skill.lowercased() }) {
                matched.append(hit.fact)
            } else if requirement("must_have_skills").contains(skill) {
                unknowns.append("No evidence of \(skill)")
            }
        }
        if !matched.isEmpty {
            experience += min(4, Double(matched.count))
            strengths.append([
                "text": "Lists \(matched.count) of the requested skills", "facts": Array(matched.prefix(5)),
            ])
        }
        if let target = requirement("target_domain").first {
            let words = target.lowercased()
            let industries = Vocabulary.domains.filter { $0.name.lowercased() == words }.map(\.industry)
            let hit = facts.first { f in
                f.field.hasSuffix(".company")
                    && (f.value.lowercased().contains(words) || industries.contains { f.value.contains($0) })
            }
            if let hit {
                domain += 5
                strengths.append(["text": "Works in the target market", "facts": [hit.fact]])
            } else {
                unknowns.append("No evidence of experience in \(target)")
            }
        }
        experience = min(10, experience)
        domain = min(10, domain)
        let overall = ((experience * 0.6 + domain * 0.4) * 10).rounded() / 10
        let object: [String: Any] = [
            "overall": overall, "domain_fit": domain, "experience_match": experience,
            "recommendation": Recommendation(score: overall).rawValue,
            "summary": "Deterministic sandbox assessment: experience \(experience), domain \(domain).",
            "strengths": strengths, "concerns": concerns, "unknowns": unknowns,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
