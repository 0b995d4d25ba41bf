import Foundation
import ScoutCore

/// Generates one person from the world seed and the person's index; each person has its own random stream, so any
/// person can be rebuilt alone and always comes out the same.
struct PeopleGenerator {
    let catalog: PeopleCatalog
    let seed: UInt64
    /// The words of a non-standard variant; nil keeps the standard generator (and its random draws) unchanged.
    var wording: WorldWording? = nil
    static let now = YearMonth(year: 2026, month: 11)
    static let firstEmployeeID = 30_000_000

    func person(_ index: Int) -> GeneratedPerson {
        var rng = SplitMix64(seed: seed, stream: 10_000 + UInt64(index))
        let employeeID = Self.firstEmployeeID + index * 37 + rng.int(0..<37)
        let region = NameBank.regions[rng.weightedIndex(cumulative: NameBank.cumulativeWeights)]
        let (fullName, slugBase) = name(region, &rng)
        let city = rng.pick(region.cities)
        let home = rng.int(0..<catalog.flavors.count)
        var family = catalog.families[rng.weightedIndex(cumulative: catalog.familyWeights[home])]
        let career = CareerPlan(rng: &rng, now: Self.now)
        var experiences: [Experience] = []
        var domain = home, level = career.firstLevel, previousCompany = -1
        var employerID: Int?, employerDomain: String?
        // A paraphrased world also holds people in a current internship: real data has students at work.
        if let wording, career.spans.count == 1, career.startYear >= 2025, rng.chance(wording.currentInternRate) {
            level = 0
        }
        for (k, span) in career.spans.enumerated() {
            if k > 0 {
                let roll = rng.unit()
                domain =
                    roll < 0.82 ? home : roll < 0.93 ? catalog.neighborOf[domain] : rng.int(0..<catalog.flavors.count)
                level = CareerPlan.nextLevel(
                    after: level, monthsInRole: span.previousMonths, yearsIn: span.yearsIn, rng: &rng)
                if rng.chance(0.06), let drift = PeopleCatalog.related[family.id].map({ rng.pick($0) }) {
                    family = catalog.families[catalog.familyIndex[drift]!]
                }
            }
            let title =
                wording.map {
                    ParaphrasedTitles.title(family: family, level: TitleBuilder.ladder[level], wording: $0, rng: &rng)
                }
                ?? TitleBuilder.title(family: family, level: TitleBuilder.ladder[level], rng: &rng)
            let start = span.start(missingMonth: rng.chance(0.05))
            let location = rng.chance(0.7) ? place(city, &rng) : nil
            employerID = nil
            employerDomain = nil
            if rng.chance(0.04) {
                experiences.append(
                    Experience(
                        companyID: nil, companyName: rng.pick(NameBank.unknownEmployers), title: title, start: start,
                        end: span.end, location: location))
                continue
            }
            let pool = catalog.companiesByDomain[domain]
            var pick = pool[rng.weightedIndex(cumulative: catalog.companyWeights[domain])]
            if pick == previousCompany { pick = pool[rng.weightedIndex(cumulative: catalog.companyWeights[domain])] }
            previousCompany = pick
            let company = catalog.companies[pick]
            employerID = company.id
            employerDomain = company.domainID
            let flavor = catalog.flavors[domain]
            let description =
                rng.chance(0.3)
                ? "Worked on \(rng.pick(flavor.products)) for \(rng.pick(flavor.audiences)) using \(skill(rng.pick(family.skills)))."
                : nil
            experiences.append(
                Experience(
                    companyID: company.id, companyName: company.name, title: title, start: start, end: span.end,
                    description: description, location: location))
        }
        experiences.reverse()
        let current = experiences.first { $0.isCurrent }
        if let wording, current != nil, rng.chance(wording.advisorRate) {
            experiences.insert(advisoryRole(wording, avoiding: employerID, rng: &rng), at: 0)
        }
        for i in experiences.indices { experiences[i].order = i + 1 }
        let generatedSkills = rng.chance(0.06) ? [] : self.skills(family: family, domain: home, rng: &rng)
        let skills = generatedSkills.map(skill)
        let country = city.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? city
        let profile = Profile(
            employeeID: employeeID, fullName: fullName,
            headline: rng.chance(0.85)
                ? headline(current: current, latest: experiences.first, skills: skills, rng: &rng) : nil,
            location: rng.chance(0.92) ? place(city, &rng) : nil,
            country: rng.chance(0.96) ? country : nil,
            profileURL: "https://www.linkedin.com/in/\(slugBase)-\(String(employeeID, radix: 36))",
            slug: "\(slugBase)-\(String(employeeID, radix: 36))",
            experiences: experiences, skills: skills,
            education: rng.chance(0.85)
                ? education(region, family: family, careerStart: career.startYear, rng: &rng) : [],
            vendorUpdated: "2026-\(Self.twoDigits(rng.int(6...11)))-\(Self.twoDigits(rng.int(1...28)))")
        let truth = PersonTruth(
            employeeID: employeeID, personID: employeeID, familyID: family.id, level: TitleBuilder.ladder[level],
            employerID: current == nil ? nil : employerID, domainID: current == nil ? nil : employerDomain,
            city: city.split(separator: ",").first.map(String.init) ?? city, country: country, skills: generatedSkills,
            isWorking: current != nil)
        var person = GeneratedPerson(profile: profile, truth: truth)
        if let wording, rng.chance(wording.duplicateRate) {
            person.secondRecord = secondRecord(of: profile, truth: truth, rng: &rng)
        }
        return person
    }

