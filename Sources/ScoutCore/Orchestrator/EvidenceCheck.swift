import Foundation

/// Checks that evidence facts (`field: value`) quote the dossier (used by ``EvaluationGuard`` on every evaluator): every part of each value must occur in the
/// profile's text or its company records. Parts are split on " – ", " (", ")" and "; " so that
/// `Echowave (Speech Recognition Software)` and `2019-03 – present` are checked piece by piece.
public enum EvidenceCheck {
    /// Every string the dossier holds, lowercased and joined: profile fields, experience dates as `YYYY-MM` and
    /// "present", education, preview fields and company records.
    public static func haystack(_ dossier: CandidateDossier) -> String {
        let p = dossier.profile
        var parts: [String?] = [
            p.fullName, p.headline, p.location, p.country, p.profileURL, p.slug, p.vendorUpdated,
            String(p.employeeID), "present",
        ]
        parts += p.skills
        for e in p.experiences {
            parts += [
                e.companyName, e.title, e.description, e.location, e.start?.description, e.end?.description,
                e.start.map { String($0.year) }, e.end.map { String($0.year) },
            ]
        }
        for s in p.education {
            parts += [s.school, s.degree, s.major, s.startYear.map(String.init), s.endYear.map(String.init)]
        }
        let v = dossier.preview
        parts += [v.name, v.headline, v.location, v.currentTitle, v.currentCompany]
        for record in dossier.companies.values.sorted(by: { $0.id < $1.id }) {
            parts += [
                record.name, record.website, record.industry, record.size, record.headquartersCountry,
                record.description, record.employeesCount.map(String.init), record.founded.map(String.init),
            ]
            parts += record.specialties
        }
        for company in dossier.discovered.values.sorted(by: { ($0.vendorID ?? 0) < ($1.vendorID ?? 0) }) {
            parts += [company.name, company.website, company.source.rawValue] + company.evidence
        }
        return parts.compactMap { $0 }.joined(separator: "\n").lowercased()
    }

    /// Problems with the facts of every strength and concern: missing facts, facts not shaped `field: value`, and
    /// values not found in the dossier.
    public static func problems(in evaluation: Evaluation, dossier: CandidateDossier) -> [String] {
        let text = haystack(dossier)
        var problems: [String] = []
        let points = evaluation.strengths.map { ("strength", $0) } + evaluation.concerns.map { ("concern", $0) }
        for (kind, point) in points {
            if point.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(kind) with empty text") }
            if point.facts.isEmpty { problems.append("\(kind) '\(point.text)' cites no profile fact") }
            for problem in unsupported(point, in: text) { problems.append("\(kind) '\(point.text)': \(problem)") }
        }
        return problems
    }

    /// What is wrong with one point's facts against a dossier's text (``haystack(_:)``); empty when all are quoted.
    public static func unsupported(_ point: EvidencePoint, in text: String) -> [String] {
        var problems: [String] = []
        for fact in point.facts {
            guard let colon = fact.range(of: ": ") else {
                problems.append("fact '\(fact)' is not written as 'field: value'")
                continue
            }
            let field = fact[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = String(fact[colon.upperBound...])
            if field.isEmpty || value.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("fact '\(fact)' has an empty field or value")
            }
            for part in parts(of: value) where !text.contains(part.lowercased()) {
                problems.append("'\(part)' in fact '\(fact)' is not in the profile")
            }
        }
        return problems
    }

    static func parts(of value: String) -> [String] {
        var pieces = [value]
        for separator in [" – ", " (", ")", "; "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
