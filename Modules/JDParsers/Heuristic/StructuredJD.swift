import Foundation
import ScoutCore
import Yams

/// A structured JD: a YAML or JSON mapping with `role_title` and the other ``JobRequirements`` fields.
enum StructuredJD {
    enum Format: String { case yaml = "YAML", json = "JSON" }

    /// Every key a structured JD may use.
    static let keys = [
        "role_title", "seniority", "must_have", "nice_to_have", "location", "target_domain", "mentioned_companies",
        "excluded_companies", "hiring_company", "title_keywords",
    ]

    /// JSON when the text is an object; YAML when a top-level line starts with `role_title:`; nil for free text.
    static func detect(_ text: String) -> Format? {
        if text.hasPrefix("{") { return .json }
        let lines = text.components(separatedBy: .newlines)
        return lines.contains { $0.hasPrefix("role_title:") || $0.hasPrefix("\"role_title\":") } ? .yaml : nil
    }

    static func parse(_ text: String, format: Format) throws -> JobRequirements {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ScoutError.badInput("structured JD is not valid \(format.rawValue): \(firstLine(of: "\(error)"))")
        }
        guard let mapping = node?.mapping else {
            throw ScoutError.badInput("structured JD must be a \(format.rawValue) mapping with a role_title key")
        }
        var fields: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard keys.contains(key) else {
                throw ScoutError.badInput(
                    "unknown key '\(key)' in structured JD\(Suggestion.hint(for: key, valid: keys))")
            }
            fields[key] = value
        }
        guard let title = try string(fields["role_title"], key: "role_title"), !title.isEmpty else {
            throw ScoutError.badInput("structured JD has no role_title")
        }
        let levels = try list(fields["seniority"], key: "seniority").map { word in
            guard let level = Seniority(word: word) else {
                throw ScoutError.badInput(
                    "unknown seniority '\(word)'\(Suggestion.hint(for: word, valid: Seniority.allCases.map(\.rawValue)))"
                )
            }
            return level
        }
        let keywords = try list(fields["title_keywords"], key: "title_keywords")
        return JobRequirements(
            roleTitle: title,
            titleKeywords: keywords.isEmpty ? TitleAnalysis.keywords(forTitle: title) : keywords,
            seniorityLevels: fields["seniority"] == nil
                ? TitleAnalysis.seniority(inTitle: title) : TitleAnalysis.sortedUnique(levels),
            mustHaveSkills: JDDraft.unique(try list(fields["must_have"], key: "must_have")),
            niceToHaveSkills: JDDraft.unique(try list(fields["nice_to_have"], key: "nice_to_have")),
            location: try string(fields["location"], key: "location"),
            targetDomain: try string(fields["target_domain"], key: "target_domain")?.lowercased(),
            mentionedCompanies: CompanyNames.unique(
                try list(fields["mentioned_companies"], key: "mentioned_companies")),
            excludedCompanies: CompanyNames.unique(try list(fields["excluded_companies"], key: "excluded_companies")),
            hiringCompany: try string(fields["hiring_company"], key: "hiring_company"))
    }

    /// A scalar as trimmed text; nil for a missing, null or empty value.
    private static func string(_ node: Node?, key: String) throws -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else { throw ScoutError.badInput("structured JD key '\(key)' must be a string") }
        if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// A list of strings, or one comma-separated string.
    private static func list(_ node: Node?, key: String) throws -> [String] {
        guard let node else { return [] }
        if let sequence = node.sequence {
            return try sequence.compactMap { try string($0, key: key) }
        }
        guard let value = try string(node, key: key) else { return [] }
        return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func firstLine(of text: String) -> String {
        text.split(separator: "\n").first.map(String.init) ?? text
    }
}
