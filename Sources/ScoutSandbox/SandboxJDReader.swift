import Foundation
import SampleWorld
import ScoutCore

/// The fakes' JD reader: the first line as the role, level and role-family words from ``Vocabulary``, skills and the
/// domain by whole-word match, and sample-world companies named in the text. Returns the requirements JSON.
enum SandboxJDReader {
    static func read(_ text: String, world: SampleWorld) -> String {
        let jd = text.components(separatedBy: "JOB DESCRIPTION:\n").last ?? text
        let firstLine = jd.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "#*- \t")) }
            .first { !$0.isEmpty } ?? "Unknown role"
        let role = firstLine.components(separatedBy: " at ").first ?? firstLine
        let level = Seniority.infer(fromTitle: role)
        let family = Vocabulary.roleFamilies.first { family in family.titlePhrases.contains { TextTokens.contains(role, phrase: $0) } }
        let keywords = family?.titlePhrases ?? [role]
        var skills: [String] = []
        for candidate in Vocabulary.roleFamilies.flatMap(\.skills) where !skills.contains(candidate) && TextTokens.contains(jd, phrase: candidate) {
            skills.append(candidate)
        }
        let domain = Vocabulary.domains.first { $0.keywords.contains { TextTokens.contains(jd, phrase: $0) } }
        let companies = world.companies.filter { $0.isAnchor && TextTokens.contains(jd, phrase: $0.name) }.prefix(10).map(\.name)
        let object: [String: Any] = [
            "role_title": role, "title_keywords": keywords, "seniority_levels": level == .mid ? [] : [level.rawValue],
            "must_have_skills": Array(skills.prefix(5)), "nice_to_have_skills": Array(skills.dropFirst(5).prefix(5)),
            "location": NSNull(), "target_domain": domain.map { $0.name.lowercased() } ?? NSNull(),
            "mentioned_companies": Array(companies), "excluded_companies": [], "hiring_company": NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
