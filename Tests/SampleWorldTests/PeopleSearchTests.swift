import Foundation
import SampleWorld
import ScoutCore
import Testing

@Suite("Sample world people search and resolution")
struct PeopleSearchTests {
    let world = SampleWorld.shared()

    func company(_ name: String) -> Company { world.company(named: name)!.company() }

    @Test func matchesCurrentAndPastStaff() throws {
        let echowave = try #require(world.company(named: "Echowave"))
        let matches = world.searchPeople(PeopleQuery(companies: [echowave.company()]))
        #expect(matches.count > 100)
        for match in matches {
            let person = try #require(world.profile(employeeID: match.employeeID))
            #expect(person.experiences.contains { $0.companyID == echowave.id })
        }
        let current = world.searchPeople(PeopleQuery(companies: [echowave.company()], currentOnly: true))
        #expect(!current.isEmpty && current.count < matches.count)
        for match in current {
            #expect(
                world.profile(employeeID: match.employeeID)!.experiences.contains {
                    $0.companyID == echowave.id && $0.isCurrent
                })
        }
        let expected = world.people.filter { $0.experiences.contains { $0.companyID == echowave.id } }.count
        #expect(matches.count == expected)
    }

    @Test func titleAndSeniorityFiltersApplyToTheMatchingRole() {
        let companies = ["Echowave", "Parlance AI", "Vocalith"].map(company)
        let ids = Set(companies.compactMap(\.vendorID))
        let query = PeopleQuery(
            companies: companies, titles: ["ML Engineer", "Speech Engineer"], seniorities: [.senior, .staff])
        let matches = world.searchPeople(query)
        #expect(!matches.isEmpty)
        for match in matches {
            let roles = world.profile(employeeID: match.employeeID)!.experiences.filter { role in
                guard let id = role.companyID, ids.contains(id), let title = role.title else { return false }
                return
                    (TextTokens.contains(title, phrase: "ML Engineer")
                    || TextTokens.contains(title, phrase: "Speech Engineer"))
                    && [.senior, .staff].contains(Seniority.infer(fromTitle: title))
            }
            #expect(!roles.isEmpty)
        }
    }

    @Test func rankingIsDeterministicAndBoosted() {
        let base = PeopleQuery(companies: [company("Ledgerline"), company("Clearvault")])
        let plain = world.searchPeople(base)
        #expect(plain == world.searchPeople(base))
        #expect(
            zip(plain, plain.dropFirst()).allSatisfy {
                $0.score > $1.score || ($0.score == $1.score && $0.employeeID < $1.employeeID)
            })
        var boosted = base
        boosted.preferredSeniorities = [.senior]
        boosted.skills = ["Go", "Kafka"]
        let top = world.profile(employeeID: world.searchPeople(boosted)[0].employeeID)!
        #expect(top.skills.contains("Go") || top.skills.contains("Kafka"))
        #expect(Set(world.searchPeople(boosted).map(\.employeeID)) == Set(plain.map(\.employeeID)))
    }

    @Test func companiesWithoutIDMatchByName() {
        let byName = world.searchPeople(
            PeopleQuery(companies: [Company(name: "Echowave, Inc.", source: .mentioned, confidence: 1)]))
        #expect(
            byName.map(\.employeeID).sorted()
                == world.searchPeople(PeopleQuery(companies: [company("Echowave")])).map(\.employeeID).sorted())
        let stealth = world.searchPeople(
            PeopleQuery(companies: [Company(name: "Stealth Startup", source: .supplied, confidence: 1)]))
        #expect(!stealth.isEmpty)
        #expect(
            world.searchPeople(
                PeopleQuery(companies: [Company(name: "Nonexistent Corp", source: .supplied, confidence: 1)])
            ).isEmpty)
    }

    @Test func resolvesByWebsiteThenName() {
        #expect(world.resolveCompany(name: nil, website: "https://www.Echowave.ai/pricing")?.name == "Echowave")
        #expect(world.resolveCompany(name: "Wrong Name", website: "parlance.ai")?.name == "Parlance AI")
        #expect(world.resolveCompany(name: "Parlance AI Inc.", website: "unknown.example")?.name == "Parlance AI")
        #expect(world.resolveCompany(name: "Echowaves", website: nil)?.name == "Echowave")
        #expect(world.resolveCompany(name: "Totally Different", website: nil) == nil)
        for hiring in ["Cantora Voice", "Pennant Pay", "Halyard Security", "Northbeam Analytics"] {
            #expect(
                world.resolveCompany(name: hiring, website: nil) == nil,
                "example hiring company \(hiring) is in the world")
        }
        #expect(SampleWorld.similarity("echowave", "echowaves") > 0.85)
        #expect(SampleWorld.similarity("abc", "xyz") == 0)
    }
}
