import Foundation
import SampleWorld
import ScoutCore
import Testing

@Suite("Sample world shape")
struct WorldShapeTests {
    let world = SampleWorld.shared()

    @Test func sameSeedSameWorldDifferentSeedDifferentPeople() {
        let a = SampleWorld(seed: 7, peopleCount: 1500), b = SampleWorld(seed: 7, peopleCount: 1500)
        let c = SampleWorld(seed: 8, peopleCount: 1500)
        #expect(a.companies == b.companies)
        #expect(a.people == b.people)
        #expect(a.documents == b.documents)
        #expect(a.people.map(\.fullName) != c.people.map(\.fullName))
        #expect(
            a.companies.filter(\.isAnchor)
                == c.companies.filter(\.isAnchor).map { anchor in
                    var copy = anchor
                    copy.competitorIDs = a.company(id: anchor.id)!.competitorIDs
                    copy.employeesCount = a.company(id: anchor.id)!.employeesCount
                    copy.size = a.company(id: anchor.id)!.size
                    copy.founded = a.company(id: anchor.id)!.founded
                    copy.headquartersCountry = a.company(id: anchor.id)!.headquartersCountry
                    copy.tagline = a.company(id: anchor.id)!.tagline
                    copy.description = a.company(id: anchor.id)!.description
                    copy.specialties = a.company(id: anchor.id)!.specialties
                    return copy
                })
        #expect(SampleWorld.shared(seed: 42) === world)
    }

    @Test func companiesCoverEveryDomain() throws {
        #expect(world.companies.count >= 300)
        #expect(Set(world.companies.map(\.id)).count == world.companies.count)
        #expect(Set(world.companies.map(\.key)).count == world.companies.count)
        #expect(Set(world.companies.map(\.website)).count == world.companies.count)
        for domain in Vocabulary.domains {
            let members = world.companies(inDomain: domain.id)
            #expect((28...32).contains(members.count), "\(domain.id) has \(members.count)")
            #expect(members.prefix(5).allSatisfy { $0.isAnchor })
            #expect(members.allSatisfy { $0.industry == domain.industry })
        }
        let echowave = try #require(world.company(named: "Echowave"))
        #expect(echowave.website == "echowave.ai" && echowave.domainID == "voice_ai" && echowave.id == 4_000_001)
        for company in world.companies {
            #expect((4...8).contains(company.competitorIDs.count))
            #expect(!company.competitorIDs.contains(company.id))
            #expect(!company.website.contains("/") && company.website.contains("."))
            #expect(company.size.hasSuffix("employees"))
        }
        let sameDomain = world.companies.flatMap { c in world.competitors(of: c).map { $0.domainID == c.domainID } }
        #expect(Double(sameDomain.filter { $0 }.count) / Double(sameDomain.count) > 0.75)
    }

    @Test func peopleLookRealistic() {
        let people = world.people
        #expect(people.count >= 15_000)
        #expect(Set(people.map(\.employeeID)).count == people.count)
        #expect(people.allSatisfy { (1...6).contains($0.experiences.count) })
        let names = Set(people.map(\.fullName))
        for expected in ["José", "Zoë", "Łukasz", "Søren", "Nguyễn", "Chloé", "Björn", "Ayşe", "Siobhán", "王芳"] {
            #expect(names.contains { $0.contains(expected) }, "no name with \(expected)")
        }
        func share(_ predicate: (Profile) -> Bool) -> Double {
            Double(people.filter(predicate).count) / Double(people.count)
        }
        #expect((0.05...0.3).contains(share { $0.headline == nil }))
        #expect((0.03...0.2).contains(share { $0.location == nil }))
        #expect((0.05...0.3).contains(share { $0.education.isEmpty }))
        #expect((0.02...0.15).contains(share { $0.skills.isEmpty }))
        #expect(share { $0.experiences.contains { $0.companyID == nil } } > 0.03)
        #expect(share { $0.experiences.contains { $0.start?.month == nil } } > 0.03)
        #expect((0.85...0.97).contains(share { $0.experiences.filter(\.isCurrent).count == 1 }))
        #expect(share { $0.experiences.allSatisfy { !$0.isCurrent } } > 0.03)
        for person in people {
            for role in person.experiences {
                if let start = role.start { #expect((2004...2026).contains(start.year)) }
                if let end = role.end, let start = role.start { #expect(start <= end && end <= SampleWorld.now) }
            }
        }
    }

    @Test func careersStayMostlyInOneDomain() {
        var stays = 0, moves = 0, titles = Set<String>()
        for person in world.people {
            let domains = person.experiences.compactMap { $0.companyID.flatMap(world.company(id:))?.domainID }
            for (a, b) in zip(domains, domains.dropFirst()) { if a == b { stays += 1 } else { moves += 1 } }
            titles.formUnion(person.experiences.compactMap(\.title))
        }
        #expect(Double(stays) / Double(stays + moves) > 0.6)
        #expect(moves > 0)
        let levels = Set(titles.map(Seniority.infer(fromTitle:)))
        #expect(levels.isSuperset(of: [.intern, .junior, .mid, .senior, .staff, .principal, .manager, .director, .vp]))
        let families = Set(titles.compactMap { Vocabulary.roleFamily(forTitle: $0)?.id })
        #expect(families.count >= 15, "\(titles.count) distinct titles")
    }
}
