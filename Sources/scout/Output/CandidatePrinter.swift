import Foundation
import ScoutCore

/// `scout show SESSION --candidate ID`: every stored fact of one candidate, as text.
enum CandidatePrinter {
    static func print(_ detail: ScoutPayloads.CandidateDetail) {
        let candidate = detail.candidate, preview = candidate.preview
        let place = detail.rank.map { "#\($0) of \(detail.ranked)" } ?? "unavailable at the vendor"
        Swift.print("\(preview.name) · candidate \(candidate.employeeID) · \(place) in session \(detail.sessionId)")
        let role = [preview.currentTitle, preview.currentCompany].compactMap { $0 }.joined(separator: " @ ")
        line("Current role", role.isEmpty ? nil : role)
        line("Headline", detail.profile?.headline ?? preview.headline)
        line(
            "Location",
            [detail.profile?.location ?? preview.location, detail.profile?.country].compactMap { $0 }.joined(
                separator: ", "))
        line("Profile", detail.profile?.profileURL)
        line("Slug", detail.profile?.slug)
        evaluation(candidate.evaluation)
        if let profile = detail.profile {
            experience(profile, companies: detail.companies)
            education(profile.education)
            Swift.print("")
            Swift.print(
                "Skills (\(profile.skills.count)): "
                    + (profile.skills.isEmpty ? "none listed" : profile.skills.joined(separator: ", ")))
        } else {
            Swift.print("")
            Swift.print("No profile is stored for this candidate.")
        }
        Swift.print("")
        provenance(detail)
    }

    private static func evaluation(_ evaluation: Evaluation?) {
        Swift.print("")
        guard let evaluation else { return Swift.print("Not evaluated.") }
        if evaluation.status == .failed {
            Swift.print(
                "Evaluation FAILED (\(evaluation.evaluator)): \(evaluation.failureReason ?? evaluation.summary)")
            return
        }
        Swift.print(
            "Score \(score(evaluation.overall)) · \(evaluation.recommendation.rawValue) · domain fit \(score(evaluation.domainFit)), "
                + "experience match \(score(evaluation.experienceMatch)) · evaluator \(evaluation.evaluator)")
        Swift.print("Summary: \(evaluation.summary)")
        points("Strengths", evaluation.strengths, marker: "+")
        points("Concerns", evaluation.concerns, marker: "-")
        Swift.print("Unknowns (\(evaluation.unknowns.count))" + (evaluation.unknowns.isEmpty ? ": none" : ":"))
        for unknown in evaluation.unknowns { Swift.print("  ? \(unknown)") }
    }

    private static func points(_ title: String, _ points: [EvidencePoint], marker: String) {
        Swift.print("\(title) (\(points.count))" + (points.isEmpty ? ": none" : ":"))
        for point in points {
            Swift.print("  \(marker) \(point.text)")
            for fact in point.facts { Swift.print("      · \(fact)") }
        }
    }

    private static func experience(_ profile: Profile, companies: [CompanyRecord]) {
        let experiences = profile.orderedExperiences
        Swift.print("")
        Swift.print("Experience (\(experiences.count))" + (experiences.isEmpty ? ": none listed" : ":"))
        for (index, role) in experiences.enumerated() {
            let period = "\(role.start?.description ?? "?") – \(role.end?.description ?? "now")"
            let company = role.companyName + (role.companyID.map { $0 > 0 ? " (company \($0))" : "" } ?? "")
            let title = role.title.map { "\($0) @ " } ?? ""
            // Numbered as the evaluation's facts cite them (`experience[0].title`).
            Swift.print("  [\(index)] \(period) · \(title)\(company)" + (role.location.map { " · \($0)" } ?? ""))
            if let description = role.description, !description.isEmpty { Swift.print("      \(description)") }
            if let record = companies.first(where: { $0.id == role.companyID }) {
                Swift.print("      " + summary(record))
            }
        }
    }

    private static func education(_ schools: [Education]) {
        Swift.print("")
        Swift.print("Education (\(schools.count))" + (schools.isEmpty ? ": none listed" : ":"))
        for school in schools {
            let years = [school.startYear, school.endYear].map { $0.map(String.init) ?? "?" }.joined(separator: "–")
            let parts = [school.school, school.degree, school.major, years == "?–?" ? nil : years].compactMap { $0 }
            Swift.print("  - " + parts.joined(separator: " · "))
        }
    }

    /// A company record on one line: every field the store holds.
    static func summary(_ record: CompanyRecord) -> String {
        let fields: [String?] = [
            record.industry, record.size, record.employeesCount.map { "\($0) employees" },
            record.founded.map { "founded \($0)" },
            record.headquartersCountry.map { "HQ \($0)" }, record.website,
            record.specialties.isEmpty ? nil : "specialties: " + record.specialties.joined(separator: ", "),
        ]
        let text = "Company: " + fields.compactMap { $0 }.joined(separator: " · ")
        return text + (record.description.map { " — \($0)" } ?? "")
    }

    private static func provenance(_ detail: ScoutPayloads.CandidateDetail) {
        let c = detail.candidate
        var parts = ["found in batch \(c.batchIndex + 1) (ordinal \(c.ordinal)) at \(Terminal.date(c.foundAt))"]
        if let freshness = c.freshness { parts.append("profile \(freshness.rawValue)") }
        if let fetched = detail.profileFetchedAt ?? c.profileFetchedAt {
            parts.append("collected \(Terminal.date(fetched))")
        }
        if let updated = detail.profile?.vendorUpdated { parts.append("vendor updated \(updated)") }
        if let score = c.preview.score { parts.append("search score \(String(format: "%.3f", score))") }
        Swift.print("Provenance: " + parts.joined(separator: "; "))
        if let note = c.note { Swift.print("Note: \(note)") }
    }

    private static func line(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        Swift.print("\(label): \(value)")
    }

    private static func score(_ value: Double) -> String { String(format: "%.1f", value) }
}
