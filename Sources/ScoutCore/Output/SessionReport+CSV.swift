import Foundation

extension SessionReport {
    /// RFC 4180 CSV of the ranked shortlist (`scout export --format csv`, `GET /api/jd/sessions/{id}?format=csv`).
    public static let csvHeader = [
        "rank", "employee_id", "name", "current_title", "current_company", "location", "overall", "domain_fit",
        "experience_match", "recommendation", "evaluation_status", "profile_freshness", "batch", "top_reason",
        "summary",
    ]

    public func csv() -> String {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for (index, c) in ranked.enumerated() {
            let e = c.evaluation
            let fields: [String] = [
                "\(index + 1)", "\(c.employeeID)", c.preview.name, c.preview.currentTitle ?? "",
                c.preview.currentCompany ?? "",
                c.preview.location ?? "", e.map { String(format: "%.1f", $0.overall) } ?? "",
                e.map { String(format: "%.1f", $0.domainFit) } ?? "",
                e.map { String(format: "%.1f", $0.experienceMatch) } ?? "",
                e?.recommendation.rawValue ?? "", e?.status.rawValue ?? "", c.freshness?.rawValue ?? "",
                "\(c.batchIndex + 1)",
                e?.topReason ?? "", e?.summary ?? "",
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public static func csvField(_ field: String) -> String {
        // A leading =, +, - or @ would be read as a formula by spreadsheets.
        var value = field
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
