import CoreSignalPeopleSource
import Foundation
import SampleWorld
import ScoutCore
import ScoutSandbox
import Testing

/// CoreSignal company ids through the cheapest endpoint the contract allows (vendor-contracts.md §1.5): the free
/// `/search/es_dsl` for an exact website or a name one company carries, one billed preview page only otherwise.
@Suite("coresignal company lookups: free first, billed only when ambiguous")
struct CompanyLookupTests {
    static var options: SandboxOptions {
        var options = CoreSignalTests.options
        options.previewPageCredits = 10
        return options
    }

    /// A word that is a whole word of several companies' names (a name the free lookup cannot tell apart).
    static func sharedWord(_ world: SampleWorld) -> String? {
        var counts: [String: Int] = [:]
        for company in world.companies {
            for word in Set(company.key.split(separator: " ").map(String.init)) where word.count >= 4 {
                counts[word, default: 0] += 1
            }
        }
        return counts.filter { $0.value >= 2 }.keys.sorted().first
    }

    @Test("an exact website or a unique name is found by the free search; no preview page is bought")
    func freeLookups() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = CoreSignalTests.source(server)
            let company = sandbox.world.companies[3]
            let byWebsite = Company(
                name: "whatever", website: "https://www.\(company.website)/about", source: .supplied, confidence: 1)
            #expect(try await source.lookUpCompanyID(byWebsite) == .found(company.id))
            let unique = try #require(
                sandbox.world.companies.first { candidate in
                    sandbox.world.companies.filter { (" " + $0.key + " ").contains(" " + candidate.key + " ") }.count
                        == 1
                })
            #expect(
                try await source.lookUpCompanyID(Company(name: unique.name, source: .supplied, confidence: 1))
                    == .found(unique.id))
            #expect(
                try await source.lookUpCompanyID(
                    Company(name: "Zzyzx Qwerty Holdings", source: .supplied, confidence: 1))
                    == .notFound)
            #expect(sandbox.stats.previewPages == 0)
            #expect(sandbox.stats.creditsSpent == 0)
            #expect(sandbox.stats.searches >= 3)
            #expect(source.limits.companyLookupCredits == 10)
        }
    }

    @Test("a name several companies carry is ambiguous for the free search; the billed lookup is one preview page")
    func ambiguousNames() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = CoreSignalTests.source(server)
            let word = try #require(Self.sharedWord(sandbox.world))
            let company = Company(name: word, source: .supplied, confidence: 1)
            #expect(try await source.lookUpCompanyID(company) == .ambiguous)
            #expect(sandbox.stats.previewPages == 0)
            let id = try await source.resolveCompanyID(company)
            #expect(sandbox.stats.previewPages == 1)
            #expect(sandbox.stats.creditsSpent == 10)
            if let id {
                let name = try #require(sandbox.world.company(id: id)).key
                #expect(name.contains(CompanyKey.normalize(word)))
            }
        }
    }

    @Test("company_lookup: preview sends every company to the billed lookup")
    func previewMode() async throws {
        try await withSandbox(Self.options) { (sandbox: ScoutSandbox, server: SandboxServer) async throws in
            let source = CoreSignalTests.source(server) { $0.companyLookup = .preview }
            let company = sandbox.world.companies[3]
            #expect(
                try await source.lookUpCompanyID(Company(name: company.name, source: .supplied, confidence: 1))
                    == .ambiguous)
            #expect(sandbox.stats.searches == 0)
            #expect(
                try await source.resolveCompanyID(
                    Company(name: "x", website: company.website, source: .supplied, confidence: 1)) == company.id)
            #expect(sandbox.stats.previewPages == 1)
        }
    }
}
