import Foundation
import SampleWorld
import ScoutCore
import Testing

@Suite("Sample world web pages")
struct WebDocumentTests {
    let world = SampleWorld.shared()

    @Test func everyCompanyHasItsPages() throws {
        let echowave = try #require(world.company(named: "Echowave"))
        let pages = world.documents.filter { $0.companyID == echowave.id }
        let kinds = Set(pages.map(\.kind))
        #expect(kinds.isSuperset(of: [.alternatives, .competitors, .comparison, .homepage]))
        let g2 = try #require(pages.first { $0.kind == .alternatives })
        #expect(g2.url == "https://www.g2.com/products/echowave/competitors/alternatives")
        #expect(g2.title == "Top \(echowave.competitorIDs.count) Echowave Alternatives & Competitors (2026) | G2")
        let home = try #require(pages.first { $0.kind == .homepage })
        #expect(home.url == "https://echowave.ai/" && home.title.hasPrefix("Echowave — "))
        let crunchbase = try #require(pages.first { $0.kind == .competitors })
        #expect(crunchbase.url == "https://www.crunchbase.com/organization/echowave/competitors")
    }

    @Test func competitorPagesNameTheCompetitors() {
        for company in world.companies {
            let rivals = world.competitors(of: company).map(\.name)
            for page in world.documents
            where page.companyID == company.id && [.alternatives, .competitors, .comparison].contains(page.kind) {
                #expect(page.content.contains(rivals[0]), "\(page.url) does not name \(rivals[0])")
            }
            let g2 = world.documents.first { $0.companyID == company.id && $0.kind == .alternatives }!
            for (i, name) in rivals.enumerated() { #expect(g2.content.contains("\n\(i + 1). \(name) — ")) }
            #expect(g2.content.contains("The best alternatives to \(company.name) are \(rivals[0]), "))
            let crunchbase = world.documents.first { $0.companyID == company.id && $0.kind == .competitors }!
            #expect(crunchbase.content.contains("Top competitors of \(company.name) include \(rivals[0]), "))
        }
        #expect(world.documents.contains { $0.content.contains(" such as ") && $0.kind == .comparison })
    }

    @Test func categoryPagesListCompanies() throws {
        let pages = world.documents.filter { $0.kind == .category && $0.domainID == "voice_ai" }
        #expect(pages.count == 3)
        let g2 = try #require(pages.first { $0.title == "Best Speech Recognition Software in 2026 | G2" })
        #expect(g2.content.contains("\n1. Echowave — "))
        #expect(pages.contains { $0.title == "Top 20 Voice AI Companies | Capterra" })
        #expect(pages.contains { $0.title == "Gartner Peer Insights: Speech Recognition Software Reviews" })
        for page in pages {
            let listed = page.content.split(separator: "\n").filter { $0.first?.isNumber == true }
            #expect(listed.count >= 12)
            for line in listed {
                let name = line.split(separator: " — ")[0].split(separator: " ", maxSplits: 1)[1]
                #expect(world.company(named: String(name))?.domainID == "voice_ai", "\(line)")
            }
        }
        #expect(world.documents.filter { $0.kind == .news }.count >= 24)
    }

    @Test func searchRanksTheCompanysOwnCompetitorPagesFirst() {
        for name in ["Echowave", "Ledgerline", "Sentrybyte", "Promptwell"] {
            let results = world.searchWeb(WebQuery("\(name) competitors", maxResults: 5))
            #expect(results.count == 5)
            let slug = TextTokens.words(name).joined(separator: "-")
            #expect(results.prefix(2).allSatisfy { $0.url.contains("/\(slug)") }, "\(results.map(\.url))")
            #expect(results.map(\.score) == results.map(\.score).sorted(by: >))
        }
        let alternatives = world.searchWeb(WebQuery("Parlance AI alternatives", maxResults: 3))
        #expect(alternatives.first?.url == "https://www.g2.com/products/parlance-ai/competitors/alternatives")
    }

    @Test func searchHonoursDomainsAndLimits() {
        let g2Only = world.searchWeb(WebQuery("speech recognition software", maxResults: 7, includeDomains: ["g2.com"]))
        #expect(!g2Only.isEmpty && g2Only.count <= 7 && g2Only.allSatisfy { $0.url.hasPrefix("https://www.g2.com/") })
        #expect(g2Only.first?.title == "Best Speech Recognition Software in 2026 | G2")
        let noG2 = world.searchWeb(WebQuery("Echowave competitors", maxResults: 10, excludeDomains: ["www.g2.com"]))
        #expect(!noG2.isEmpty && noG2.allSatisfy { !$0.url.contains("g2.com") })
        #expect(world.searchWeb(WebQuery("zzzqqq nothing")).isEmpty)
        #expect(world.searchWeb(WebQuery("Echowave", maxResults: 0)).isEmpty)
    }
}
