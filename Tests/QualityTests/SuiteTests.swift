import Foundation
import SampleWorld
import ScoutCore
import ScoutQuality
import Testing

@Suite("The JD suite")
struct SuiteTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/quality/suite").path

    @Test func everySpecLoadsAndTheSuiteCoversWhatItPromises() throws {
        let cases = try ExperimentCase.suite(directory: Self.dir)
        #expect(cases.count >= 12)
        let specs = cases.compactMap(\.truth)
        let domains = Set(specs.compactMap(\.domain))
        for domain in Vocabulary.domains.map(\.id) {
            #expect(domains.contains(domain), "no suite JD targets \(domain)")
        }
        let asked = Set(specs.flatMap { spec in spec.levels.filter { $0.value == 3 }.map(\.key) })
        for level in [Seniority.intern, .junior, .mid, .senior, .staff, .manager, .director] {
            #expect(asked.contains(level), "no suite JD asks for \(level)")
        }
        let families = Set(specs.flatMap { spec in spec.roles.filter { $0.value == 3 }.map(\.key) })
        for family in ["designer", "sales", "solutions_engineer", "security_engineer", "product_manager"] {
            #expect(families.contains(family), "no suite JD asks for \(family)")
        }
        #expect(families.contains("data_engineer") || families.contains("data_scientist"))
        for spec in specs {
            for family in spec.roles.keys {
                #expect(Vocabulary.roleFamilies.contains { $0.id == family }, "\(spec.jd): \(family)")
            }
            for domain in [spec.domain].compactMap({ $0 }) + spec.adjacentDomains {
                #expect(Vocabulary.domains.contains { $0.id == domain }, "\(spec.jd): \(domain)")
            }
            for place in spec.locations where place.region != nil {
                #expect(
                    RelevanceJudge.regions[place.region!.lowercased()] != nil, "\(spec.jd): region \(place.region!)")
            }
        }
    }

    @Test func everyJDHasPeopleToFindInBothWorlds() throws {
        for variant in WorldVariant.allCases {
            let world = SampleWorld.shared(variant: variant)
            for jd in try ExperimentCase.suite(directory: Self.dir) {
                let grades = RelevanceJudge(spec: try #require(jd.truth)).grades(in: world)
                #expect(
                    grades.values.filter { $0 == 3 }.count >= 5,
                    "\(jd.id) has fewer than 5 exact fits in the \(variant) world")
            }
        }
    }
}
