import Foundation
import Testing

@testable import ScoutCore

/// The sizes Scout accepts and the bound on what a JD can make a people query hold (issue 12).
@Suite("input limits and capped people queries")
struct InputLimitsTests {
    @Test("a people query keeps at most 24 titles and 40 skills, deduplicated, without over-long terms")
    func cappedQuery() {
        let skills = (0..<20_000).map { "Skill \($0)" } + ["skill 1", String(repeating: "x", count: 500)]
        let titles =
            ["ML Engineer", "ml engineer", String(repeating: "T", count: 200)] + (0..<100).map { "Title \($0)" }
        let query = PeopleQuery(companies: [], titles: titles, skills: skills).capped()
        #expect(query.titles.count == InputLimits.queryTitles)
        #expect(query.titles.prefix(2) == ["ML Engineer", "Title 0"])
        #expect(query.skills.count == InputLimits.querySkills)
        #expect(query.skills.first == "Skill 0" && !query.skills.contains("skill 1"))
        #expect(query.skills.allSatisfy { $0.count <= InputLimits.queryTermCharacters })
        #expect(PeopleQuery(companies: [], titles: ["A"], skills: ["Go"]).capped().skills == ["Go"])
    }

    @Test("the query the orchestrator builds from a JD of 20,000 skills stays within the caps")
    func orchestratorQuery() {
        let requirements = JobRequirements(
            roleTitle: "ML Engineer", titleKeywords: (0..<500).map { "Engineer \($0)" },
            mustHaveSkills: (0..<20_000).map { "Skill \($0)" })
        let query = Orchestrator.peopleQuery(for: requirements, batch: CompanyBatch(index: 0, companies: []))
        #expect(query.titles.count <= InputLimits.queryTitles && query.skills.count <= InputLimits.querySkills)
        let encoded = (try? JSONEncoder().encode(query))?.count ?? .max
        #expect(encoded < 8_000, "the query is \(encoded) bytes")
    }

    @Test("JDs up to 100 KB and up to 100 seed companies of 200 characters are accepted, no more")
    func limits() {
        #expect(InputLimits.jdProblem(String(repeating: "a", count: 100_000)) == nil)
        #expect(InputLimits.jdProblem(String(repeating: "a", count: 100_001))?.contains("100000 bytes") == true)
        #expect(InputLimits.seedProblem(Array(repeating: "Acme", count: 100)) == nil)
        #expect(InputLimits.seedProblem(Array(repeating: "Acme", count: 101))?.contains("at most 100") == true)
        #expect(
            InputLimits.seedProblem(["Acme", String(repeating: "a", count: 201)])?.hasPrefix("seed_companies[1]")
                == true)
    }

    @Test("a JD above the limit is bad input for the orchestrator, before any stage runs")
    func orchestratorRefusesHugeJD() async throws {
        let orchestrator = try await TestPipeline.make().orchestrator
        let error = await #expect(throws: ScoutError.self) {
            try await orchestrator.search(jd: "# Senior ML Engineer\n" + String(repeating: "Python. ", count: 20_000))
        }
        #expect(error?.code == .badInput)
    }

    @Test("a JD naming 150 companies is searched with the first 100 as its seeds, not refused after its parse")
    func manyNamedCompaniesAreCapped() async throws {
        let orchestrator = try await TestPipeline.make().orchestrator
        let names = (0..<150).map { "Vendor\($0) Labs" }.joined(separator: ", ")
        let jd = "# Senior ML Engineer, speech recognition\nCompanies like Echowave, \(names).\nPython, PyTorch."
        let result = try await orchestrator.search(jd: jd, count: 1)
        #expect(result.session.requirements.mentionedCompanies.count <= InputLimits.seedCompanies)
        #expect(result.session.requirements.mentionedCompanies.first == "Echowave")
    }
}
