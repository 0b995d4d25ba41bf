import Foundation
import ScoutCore
import ScoutPlugins
import Testing

@Suite("docs stay in step with the code")
struct DocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("docs/configuration.md documents every key of every registered plugin and core section")
    func configurationReference() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        let registry = try BuiltinPlugins.registry()
        for kind in StageKind.allCases {
            for plugin in registry.descriptions(of: kind) {
                let heading = "### `\(kind.rawValue): \(plugin.type)`"
                let section = try #require(doc.range(of: heading), "missing section \(heading)")
                let rest = doc[section.upperBound...]
                let body = rest.range(of: "\n### ").map { rest[..<$0.lowerBound] } ?? rest
                for key in plugin.keys {
                    #expect(body.contains("`\(key.name)`"), "\(heading) does not document `\(key.name)`")
                }
            }
        }
        for key in SessionConfig.keys + CachePolicy.keys + PricingConfig.keys + BudgetConfig.keys {
            #expect(doc.contains("`\(key.name)`"), "core key `\(key.name)` is not documented")
        }
    }

    @Test("every example JD parses and every example config validates")
    func examples() throws {
        let dir = Self.root.appendingPathComponent("docs/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.filter { $0.hasSuffix(".md") }.count >= 3)
        let loader = ConfigLoader(registry: try BuiltinPlugins.registry(), environment: [:])
        for file in files where file.hasPrefix("plugins.") && file.hasSuffix(".yaml") {
            _ = try loader.load(contentsOf: dir.appendingPathComponent(file).path, displayName: file)
        }
    }
}