    /// A city as this world writes it: canonical in the standard world, one of the variant's spellings otherwise.
    private func place(_ city: String, _ rng: inout SplitMix64) -> String {
        guard let wording, let spellings = wording.places[city], !spellings.isEmpty else { return city }
        return rng.pick(spellings)
    }

    /// A skill as this world writes it.
    private func skill(_ name: String) -> String { wording?.skills[name] ?? name }

    /// A concurrent advisory role at another company, started recently: listed first, as people list them.
    private func advisoryRole(_ wording: WorldWording, avoiding employer: Int?, rng: inout SplitMix64) -> Experience {
        var company = rng.pick(catalog.companies)
        if company.id == employer { company = rng.pick(catalog.companies) }
        return Experience(
            companyID: company.id, companyName: company.name, title: rng.pick(wording.advisorTitles),
            start: YearMonth(year: rng.int(2023...2026), month: rng.int(1...10)), end: nil)
    }

    /// A thinner, older second record of the same person under another employee id: ASCII name, the two latest
    /// roles, a few skills, no headline.
    private func secondRecord(
        of profile: Profile, truth: PersonTruth, rng: inout SplitMix64
    ) -> GeneratedPerson.SecondRecord {
        let id = profile.employeeID + Self.secondRecordOffset
        var experiences = Array(profile.experiences.filter { !($0.title.map(isAdvisory) ?? false) }.prefix(2))
        for i in experiences.indices { experiences[i].order = i + 1 }
        let name = profile.fullName.folding(options: .diacriticInsensitive, locale: nil)
        let slug = (profile.slug ?? "member").split(separator: "-").dropLast().joined(separator: "-")
        let record = Profile(
            employeeID: id, fullName: name, headline: nil, location: profile.location, country: profile.country,
            profileURL: "https://www.linkedin.com/in/\(slug)-\(String(id, radix: 36))",
            slug: "\(slug)-\(String(id, radix: 36))",
            experiences: experiences, skills: Array(profile.skills.prefix(rng.int(0...3))), education: [],
            vendorUpdated: "2025-\(Self.twoDigits(rng.int(1...12)))-\(Self.twoDigits(rng.int(1...28)))")
        var second = truth
        second.employeeID = id
        return GeneratedPerson.SecondRecord(profile: record, truth: second)
    }

    private func isAdvisory(_ title: String) -> Bool { wording?.advisorTitles.contains(title) ?? false }

    /// Second records' ids are the first record's plus this offset, past every first record's id.
    static let secondRecordOffset = 60_000_000

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    private func name(_ region: Region, _ rng: inout SplitMix64) -> (String, String) {
        if !region.wholeNames.isEmpty, rng.chance(region.wholeNameRate) {
            let whole = rng.pick(region.wholeNames)
            return (whole, catalog.slugParts[whole].flatMap { $0.isEmpty ? nil : $0 } ?? "member")
        }
        let given = rng.pick(region.given), family = rng.pick(region.family)
        let full = region.familyFirst ? "\(family) \(given)" : "\(given) \(family)"
        let parts = [catalog.slugParts[given] ?? "", catalog.slugParts[family] ?? ""].filter { !$0.isEmpty }
        return (full, parts.isEmpty ? "member" : parts.joined(separator: "-"))
    }

    private func skills(family: RoleFamily, domain: Int, rng: inout SplitMix64) -> [String] {
        var out: [String] = [], seen = Set<String>()
        let picks =
            rng.sample(family.skills, count: rng.int(3...6))
            + rng.sample(catalog.flavors[domain].skills, count: rng.int(1...3))
            + rng.sample(Vocabulary.extraSkills, count: rng.int(0...2))
        for skill in picks where seen.insert(skill.lowercased()).inserted { out.append(skill) }
        return out
    }

    private func headline(current: Experience?, latest: Experience?, skills: [String], rng: inout SplitMix64) -> String
    {
        guard let role = current, let title = role.title else {
            return "Former \(latest?.title ?? "engineer") at \(latest?.companyName ?? "a startup") · open to new roles"
        }
        switch rng.int(0..<3) {
        case 0: return "\(title) at \(role.companyName)"
        case 1 where skills.count >= 2: return "\(title) @ \(role.companyName) | \(skills[0]), \(skills[1])"
        default: return "\(title) · \(role.companyName)"
        }
    }

    private func education(_ region: Region, family: RoleFamily, careerStart: Int, rng: inout SplitMix64) -> [Education]
    {
        let degrees = NameBank.degrees[family.function] ?? ["BSc"],
            majors = NameBank.majors[family.function] ?? ["Computer Science"]
        let end = careerStart - rng.int(0...1)
        var out = [
            Education(
                school: rng.pick(region.schools), degree: rng.pick(Array(degrees.prefix(2))), major: rng.pick(majors),
                startYear: rng.chance(0.9) ? end - 4 : nil, endYear: rng.chance(0.9) ? end : nil)
        ]
        if rng.chance(0.3) {
            out.insert(
                Education(
                    school: rng.pick(region.schools), degree: rng.pick(Array(degrees.dropFirst())),
                    major: rng.pick(majors),
                    startYear: end, endYear: end + 2), at: 0)
        }
        return out
    }
}
