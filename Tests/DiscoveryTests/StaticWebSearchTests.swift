import Foundation
import ScoutCore
import ScoutTesting
import Testing

/// The discovery tests stand on ``StaticWebSearch``, so the double passes the suite the real engines pass.
@Suite("StaticWebSearch double")
struct StaticWebSearchTests {
    @Test func passesTheWebSearchConformanceSuite() async throws {
        let web = StaticWebSearch(results: [
            "voice ai companies": [
                hit("Echowave – speech recognition", "https://echowave.ai/about"),
                hit("Top voice AI platforms", "https://www.g2.com/categories/voice-ai", "Echowave, Parlance AI"),
                hit("Parlance AI raises Series B", "https://news.crunchbase.com/parlance"),
                hit("Voice AI market guide", "https://www.gartner.com/voice", "Echowave and Parlance AI"),
            ]
        ])
        try await WebSearchConformance.run(web, query: "voice ai companies")
    }
}
