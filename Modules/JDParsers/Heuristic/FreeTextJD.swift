import Foundation
import ScoutCore

/// The line-rule parse of a plain-text or markdown JD.
struct FreeTextJD {
    let text: String
    let lines: [JDLine]

    init(_ text: String) {
        self.text = text
        lines = text.components(separatedBy: .newlines)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map(JDLine.init)
    }

    func requirements() throws -> JobRequirements {
        var draft = JDDraft()
        var section = JDSection.other, sawMustSection = false
        for line in lines {
            if line.kind == .heading {
                section = JDSection(heading: line.text)
                draft.hiringCompany = draft.hiringCompany ?? Self.aboutCompany(line.text)
                continue
            }
            if let label = line.label, draft.apply(key: label.key, value: label.value) { continue }
            if let label = line.label, label.value.isEmpty, line.kind == .text {
                section = JDSection(heading: label.key)
                continue
            }
            if line.kind == .text, line.label == nil, line.text.split(separator: " ").count <= 5,
                JDSection(heading: line.text) != .other, SkillMatcher.skills(in: line.text).isEmpty
            {
                section = JDSection(heading: line.text)
                continue
            }
            sawMustSection = sawMustSection || section == .mustHave
            let isBullet = line.kind == .bullet
            switch section {
            case .mustHave: draft.mustHave += JDDraft.skills(fromBullet: line.text, verbatim: isBullet)
            case .niceToHave: draft.niceToHave += JDDraft.skills(fromBullet: line.text, verbatim: isBullet)
            case .companies where isBullet:
                draft.mentioned +=
                    CompanyNames.leadingGroup(of: CompanyNames.sentence(from: line.text[...])).map { [$0] } ?? []
            case .excluded where isBullet: draft.excluded += CompanyNames.list(in: line.text)
            default: break
            }
            draft.mentioned += CompanyNames.cued(in: line.text)
            draft.seniority += TitleAnalysis.levelsStated(in: line.text)
            // The experience asked for sits in the requirements, not in the company's story ("15 years of payments").
            if draft.levelsFromYears == nil, isBullet || section == .mustHave || section == .niceToHave,
                case let levels = TitleAnalysis.levels(fromYearsIn: line.text), !levels.isEmpty
            {
                draft.levelsFromYears = levels
            }
            if line.kind == .text {
                draft.hiringCompany = draft.hiringCompany ?? Self.aboutCompany(line.text) ?? Self.atCompany(line.text)
            }
        }
        guard let title = draft.title ?? chooseTitle(&draft), !title.isEmpty else {
            throw ScoutError.badInput(
                "no role title found in the job description: add a 'Title: …' line or a heading that names the role")
        }
        if draft.mustHave.isEmpty, !sawMustSection {
            // No requirements section: every vocabulary skill the text names is taken as a must-have.
            draft.mustHave = JDDraft.unique(SkillMatcher.skills(in: text), excluding: draft.niceToHave)
        }
        return finish(draft, title: title)
    }

    /// The first role-like markdown heading, else the first line, else any early line naming a known role family.
    private func chooseTitle(_ draft: inout JDDraft) -> String? {
        let headings = lines.filter { $0.isMarkdownHeading && JDSection(heading: $0.text) == .other }
        let firstLine = lines.first.map { [$0] } ?? []
        let early = lines.prefix(15).filter { $0.kind != .bullet && Vocabulary.roleFamily(forTitle: $0.text) != nil }
        for candidate in headings + firstLine + early where Self.aboutCompany(candidate.text) == nil {
            let cleaned = TitleAnalysis.clean(candidate.text)
            guard TitleAnalysis.isRole(cleaned.title) else { continue }
            draft.hiringCompany = draft.hiringCompany ?? cleaned.company
            // "Site Reliability Engineer (mid-level) — …": the level may sit in what the clean-up dropped.
            draft.seniority += TitleAnalysis.seniority(inTitle: candidate.text)
            return cleaned.title
        }
        return nil
    }

