import Foundation
public import ScoutCore

/// Parses and validates an LLM's evaluation reply: the JSON object (fenced or amid prose), scores within 0–10, a known
/// recommendation, a summary, and evidence points whose facts are `field: value` quotes of the dossier. Facts not
/// found in the dossier are dropped, and a point left with none is dropped.
public enum EvaluationReply {
    struct Wire: Decodable {
        struct Point: Decodable {
            var text: String
            var facts: [String]?
        }
        var overall: Double
        var domain_fit: Double
        var experience_match: Double
        var recommendation: String
        var summary: String
        var strengths: [Point]?
        var concerns: [Point]?
        var unknowns: [String]?
    }

    /// The evaluation, or a reason why the reply is unusable.
    public static func parse(
        _ text: String, dossier: CandidateDossier, evaluator: String
    ) -> Result<Evaluation, ReplyProblem> {
        guard let data = JSONReply.extractObject(from: text) else {
            return .failure(ReplyProblem("the reply holds no JSON object"))
        }
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: data)
        } catch {
            return .failure(ReplyProblem("the reply JSON does not match the schema"))
        }
        guard let recommendation = Recommendation(rawValue: wire.recommendation.uppercased()) else {
            return .failure(ReplyProblem("unknown recommendation '\(wire.recommendation.prefix(40))'"))
        }
        let haystack = Grounding(dossier)
        func points(_ items: [Wire.Point]?) -> [EvidencePoint] {
            (items ?? []).compactMap { item in
                let text = item.text.trimmingCharacters(in: .whitespacesAndNewlines)
                let facts = (item.facts ?? []).filter(haystack.isGrounded)
                return text.isEmpty || facts.isEmpty ? nil : EvidencePoint(text, facts: facts)
            }
        }
        let evaluation = Evaluation(
            overall: wire.overall, domainFit: wire.domain_fit, experienceMatch: wire.experience_match,
            strengths: points(wire.strengths), concerns: points(wire.concerns),
            unknowns: (wire.unknowns ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            recommendation: recommendation, summary: wire.summary.trimmingCharacters(in: .whitespacesAndNewlines),
            evaluator: evaluator)
        if let problem = evaluation.schemaProblems.first { return .failure(ReplyProblem(problem)) }
        return .success(evaluation)
    }

    /// Asks `complete` once, and once more when the reply is unusable; then gives up with a failed evaluation that
    /// keeps the candidate. Vendor errors propagate.
    public static func evaluate(
        dossier: CandidateDossier, evaluator: String, complete: () async throws -> String
    ) async throws -> Evaluation {
        var reasons: [String] = []
        for _ in 0..<2 {
            let text = try await complete()
            switch parse(text, dossier: dossier, evaluator: evaluator) {
            case .success(let evaluation): return evaluation
            case .failure(let problem): reasons.append(problem.reason)
            }
        }
        return .failed(evaluator: evaluator, reason: "invalid reply twice: \(reasons.last ?? "unknown")")
    }
}

/// Why a reply could not be used.
public struct ReplyProblem: Error, Sendable, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// Every string of a dossier, lowercased, to check that cited fact values quote it.
struct Grounding {
    let text: String

    init(_ dossier: CandidateDossier) {
        let p = dossier.profile
        var parts: [String?] = [p.fullName, p.headline, p.location, p.country, p.profileURL, p.slug, "present"]
        parts += p.skills
        for e in p.experiences {
            parts += [e.companyName, e.title, e.description, e.location, e.start?.description, e.end?.description]
        }
        for s in p.education {
            parts += [s.school, s.degree, s.major, s.startYear.map(String.init), s.endYear.map(String.init)]
        }
        let v = dossier.preview
        parts += [v.name, v.headline, v.location, v.currentTitle, v.currentCompany]
        for record in dossier.companies.values {
            parts += [
                record.name, record.website, record.industry, record.size, record.headquartersCountry,
                record.description,
                record.employeesCount.map(String.init), record.founded.map(String.init),
            ]
            parts += record.specialties
        }
        text = parts.compactMap { $0 }.joined(separator: "\n").lowercased()
    }

    /// True when the fact is `field: value` and each piece of the value occurs in the dossier.
    func isGrounded(_ fact: String) -> Bool {
        guard let colon = fact.range(of: ": ") else { return false }
        let field = fact[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        var pieces = [String(fact[colon.upperBound...])]
        for separator in [" – ", " (", ")", "; "] { pieces = pieces.flatMap { $0.components(separatedBy: separator) } }
        let values = pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return !field.isEmpty && !values.isEmpty && values.allSatisfy { text.contains($0.lowercased()) }
    }
}
