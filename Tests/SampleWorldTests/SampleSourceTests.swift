import Foundation
import SamplePeopleSource
import SampleWebSearch
import SampleWorld
import ScoutCore
import ScoutTesting
import Testing

@Suite("Sample plugins")
struct SampleSourceTests {
    struct Boom: Error {}

    @Test func passesThePeopleSourceConformanceSuite() async throws {
        let source = SamplePeopleSource()
        try await PeopleSourceConformance.run(
            source, fixture: PeopleSourceFixture(companyName: "Echowave", website: "echowave.ai"))
        try await PeopleSourceConformance.run(
            source, fixture: PeopleSourceFixture(companyName: "Gantrix", website: "gantrix.com"))
        #expect(source.stats().duplicateProfileCollects.isEmpty)
    }

    @Test func passesTheWebSearchConformanceSuite() async throws {
        try await WebSearchConformance.run(SampleWebSearch(), query: "Echowave competitors")
        try await WebSearchConformance.run(SampleWebSearch(), query: "best voice AI platforms G2")
    }

    @Test func pagesFollowCoreSignalSemantics() async throws {
        let source = SamplePeopleSource()
        let echowave = source.world.company(named: "Echowave")!.company()
        let query = PeopleQuery(companies: [echowave])
        let total = source.world.searchPeople(query).count
        var ids: [Int] = []
        for page in 1...5 {
            let result = try await source.searchPreviews(query, page: page)
            #expect(result.results.count == 20 && result.totalResults == total)
            ids += result.results.map(\.employeeID)
            let preview = result.results[0]
            let profile = source.world.profile(employeeID: preview.employeeID)!
            #expect(preview.name == profile.fullName && preview.currentTitle == profile.currentExperience?.title)
            #expect(
                preview.currentCompany == profile.currentExperience?.companyName && preview.location == profile.location
            )
        }
        #expect(Set(ids).count == 100)
        #expect(try await source.searchPreviews(query, page: 6).results.isEmpty)
        await #expect(throws: ScoutError.self) { try await source.searchPreviews(query, page: 0) }
        #expect(source.stats().previewPages == 6)
    }

    @Test func countsCollectsAndHonoursTheFailureHook() async throws {
        let source = SamplePeopleSource(world: SampleWorld.shared()) { call in
            if call == .collectProfile(1) { throw Boom() }
        }
        let someone = source.world.people[10].employeeID
        _ = try await source.collectProfile(employeeID: someone)
        _ = try await source.collectProfile(employeeID: someone)
        _ = try await source.collectProfile(employeeID: 2)
        _ = try await source.collectCompany(id: 4_000_001)
        await #expect(throws: Boom.self) { try await source.collectProfile(employeeID: 1) }
        let stats = source.stats()
        #expect(stats.profileCollects == [someone: 2] && stats.duplicateProfileCollects == [someone])
        #expect(stats.companyCollects == [4_000_001: 1] && stats.missedCollects == 1)
        #expect(stats.credits(under: source.limits) == 3)
    }

    @Test func factoriesAndConfig() async throws {
        #expect(SamplePeopleSource.factory.type == "sample" && SampleWebSearch.factory.type == "sample")
        #expect(
            SamplePeopleSource.factory.keys.map(\.name) == [
                "seed", "variant", "page_size", "max_pages", "profile_credits", "company_credits",
                "preview_page_credits",
            ])
        var config = SamplePeopleSource.Config()
        #expect(config.validate().isEmpty && config.limits.resultCap == 100)
        config.pageSize = 0
        #expect(config.validate().map(\.key) == ["page_size"])
        config.variant = "paraphrase"
        #expect(
            config.validate().first?.message
                == "unknown variant 'paraphrase'; did you mean 'paraphrased'? (valid: standard, paraphrased)")
        let web = SampleWebSearch()
        let results = try await web.search(WebQuery("Echowave competitors", maxResults: 3))
        #expect(results.count == 3 && results[0].url.contains("echowave"))
    }
}
