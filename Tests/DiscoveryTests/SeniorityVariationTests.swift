import Foundation
import ScoutCore
import ScoutTesting
import SeniorityVariationBatching
import Testing
import Yams

@Suite("seniority_variation")
struct SeniorityVariationTests {
    static func jd(_ levels: [Seniority]) -> JobRequirements {
        JobRequirements(roleTitle: "Speech Engineer", seniorityLevels: levels)
    }

    @Test(
        "bands from the JD: requested levels first, then neighbours outward",
        arguments: [
            ([Seniority.senior], [[Seniority.senior], [.staff, .principal], [.mid], [.manager, .director]]),
            ([], [[.senior], [.staff, .principal], [.mid], [.junior], [.manager, .director]]),
            ([.staff], [[.staff], [.principal], [.manager, .director], [.senior], [.vp, .executive]]),
            ([.senior, .mid], [[.mid, .senior], [.staff, .principal], [.junior], [.manager, .director]]),
            ([.junior], [[.junior], [.mid], [.intern], [.senior]]),
        ])
    func derivedBands(levels: [Seniority], expected: [[Seniority]]) {
        #expect(SeniorityVariation().bands(for: Self.jd(levels)) == expected)
    }

    @Test("configured bands win over the JD")
    func configuredBands() throws {
        let config = try YAMLDecoder().decode(
            SeniorityVariation.Config.self, from: "bands: [[senior, lead], [Principal], [mid]]\nmax_companies: 10")
        #expect(config.validate().isEmpty)
        #expect(config.maxCompanies == 10)
        #expect(
            SeniorityVariation(config: config).bands(for: Self.jd([.junior])) == [
                [.senior, .staff], [.principal], [.mid],
            ])
    }

    @Test("every batch holds the same companies, up to max_companies, with its own band")
    func plan() {
        let companies = sampleCompanies(30)
        let batches = SeniorityVariation().plan(companies, for: Self.jd([.senior]))
        #expect(batches.count == 4)
        #expect(batches.allSatisfy { $0.companies == Array(companies.prefix(25)) })
        #expect(batches.map(\.seniorities) == [[.senior], [.staff, .principal], [.mid], [.manager, .director]])
        #expect(
            SeniorityVariation().plan(Array(companies.prefix(3)), for: Self.jd([])).allSatisfy {
                $0.companies.count == 3
            })
    }

    @Test("conformance", arguments: [1, 7, 25, 40])
    func conformance(count: Int) async throws {
        let mode = SeniorityVariation()
        for levels in [[], [Seniority.senior], [.staff, .principal]] {
            try await BatchingConformance.run(
                mode, companies: sampleCompanies(count), requirements: Self.jd(levels), coverage: .everyBatch(cap: 25))
        }
        var config = SeniorityVariation.Config()
        config.maxCompanies = 5
        config.bands = [["junior"], ["mid"]]
        try await BatchingConformance.run(
            SeniorityVariation(config: config), companies: sampleCompanies(count), coverage: .everyBatch(cap: 5))
    }

    @Test("config validation names the bad level and suggests a fix")
    func validation() throws {
        var config = SeniorityVariation.Config()
        #expect(config.validate().isEmpty && config.bands == nil && config.maxCompanies == 25)
        config.bands = [["seniour"], [], ["staff", "Staff"]]
        config.maxCompanies = 0
        let problems = config.validate()
        #expect(problems.map(\.key) == ["max_companies", "bands[0][0]", "bands[1]", "bands[2][1]"])
        #expect(problems[1].message.contains("unknown seniority level 'seniour'; did you mean 'senior'?"))
        config = SeniorityVariation.Config()
        config.bands = []
        #expect(config.validate().map(\.key) == ["bands"])
        #expect(SeniorityVariation.Config.keys.map(\.name) == ["bands", "max_companies"])
        #expect(SeniorityVariation.factory.type == "seniority_variation")
    }
}