    /// The levels the title and the text state; else those the experience requirement implies, for an individual
    /// contributor's title.
    private func levels(_ draft: JDDraft, title: String) -> [Seniority] {
        let stated = TitleAnalysis.sortedUnique(TitleAnalysis.seniority(inTitle: title) + draft.seniority)
        // A "… Manager" title that is not a management level ("Business Development Manager") still takes its years.
        guard stated.isEmpty, Seniority.infer(fromTitle: title) <= .manager else { return stated }
        return draft.levelsFromYears ?? []
    }

    private func finish(_ draft: JDDraft, title: String) -> JobRequirements {
        let excluded = CompanyNames.unique(draft.excluded)
        let skip = Set((excluded + [draft.hiringCompany].compactMap { $0 }).map(CompanyKey.normalize))
        let must = JDDraft.unique(draft.mustHave)
        return JobRequirements(
            roleTitle: title,
            titleKeywords: TitleAnalysis.keywords(forTitle: title),
            seniorityLevels: levels(draft, title: title),
            mustHaveSkills: must,
            niceToHaveSkills: JDDraft.unique(draft.niceToHave, excluding: must),
            location: draft.location ?? Self.locationLine(in: lines),
            targetDomain: draft.domain ?? Vocabulary.domain(matching: text)?.name.lowercased(),
            mentionedCompanies: CompanyNames.unique(draft.mentioned, excluding: skip),
            excludedCompanies: excluded,
            hiringCompany: draft.hiringCompany)
    }

    /// "About Echowave" → "Echowave"; nil for "About you", "About the role".
    /// A JD without a `Location:` line usually says where in a header ("Acme · Berlin or Wrocław · Hybrid") or a
    /// sentence ("remote within the EU", "based in Lisbon"): the first such line that names a known place.
    static func locationLine(in lines: [JDLine]) -> String? {
        let cues = [
            "remote", "hybrid", "on-site", "onsite", "based in", "office in", "offices in", "anywhere in", "relocat",
            "located in", "work from", "location",
        ]
        for line in lines.prefix(60) where line.kind != .heading || line.text.contains("·") {
            let lower = line.text.lowercased()
            guard line.text.contains("·") || cues.contains(where: lower.contains) else { continue }
            // A line that opens the role ("Remote-first", "relocation provided") answers the question too.
            guard !PlaceSet.parse(line.text).isEmpty || PlaceSet.opensRole(line.text) else { continue }
            let text = line.text.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
            return text.count <= 200 ? text : String(text.prefix(200))
        }
        return nil
    }

    static func aboutCompany(_ text: String) -> String? {
        guard text.hasPrefix("About ") || text.hasPrefix("About: ") else { return nil }
        let rest = text.dropFirst(6).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        guard let name = CompanyNames.leadingGroup(of: CompanyNames.sentence(from: rest[...])) else { return nil }
        let words = TextTokens.words(name)
        let generic: Set<String> = ["role", "team", "job", "position", "company", "opportunity", "benefits", "culture"]
        if let first = words.first, CompanyNames.stopNames.contains(first) { return nil }
        return words.contains(where: generic.contains) ? nil : name
    }

    /// "At Echowave, we build …" → "Echowave".
    static func atCompany(_ text: String) -> String? {
        var start = text.startIndex
        while let range = text.range(of: "At ", range: start..<text.endIndex) {
            start = range.upperBound
            let atSentenceStart = range.lowerBound == text.startIndex || text[..<range.lowerBound].hasSuffix(". ")
            guard atSentenceStart, let comma = text[range.upperBound...].range(of: ", we") else { continue }
            let candidate = text[range.upperBound..<comma.lowerBound].trimmingCharacters(in: .whitespaces)
            if let name = CompanyNames.leadingGroup(of: candidate), name == candidate { return name }
        }
        return nil
    }
}
