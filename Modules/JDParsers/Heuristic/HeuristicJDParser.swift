import Foundation
public import ScoutCore

/// The `heuristic` JD parser: reads plain-text or markdown job descriptions with line rules and the shared
/// ``Vocabulary``, and accepts a structured YAML or JSON JD (a mapping with `role_title`). Deterministic, no network.
///
/// Free-text rules, in brief:
/// - role title from a `Title:`/`Role:` line, else the first markdown heading, else the first non-empty line;
/// - seniority from level words in the title and a `Seniority:` line;
/// - must-have and nice-to-have skills from the bullets under matching section headings;
/// - location, domain, companies and the hiring company from labelled lines and cue phrases.
public struct HeuristicJDParser: JDParser {
    public init() {}

    public func parse(_ text: String) async throws -> JobRequirements {
        try Task.checkCancellation()
        return try parseSync(text)
    }

    /// The synchronous parse behind ``parse(_:)``.
    public func parseSync(_ text: String) throws -> JobRequirements {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ScoutError.badInput("the job description is empty") }
        if let format = StructuredJD.detect(trimmed) {
            return try StructuredJD.parse(trimmed, format: format)
        }
        return try FreeTextJD(trimmed).requirements()
    }
}

extension HeuristicJDParser {
    /// The `heuristic` factory.
    public static let factory = PluginFactory<any JDParser>(
        type: "heuristic",
        summary: "rule-based parser for plain-text, markdown, YAML or JSON job descriptions (no network)",
        config: EmptyConfig.self
    ) { _, _ in HeuristicJDParser() }
}
