import DiscoveryKit
import Foundation
import Logging
import ScoutCore

/// A web result with a default score.
func hit(_ title: String, _ url: String, _ content: String = "", score: Double = 0.9) -> WebResult {
    WebResult(title: title, url: url, content: content, score: score)
}

/// A discovery context over `webSearch` with a silent logger.
func discoveryContext(_ webSearch: any WebSearch) -> DiscoveryContext {
    DiscoveryContext(
        webSearch: webSearch, logger: Logger(label: "scout.test.discovery") { _ in SwiftLogNoOpLogHandler() })
}

/// Names the extractor finds in `results`, best first.
func extractedNames(_ results: [WebResult], excluding: [String] = []) -> [String] {
    CompanyNameExtractor(excluding: excluding).extract(from: results).map(\.name)
}

/// `count` companies named "Company 1" … with distinct keys.
func sampleCompanies(_ count: Int) -> [Company] {
    (1...max(1, count)).prefix(count).map { Company(name: "Acme \($0) Labs", source: .seedExpansion, confidence: 0.7) }
}
