import CoreSignalPeopleSource
import Foundation
import Logging
import SampleWorld
import ScoutCore
import ScoutSandbox
import ScoutTesting
import ScoutVendorKit
import Testing

@Suite("coresignal against the sandbox")
struct CoreSignalTests {
    static let key = "cs-test-key-0123456789abcdef0123"

    static func source(
        _ server: SandboxServer, configure: (inout CoreSignalPeopleSource.Config) -> Void = { _ in },
        clock: VirtualVendorClock = VirtualVendorClock(), logger: Logger = quietLogger, key: String = key
    ) -> CoreSignalPeopleSource {
        var config = CoreSignalPeopleSource.Config()
        config.baseURL = server.coreSignalBaseURL
        config.http = testHTTP()
        configure(&config)
        return CoreSignalPeopleSource(config: config, apiKey: Secret(key), logger: logger, vendorClock: clock)
    }

    static var options: SandboxOptions {
        var options = SandboxOptions()
        options.coreSignalKey = key
        return options
    }

    @Test(
        "passes the people-source conformance suite against the sandbox (preview and es_dsl)",
        arguments: [CoreSignalPeopleSource.Config.SearchMode.preview, .esDSL])
    func conformance(mode: CoreSignalPeopleSource.Config.SearchMode) async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server) { $0.searchMode = mode }
            try await PeopleSourceConformance.run(
                source, fixture: PeopleSourceFixture(companyName: "Echowave", website: "echowave.ai"))
            let big = bigCompany(sandbox.world)
            try await PeopleSourceConformance.run(
                source, fixture: PeopleSourceFixture(companyName: big.name, website: big.website))
        }
    }

    @Test("resolves companies by website, then by a similar name; unknown names resolve to nil")
    func resolution() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server)
            let company = sandbox.world.companies[3]
            #expect(
                try await source.resolveCompanyID(
                    Company(
                        name: "whatever", website: "https://www.\(company.website)/about", source: .supplied,
                        confidence: 1)) == company.id)
            #expect(
                try await source.resolveCompanyID(Company(name: company.name + "s", source: .supplied, confidence: 1))
                    == company.id)
            #expect(
                try await source.resolveCompanyID(
                    Company(name: "Zzyzx Qwerty Holdings", source: .supplied, confidence: 1)) == nil)
        }
    }

    @Test("preview pages hold 20 results, stop at the 5-page cap (100) without a call, and match the sample world")
    func pagingAndCap() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server) { $0.previewPageCredits = 0 }
            let company = bigCompany(sandbox.world)
            let query = PeopleQuery(companies: [company.company()])
            let expected = sandbox.world.searchPeople(query)
            var ids: [Int] = []
            for page in 1...6 {
                let result = try await source.searchPreviews(query, page: page)
                if page <= 5 {
                    #expect(result.results.count == 20)
                    #expect(result.totalResults == expected.count)
                } else {
                    #expect(result.results.isEmpty)
                }
                ids += result.results.map(\.employeeID)
            }
            #expect(ids == expected.prefix(100).map(\.employeeID))
            #expect(sandbox.stats.previewPages == 5)
            #expect(source.limits.resultCap == 100)
            // Each preview carries the vendor's parsed country (`location_country`) beside `location_full`.
            let first = try #require(try await source.searchPreviews(query, page: 1).results.first)
            let profile = try #require(sandbox.world.profile(employeeID: first.employeeID))
            #expect(first.country == profile.country && first.location == profile.location)
        }
    }

    @Test("es_dsl mode pages with the after cursor")
    func esDSLPaging() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server) { $0.searchMode = .esDSL }
            let company = bigCompany(sandbox.world)
            let query = PeopleQuery(companies: [company.company()])
            let expected = sandbox.world.searchPeople(query).map(\.employeeID)
            let page3 = try await source.searchPreviews(query, page: 3)
            #expect(page3.results.map(\.employeeID) == Array(expected[40..<60]))
            let page1 = try await source.searchPreviews(query, page: 1)
            #expect(page1.results.map(\.employeeID) == Array(expected[0..<20]))
            #expect(sandbox.stats.searches == 4)
        }
    }

    @Test("collects decode into the typed model once; unknown ids are nil and not billed")
    func collects() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server)
            let person = sandbox.world.people[17]
            let profile = try #require(try await source.collectProfile(employeeID: person.employeeID))
            #expect(profile.fullName == person.fullName)
            #expect(profile.experiences.map(\.start) == person.experiences.map(\.start))
            #expect(profile.experiences.map(\.end) == person.experiences.map(\.end))
            #expect(profile.experiences.map(\.companyID) == person.experiences.map(\.companyID))
            #expect(profile.experiences.map(\.order) == person.experiences.map(\.order))
            #expect(profile.currentExperience?.title == person.currentExperience?.title)
            #expect(profile.skills == person.skills)
            let company = sandbox.world.companies[5]
            let record = try #require(try await source.collectCompany(id: company.id))
            #expect(record == company.record)
            #expect(try await source.collectProfile(employeeID: 999_999_999) == nil)
            #expect(try await source.collectCompany(id: 999_999_999) == nil)
            #expect(sandbox.stats.employeeCollects == [String(person.employeeID): 1])
            #expect(sandbox.stats.companyCollects == [String(company.id): 1])
        }
    }

    @Test("decodes both date forms and treats a missing date_to as current")
    func dateForms() throws {
        let json = """
            {"id": 5, "full_name": "A B", "unknown_field": {"x": 1}, "experience": [
              {"company_id": 1, "company_name": "X", "title": "T", "date_from": "2021-04", "date_to": null, "order_in_profile": 1},
              {"company_id": "2", "company_name": "Y", "date_from_year": 2015, "date_from_month": 6, "date_to_year": 2020, "order_in_profile": 2}]}
            """
        let profile = try CoreSignalPeopleSource.decodeProfile(Data(json.utf8))
        #expect(profile.experiences[0].start == YearMonth(year: 2021, month: 4))
        #expect(profile.experiences[0].isCurrent)
        #expect(profile.experiences[1].start == YearMonth(year: 2015, month: 6))
        #expect(profile.experiences[1].end == YearMonth(year: 2020))
        #expect(profile.experiences[1].companyID == 2)
    }

    @Test("402 stops with quotaExhausted and a clear message; nothing is billed past the balance")
    func creditsExhausted() async throws {
        var options = Self.options
        options.credits = 3
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server)
            for person in sandbox.world.people.prefix(3) {
                _ = try await source.collectProfile(employeeID: person.employeeID)
            }
            let error = await #expect(throws: ScoutError.self) {
                try await source.collectProfile(employeeID: sandbox.world.people[3].employeeID)
            }
            #expect(error?.code == .quotaExhausted)
            #expect(error?.message.contains("CoreSignal credits exhausted") == true)
            #expect(sandbox.stats.employeeCollects.count == 3)
            #expect(sandbox.stats.creditsRemaining == 0)
        }
    }

    @Test("the balance probe reads x-credits-remaining from a free search; balance_probe: false reads nothing")
    func balanceProbe() async throws {
        var options = Self.options
        options.credits = 50
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server)
            #expect(try await source.creditsRemaining() == 50)
            _ = try await source.collectProfile(employeeID: sandbox.world.people[0].employeeID)
            #expect(try await source.creditsRemaining() == 50 - options.collectCredits)
            #expect(sandbox.stats.creditsSpent == options.collectCredits, "the probe itself is free")
            let off = Self.source(server, configure: { $0.balanceProbe = false })
            let requests = sandbox.stats.requests
            #expect(try await off.creditsRemaining() == nil)
            #expect(sandbox.stats.requests == requests, "switched off, it asks nothing")
        }
    }

    @Test("5xx, 429 bursts with Retry-After and malformed bodies are retried; nobody is billed twice")
    func faults() async throws {
        var options = Self.options
        options.serverErrorRate = 0.25
        options.tooManyBurstRate = 0.1
        options.malformedRate = 0.15
        options.retryAfterSeconds = 2
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let clock = VirtualVendorClock()
            let source = Self.source(server, configure: { $0.http.maxRetries = 10 }, clock: clock)
            let people = sandbox.world.people.prefix(30)
            for person in people { _ = try #require(try await source.collectProfile(employeeID: person.employeeID)) }
            let stats = sandbox.stats
            #expect(stats.duplicateEmployeeCollects.isEmpty)
            #expect(stats.employeeCollects.count == 30)
            #expect(
                (stats.faults["5xx"] ?? 0) > 0 && (stats.faults["429"] ?? 0) > 0 && (stats.faults["malformed"] ?? 0) > 0
            )
            #expect(clock.sleeps.contains(2.0), "a 429's Retry-After is honoured")
            #expect(clock.sleeps.allSatisfy { $0 >= 0 && $0 <= 30 })
        }
    }

    @Test("a stalled response times out and is retried, then reported")
    func stalls() async throws {
        var options = Self.options
        options.stallRate = 1
        options.stallSeconds = 0.6
        try await withSandbox(options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = Self.source(server) {
                $0.http.timeoutSeconds = 0.15
                $0.http.maxRetries = 1
            }
            let error = await #expect(throws: ScoutError.self) {
                try await source.collectProfile(employeeID: sandbox.world.people[0].employeeID)
            }
            #expect(error?.code == .vendor)
            #expect(error?.message.contains("timed out") == true)
            #expect(sandbox.stats.employeeCollects.isEmpty)
        }
    }

    @Test("401 is a config error naming the variable, never the key")
    func unauthorized() async throws {
        try await withSandbox(Self.options) { (_: ScoutSandbox, server: SandboxServer) async throws in
            let capture = LogCapture()
            let wrong = "wrong-secret-value-987654321"
            let source = Self.source(server, logger: capture.logger(), key: wrong)
            let error = await #expect(throws: ScoutError.self) { try await source.collectProfile(employeeID: 1) }
            #expect(error?.code == .config)
            #expect(error?.message.contains("CORESIGNAL_API_KEY") == true)
            #expect(error?.message.contains(wrong) == false)
            #expect(!capture.text.contains(wrong))
        }
    }
}
