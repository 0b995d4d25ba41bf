import Foundation
import SampleWorld
import ScoutCore

/// The fakes' JD reader: the role from a structured JD's title field or else the first line ("Role at Company" also
/// names the hiring company), level and role-family words from ``Vocabulary``, a structured JD's location, seniority
/// and must-haves, skills and the domain by whole-word match, and sample-world companies named in the text. Returns
/// the requirements JSON.
enum SandboxJDReader {
    static func read(_ text: String, world: SampleWorld) -> String {
        let jd = text.components(separatedBy: "JOB DESCRIPTION:\n").last ?? text
        let fields = structuredFields(jd)
        let firstLine =
            jd.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "#*- \t")) }
            .first { !$0.isEmpty } ?? "Unknown role"
        let titled = fields["role_title"] ?? fields["title"] ?? fields["role"]
        let parts = firstLine.components(separatedBy: " at ")
        let role = titled ?? parts[0]
        let hiring: Any =
            titled == nil && parts.count == 2 ? parts[1].trimmingCharacters(in: .punctuationCharacters) : NSNull()
        let stated = fields["seniority"].flatMap { Seniority(word: $0) }
        let level = stated ?? Seniority.infer(fromTitle: role)
        let family = Vocabulary.roleFamilies.first { family in
            family.titlePhrases.contains { TextTokens.contains(role, phrase: $0) }
        }
        let keywords = family?.titlePhrases ?? [role]
        // Skills named before a "nice to have" line are required, after it optional (as a reader would take them).
        let niceAt = jd.range(of: "nice to have", options: .caseInsensitive)?.lowerBound ?? jd.endIndex
        let (required, optional) = (String(jd[..<niceAt]), String(jd[niceAt...]))
        var skills = (fields["must_have"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var niceSkills: [String] = []
        func known(_ skill: String) -> Bool {
            (skills + niceSkills).contains { $0.caseInsensitiveCompare(skill) == .orderedSame }
        }
        for candidate in Vocabulary.roleFamilies.flatMap(\.skills) where !known(candidate) {
            if TextTokens.contains(required, phrase: candidate) {
                skills.append(candidate)
            } else if TextTokens.contains(optional, phrase: candidate) {
                niceSkills.append(candidate)
            }
        }
        let domain = Vocabulary.domains.first { $0.keywords.contains { TextTokens.contains(jd, phrase: $0) } }
        let companies = world.companies.filter { $0.isAnchor && TextTokens.contains(jd, phrase: $0.name) }.prefix(10)
            .map(\.name)
        let object: [String: Any] = [
            "role_title": role, "title_keywords": keywords,
            "seniority_levels": stated.map { [$0.rawValue] } ?? (level == .mid ? [] : [level.rawValue]),
            "must_have_skills": Array(skills.prefix(5)),
            "nice_to_have_skills": Array((skills.dropFirst(5) + niceSkills).prefix(5)),
            "location": fields["location"] ?? NSNull(),
            "target_domain": domain.map { $0.name.lowercased() } ?? NSNull(),
            "mentioned_companies": Array(companies), "excluded_companies": [], "hiring_company": hiring,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The fields of a structured JD, keys lowercased with spaces as underscores: a JSON object's string and list
    /// values, or `key: value` lines when every line is one (YAML, "Title: … / Location: …"). Empty for prose.
    static func structuredFields(_ jd: String) -> [String: String] {
        func key(_ raw: some StringProtocol) -> String {
            raw.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
        }
        if let object = (try? JSONSerialization.jsonObject(with: Data(jd.utf8))) as? [String: Any] {
            return Dictionary(
                object.compactMap { name, value in
                    (value as? String ?? (value as? [String])?.joined(separator: ", ")).map { (key(name), $0) }
                }
            ) { first, _ in first }
        }
        var fields: [String: String] = [:]
        for line in jd.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let colon = line.firstIndex(of: ":"),
                !line[..<colon].contains(where: { !$0.isLetter && $0 != " " && $0 != "_" })
            else { return [:] }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " []\"'"))
            if !value.isEmpty, fields[key(line[..<colon])] == nil { fields[key(line[..<colon])] = value }
        }
        return fields
    }
}
