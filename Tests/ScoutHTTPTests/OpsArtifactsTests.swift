import Foundation
import ScoutTesting
import Testing
import Yams

/// The operators' files (ops/): the alert rules and the dashboard read only metrics docs/metrics.md lists (so a
/// renamed metric cannot leave an alert that never fires), and both parse.
@Suite("ops: alert rules and dashboard read documented metrics")
struct OpsArtifactsTests {
    static let root = MetricsDocument.root(of: #filePath)

    /// `scout_…` names in a text, histogram series suffixes removed.
    static func metricNames(in text: String) -> Set<String> {
        let pattern = try! Regex(#"\bscout_[a-z0-9_]+"#)
        return Set(
            text.matches(of: pattern).map { match -> String in
                var name = String(text[match.range])
                for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
                    name.removeLast(suffix.count)
                }
                return name
            })
    }

    @Test("every alert has an expression, a for:, a severity and a summary; every metric it reads is documented")
    func alertRules() throws {
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("ops/prometheus/scout-alerts.yml"), encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        var alerts = 0
        for group in groups {
            for rule in group["rules"] as? [[String: Any]] ?? [] {
                #expect((rule["expr"] as? String)?.isEmpty == false, "\(rule)")
                guard let name = rule["alert"] as? String else { continue }
                alerts += 1
                #expect(rule["for"] != nil, "\(name) has no for:")
                #expect((rule["labels"] as? [String: Any])?["severity"] != nil, "\(name) has no severity")
                #expect((rule["annotations"] as? [String: Any])?["summary"] != nil, "\(name) has no summary")
            }
        }
        #expect(alerts >= 8)
        let documented = try MetricsDocument.names(root: Self.root)
        for name in Self.metricNames(in: text).sorted() {
            #expect(documented.contains(name), "the alert rules read \(name), which docs/metrics.md does not list")
        }
    }

    @Test("the dashboard is JSON whose panels read documented metrics through the DS_PROMETHEUS input")
    func dashboard() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("ops/grafana/scout-dashboard.json"))
        let dashboard = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let panels = try #require(dashboard["panels"] as? [[String: Any]])
        #expect(panels.count >= 10)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("${DS_PROMETHEUS}"))
        let documented = try MetricsDocument.names(root: Self.root)
        for name in Self.metricNames(in: text).sorted() {
            #expect(documented.contains(name), "the dashboard reads \(name), which docs/metrics.md does not list")
        }
    }
}
