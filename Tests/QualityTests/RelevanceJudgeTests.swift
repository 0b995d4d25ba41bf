import Foundation
import SampleWorld
import ScoutCore
import ScoutQuality
import Testing

@Suite("Relevance judge on hand-made people")
struct RelevanceJudgeTests {
    let spec = TruthSpec(
        jd: "jd.md", title: "Senior ML, voice", domain: "voice_ai", adjacentDomains: ["llm_platforms"],
        roles: ["ml_engineer": 3, "speech_engineer": 3, "research_scientist": 2],
        levels: [.senior: 3, .staff: 3, .mid: 2], locations: [.init(region: "eu"), .init(city: "London")])

    func person(
        family: String = "ml_engineer", level: Seniority = .senior, domain: String? = "voice_ai",
        city: String = "Berlin", country: String = "Germany", skills: [String] = ["PyTorch"],
        working: Bool = true
    ) -> PersonTruth {
        PersonTruth(
            employeeID: 1, personID: 1, familyID: family, level: level, employerID: domain == nil ? nil : 7,
            domainID: domain, city: city, country: country, skills: skills, isWorking: working)
    }

    @Test func gradeIsTheMinimumOfEveryCondition() {
        let judge = RelevanceJudge(spec: spec)
        #expect(judge.grade(person()) == 3)
        #expect(judge.grade(person(family: "research_scientist")) == 2)
        #expect(judge.grade(person(family: "backend_engineer")) == 0)
        #expect(judge.grade(person(level: .mid)) == 2)
        #expect(judge.grade(person(level: .junior)) == 0)
        #expect(judge.grade(person(domain: "llm_platforms")) == 1)  // adjacent: capped at 1 by default
        #expect(judge.grade(person(domain: "fintech")) == 0)
        #expect(judge.grade(person(domain: nil)) == 0)  // stealth employer: domain unknown
        #expect(judge.grade(person(city: "London", country: "United Kingdom")) == 3)  // by city
        #expect(judge.grade(person(city: "Manchester", country: "United Kingdom")) == 1)  // UK is not in the EU
        #expect(judge.grade(person(city: "Austin", country: "United States")) == 1)
        #expect(judge.grade(person(working: false)) == 1)
    }

    @Test func capsAndSkillsAreConfigurable() throws {
        let yaml = """
            jd: x.md
            title: Backend, anywhere
            domain: any
            roles: {backend_engineer: 3}
            levels: {mid: 3, senior: 2}
            skills: [Go]
            caps: {missing_skills: 1, not_working: 0}
            """
        let judge = RelevanceJudge(spec: try TruthSpec.load(yaml: yaml, file: "x.truth.yaml"))
        #expect(
            judge.grade(person(family: "backend_engineer", level: .mid, domain: "fintech", skills: ["go", "SQL"])) == 3)
        #expect(judge.grade(person(family: "backend_engineer", level: .senior, domain: nil, skills: ["Go"])) == 2)
        #expect(judge.grade(person(family: "backend_engineer", level: .mid, skills: ["Java"])) == 1)
        #expect(judge.grade(person(family: "backend_engineer", level: .mid, skills: ["Go"], working: false)) == 0)
    }

    @Test func badSpecsAreRejectedWithTheFileAndANearName() {
        #expect(throws: ScoutError.self) {
            try TruthSpec.load(yaml: "jd: a\ndomain: any\nroles: {}\nlevels: {}\nlocation: []\n", file: "a.truth.yaml")
        }
        do {
            _ = try TruthSpec.load(yaml: "jd: a\ndomain: any\nroles: {}\nlevels: {senoir: 3}\n", file: "a.truth.yaml")
            Issue.record("accepted an unknown level")
        } catch {
            #expect("\(error)".contains("senior"))
        }
        #expect(throws: ScoutError.self) {
            try TruthSpec.load(yaml: "jd: a\ndomain: any\nroles: {ml_engineer: 4}\nlevels: {}\n", file: "a.truth.yaml")
        }
    }

    @Test func worldGradesCountEachPersonOnceAtTheirBest() {
        let world = SampleWorld(seed: 3, variant: .paraphrased, peopleCount: 3_000)
        let judge = RelevanceJudge(spec: spec)
        let grades = judge.grades(in: world)
        #expect(grades.count == Set(world.truths.map(\.personID)).count)
        #expect(grades.count < world.people.count)  // second records exist and fold into their person
        #expect(grades.values.contains(3))
    }
}
