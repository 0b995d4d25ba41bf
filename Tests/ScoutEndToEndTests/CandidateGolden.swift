import Foundation
import Testing

/// The lines `scout show SESSION --candidate ID` must print, built from its `--json` form: the role and profile link,
/// the score and verdict, every strength and concern with each fact it cites, every unknown, every experience (with
/// its description), every school and every skill.
struct CandidateGolden {
    typealias JSON = [String: Any]

    let detail: JSON

    init(_ detail: JSON) { self.detail = detail }

    func blocks() throws -> [[String]] {
        let candidate = try #require(detail["candidate"] as? JSON)
        let preview = try #require(candidate["preview"] as? JSON)
        let profile = try #require(detail["profile"] as? JSON)
        let evaluation = try #require(candidate["evaluation"] as? JSON)
        let rank = try #require(detail["rank"] as? Int)
        var blocks: [[String]] = [
            [
                "\(preview["name"] ?? "?") · candidate \(candidate["employee_id"] ?? "?") · #\(rank) of \(detail["ranked"] ?? "?") "
                    + "in session \(detail["session_id"] ?? "?")"
            ],
            ["Profile: \(profile["profile_url"] ?? "?")"],
            [
                "Score \(Self.score(evaluation["overall"])) · \(evaluation["recommendation"] ?? "?") · domain fit "
                    + "\(Self.score(evaluation["domain_fit"])), experience match \(Self.score(evaluation["experience_match"])) · "
                    + "evaluator \(evaluation["evaluator"] ?? "?")",
                "Summary: \(evaluation["summary"] ?? "?")",
            ],
            points("Strengths", evaluation["strengths"], marker: "+"),
            points("Concerns", evaluation["concerns"], marker: "-"),
        ]
        let unknowns = evaluation["unknowns"] as? [String] ?? []
        blocks.append(
            ["Unknowns (\(unknowns.count))" + (unknowns.isEmpty ? ": none" : ":")] + unknowns.map { "  ? \($0)" })
        let experiences = profile["experiences"] as? [JSON] ?? []
        blocks.append(["Experience (\(experiences.count)):"])
        for (index, role) in experiences.enumerated() {
            let period = "\(Self.month(role["start"]) ?? "?") – \(Self.month(role["end"]) ?? "now")"
            let title = (role["title"] as? String).map { "\($0) @ " } ?? ""
            let company =
                "\(role["company_name"] ?? "?")"
                + ((role["company_id"] as? Int).map { $0 > 0 ? " (company \($0))" : "" } ?? "")
            var block = [
                "  [\(index)] \(period) · \(title)\(company)" + ((role["location"] as? String).map { " · \($0)" } ?? "")
            ]
            if let description = role["description"] as? String, !description.isEmpty {
                block.append("      \(description)")
            }
            blocks.append(block)
        }
        let schools = profile["education"] as? [JSON] ?? []
        blocks.append(
            ["Education (\(schools.count)):"]
                + schools.map { school in
                    let years = "\(school["start_year"] ?? "?")–\(school["end_year"] ?? "?")"
                    let parts =
                        [school["school"], school["degree"], school["major"]].compactMap { $0 as? String }
                        + (years == "?–?" ? [] : [years])
                    return "  - " + parts.joined(separator: " · ")
                })
        let skills = profile["skills"] as? [String] ?? []
        blocks.append(["Skills (\(skills.count)): " + skills.joined(separator: ", ")])
        return blocks
    }

    private func points(_ title: String, _ value: Any?, marker: String) -> [String] {
        let points = value as? [JSON] ?? []
        return ["\(title) (\(points.count))" + (points.isEmpty ? ": none" : ":")]
            + points.flatMap { point in
                ["  \(marker) \(point["text"] ?? "?")"] + (point["facts"] as? [String] ?? []).map { "      · \($0)" }
            }
    }

    static func score(_ value: Any?) -> String { String(format: "%.1f", (value as? NSNumber)?.doubleValue ?? -1) }

    /// `{year: 2023, month: 6}` → `2023-06`; `{year: 2025}` → `2025`.
    static func month(_ value: Any?) -> String? {
        guard let value = value as? JSON, let year = value["year"] as? Int else { return nil }
        return (value["month"] as? Int).map { String(format: "%04d-%02d", year, $0) } ?? String(year)
    }
}
