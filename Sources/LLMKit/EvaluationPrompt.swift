import Foundation
public import ScoutCore

/// The prompt LLM evaluators send: the JD's requirements and the dossier's facts, one `- field: value` line each,
/// and the reply schema. Facts are quoted in the same form the evaluation must cite them in.
public enum EvaluationPrompt {
    /// Marks an evaluation request (fakes use it to tell it from a JD-parsing request).
    public static let marker = "Scout candidate evaluation"
    /// Raise it when the user message changes: cached evaluations of the older prompt are not reused.
    public static let version = 1

    /// The prompt's part of an evaluator's ``AnswerIdentity``: its version and a hash of the system text.
    public static var identity: String { "prompt v\(version) \(SHA256.hex(system).prefix(16))" }

    public static let system = """
        You are \(marker): a careful technical recruiter scoring one candidate against one job description.
        Use only the profile facts given. Never invent employers, titles, dates or skills; what the profile does not show is \
        an unknown, not a concern. Cite every strength and concern with one or more facts copied exactly from the \
        PROFILE FACTS list (the text after "- "). Reply with one JSON object and nothing else:
        {"overall": 0-10, "domain_fit": 0-10, "experience_match": 0-10,
         "recommendation": "STRONG_FIT" | "GOOD_FIT" | "MODERATE_FIT" | "WEAK_FIT",
         "summary": "one or two sentences",
         "strengths": [{"text": "…", "facts": ["field: value", …]}],
         "concerns": [{"text": "…", "facts": ["field: value", …]}],
         "unknowns": ["requirement the profile says nothing about", …]}
        Recommendation by overall: 8+ STRONG_FIT, 6.5–8 GOOD_FIT, 4.5–6.5 MODERATE_FIT, below WEAK_FIT.
        """

    /// The user message for one dossier.
    public static func user(_ dossier: CandidateDossier, requirements: JobRequirements) -> String {
        var lines = ["REQUIREMENTS:"]
        lines += requirementLines(requirements).map { "- " + $0 }
        lines.append("")
        lines.append("PROFILE FACTS:")
        lines += facts(dossier).map { "- " + $0 }
        lines.append("")
        lines.append("Score this candidate. Reply with the JSON object only.")
        return lines.joined(separator: "\n")
    }

    static func requirementLines(_ r: JobRequirements) -> [String] {
        var lines = ["role_title: \(r.roleTitle)"]
        func add(_ name: String, _ values: [String]) {
            if !values.isEmpty { lines.append("\(name): \(values.joined(separator: "; "))") }
        }
        add("title_keywords", r.titleKeywords)
        add("seniority_levels", r.seniorityLevels.map(\.rawValue))
        add("must_have_skills", r.mustHaveSkills)
        add("nice_to_have_skills", r.niceToHaveSkills)
        if let location = r.location { lines.append("location: \(location)") }
        if let domain = r.targetDomain { lines.append("target_domain: \(domain)") }
        add("example_companies", r.mentionedCompanies)
        return lines
    }

    /// The dossier as `field: value` facts, experiences in profile order with their company records.
    public static func facts(_ dossier: CandidateDossier) -> [String] {
        let p = dossier.profile
        var facts: [String] = ["name: \(p.fullName)"]
        if let headline = nonEmpty(p.headline) { facts.append("headline: \(headline)") }
        if let location = nonEmpty(p.location) { facts.append("location: \(location)") }
        if let country = nonEmpty(p.country) { facts.append("country: \(country)") }
        let order = p.experiences.indices.sorted { a, b in
            let x = p.experiences[a], y = p.experiences[b]
            if (x.order ?? .max) != (y.order ?? .max) { return (x.order ?? .max) < (y.order ?? .max) }
            return (x.start?.monthIndex ?? .min) > (y.start?.monthIndex ?? .min)
        }
        for i in order {
            let e = p.experiences[i]
            if let title = nonEmpty(e.title) { facts.append("experience[\(i)].title: \(title)") }
            let record = e.companyID.flatMap { dossier.companies[$0] }
            if let industry = nonEmpty(record?.industry) {
                facts.append("experience[\(i)].company: \(e.companyName) (\(industry))")
            } else if !e.companyName.isEmpty {
                facts.append("experience[\(i)].company: \(e.companyName)")
            }
            if let start = e.start {
                facts.append("experience[\(i)].dates: \(start) – \(e.end?.description ?? "present")")
            }
            if let size = nonEmpty(record?.size) { facts.append("experience[\(i)].company_size: \(size)") }
            if let description = nonEmpty(e.description) {
                facts.append("experience[\(i)].description: \(description)")
            }
        }
        for skill in p.skills where !skill.isEmpty { facts.append("skills: \(skill)") }
        for school in p.education {
            facts.append("education: \(school.school)" + (school.major.map { " (\($0))" } ?? ""))
        }
        return facts
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text.replacingOccurrences(of: "\n", with: " ")
    }
}
