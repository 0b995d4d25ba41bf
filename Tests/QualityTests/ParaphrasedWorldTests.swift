import Foundation
import SampleWorld
import ScoutCore
import Testing

@Suite("The paraphrased world")
struct ParaphrasedWorldTests {
    let world = SampleWorld.shared(variant: .paraphrased)

    @Test func sameLatentWorldOtherWords() {
        let standard = SampleWorld.shared()
        #expect(world.companies.filter(\.isAnchor).map(\.name) == standard.companies.filter(\.isAnchor).map(\.name))
        #expect(Set(world.companies.map(\.domainID)) == Set(Vocabulary.domains.map(\.id)))
        for company in world.companies where company.isAnchor {
            #expect(company.industry != Vocabulary.domains.first { $0.id == company.domainID }!.industry)
        }
        // Titles: most current titles name no built-in role family.
        let titles = world.people.prefix(2_000).compactMap { $0.experiences.first { $0.isCurrent }?.title }
        let known = titles.filter { Vocabulary.roleFamily(forTitle: $0) != nil }.count
        #expect(Double(known) / Double(titles.count) < 0.5)
        let standardKnown = standard.people.prefix(2_000).compactMap { $0.experiences.first { $0.isCurrent }?.title }
            .filter { Vocabulary.roleFamily(forTitle: $0) != nil }.count
        #expect(Double(standardKnown) / 2_000 > 0.5)
    }

    @Test func advisoryRolesSecondRecordsAndTruth() {
        let advisors = world.people.filter { ($0.experiences.first?.title ?? "").lowercased().contains("advis") }
        #expect(advisors.count > 100)
        for person in advisors.prefix(50) {
            let truth = world.truth(employeeID: person.employeeID)!
            // The advisory role is listed first but the truth is the primary role behind it.
            #expect(truth.employerID != person.experiences.first?.companyID || person.experiences.count > 1)
        }
        let seconds = world.truths.filter { $0.employeeID != $0.personID }
        #expect(seconds.count > 100)
        for second in seconds.prefix(50) {
            let first = world.truth(employeeID: second.personID)!
            #expect(first.familyID == second.familyID && first.level == second.level && first.city == second.city)
            #expect(world.profile(employeeID: second.employeeID) != nil)
        }
        #expect(world.people.map(\.employeeID) == world.people.map(\.employeeID).sorted())
        #expect(world.truths.count == world.people.count)
        #expect(world.truths.contains { $0.level == .intern && $0.isWorking })
        #expect(world.truths.contains { !$0.isWorking })
    }

    @Test func standardWorldTruthAgreesWithItsRecords() {
        let standard = SampleWorld.shared()
        for (person, truth) in zip(standard.people, standard.truths).prefix(2_000) {
            #expect(person.employeeID == truth.employeeID && truth.personID == truth.employeeID)
            let current = person.experiences.first { $0.isCurrent }
            #expect(truth.isWorking == (current != nil))
            if let current, let id = current.companyID {
                #expect(truth.employerID == id)
                #expect(truth.domainID == standard.company(id: id)?.domainID)
            }
        }
    }
}
