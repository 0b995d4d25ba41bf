import Foundation

extension SessionReport {
    /// The web page's export (`GET /api/jd/sessions/{id}/export`): one row per ranked candidate, with the profile
    /// link, the current role, the location, the score, the recommendation and every strength and concern.
    public static let shortlistCSVHeader = [
        "rank", "employee_id", "name", "profile_url", "current_title", "current_company", "location", "overall",
        "recommendation", "shortlisted", "strengths", "concerns",
    ]

    /// RFC 4180 CSV of the ranked candidates, or of the shortlisted ones only (`onlyShortlisted`), in rank order.
    /// `profileURLs` maps employee ids to profile links (absent: an empty cell); several strengths or concerns are
    /// joined with " | ".
    public func shortlistCSV(profileURLs: [Int: String], shortlist: Set<Int>, onlyShortlisted: Bool) -> String {
        var lines = [Self.shortlistCSVHeader.joined(separator: ",")]
        for (index, c) in ranked.enumerated() where !onlyShortlisted || shortlist.contains(c.employeeID) {
            let e = c.evaluation
            let fields: [String] = [
                "\(index + 1)", "\(c.employeeID)", c.preview.name, profileURLs[c.employeeID] ?? "",
                c.preview.currentTitle ?? "", c.preview.currentCompany ?? "", c.preview.statedLocation ?? "",
                e.map { String(format: "%.1f", $0.overall) } ?? "", e?.recommendation.rawValue ?? "",
                shortlist.contains(c.employeeID) ? "yes" : "no",
                (e?.strengths ?? []).map(\.text).joined(separator: " | "),
                (e?.concerns ?? []).map(\.text).joined(separator: " | "),
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
