import Foundation
import Testing

/// The judge must never see how Scout reads text: ScoutQuality may not depend, even transitively, on a JD parser,
/// an evaluator or any other plugin.
@Suite("Package graph")
struct PackageGraphTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Target name → the target names its `dependencies:` list names (string literals and the `core` shorthand),
    /// read from Package.swift's text (running SwiftPM inside `swift test` would wait on the build lock).
    static func targets(_ manifest: String) -> (deps: [String: [String]], plugins: Set<String>) {
        var deps: [String: [String]] = [:], plugins = Set<String>()
        let literal = try! Regex(#""([A-Za-z][A-Za-z0-9]*)""#)
        func names(_ list: Substring) -> [String] {
            var out = list.matches(of: literal).map { String($0.output[1].substring!) }
            if list.contains("core") { out.append("ScoutCore") }
            return out
        }
        // `.target(name: "X", dependencies: [ … ]` and `.executableTarget(…)`; lists hold no nested brackets.
        // `[ … ] + plugins.map …` (the composition root) also depends on every target of the `plugins` list.
        var onEveryPlugin: [String] = []
        for match in manifest.matches(
            of: try! Regex(#"name: "([A-Za-z]+)",\s*dependencies: \[([^\]]*)\]( \+ plugins\.map)?"#))
        {
            let name = String(match.output[1].substring!)
            deps[name] = names(match.output[2].substring!)
            if match.output[3].substring != nil { onEveryPlugin.append(name) }
        }
        // `plugin("X", family: …, extra: [ … ])`: ScoutCore, swift-log and the extras.
        for match in manifest.matches(
            of: try! Regex(#"plugin\("([A-Za-z]+)", family:[^\n]*?(?:extra: \[([^\]]*)\])?\)"#))
        {
            let name = String(match.output[1].substring!)
            plugins.insert(name)
            deps[name] = ["ScoutCore"] + (match.output[2].substring.map(names) ?? [])
        }
        for name in onEveryPlugin { deps[name, default: []] += plugins.sorted() }
        return (deps, plugins)
    }

    /// The modules a source file imports, whatever the import's access level (`public import X` included).
    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            var words = line.split(separator: " ")
            while let first = words.first, ["public", "package", "internal", "fileprivate", "private"].contains(first) {
                words.removeFirst()
            }
            return words.count == 2 && words[0] == "import" ? String(words[1]) : nil
        }
    }

    @Test func qualityDependsOnNoParserEvaluatorOrPlugin() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let (deps, plugins) = Self.targets(manifest)
        #expect(deps["ScoutQuality"] == ["SampleWorld", "ScoutCore"])
        #expect(plugins.contains("HeuristicEvaluator") && plugins.contains("HeuristicJDParser") && plugins.count >= 15)
        #expect(deps["ScoutPlugins"]?.contains("HeuristicEvaluator") == true)  // the parser reads what it must
        var closure = Set<String>(), stack = ["ScoutQuality"]
        while let next = stack.popLast() {
            for dep in deps[next] ?? [] where closure.insert(dep).inserted { stack.append(dep) }
        }
        for plugin in plugins { #expect(!closure.contains(plugin), "ScoutQuality reaches the plugin \(plugin)") }
        #expect(!closure.contains("ScoutPlugins"))
        // And no source file of the module imports one by name.
        let dir = Self.root.appendingPathComponent("Sources/ScoutQuality")
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for module in Self.imports(text) {
                #expect(
                    ["Foundation", "Logging", "SampleWorld", "ScoutCore", "Yams"].contains(module),
                    "\(file) imports \(module)")
            }
        }
    }

    @Test(
        "no plugin is imported outside the composition root (ScoutPlugins): the CLI reaches every store through the registry"
    )
    func pluginsOnlyInTheCompositionRoot() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let (deps, plugins) = Self.targets(manifest)
        #expect(deps["scout"]?.contains("ScoutPlugins") == true)
        // Shared kits depend on the core (and third-party packages) only, so a plugin may use one.
        #expect(deps["DiscoveryKit"] == ["ScoutCore"] && deps["LLMKit"] == ["ScoutCore"])
        for (target, list) in deps
        where target != "ScoutPlugins" && !plugins.contains(target) && !target.hasSuffix("Tests") {
            for plugin in plugins { #expect(!list.contains(plugin), "\(target) depends on the plugin \(plugin)") }
        }
        for top in ["Sources", "Benchmarks"] {
            let dir = Self.root.appendingPathComponent(top)
            let files = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") && !file.hasPrefix("ScoutPlugins/") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                for module in Self.imports(text) {
                    #expect(!plugins.contains(module), "\(top)/\(file) imports the plugin \(module)")
                }
            }
        }
    }

    @Test func everyLibraryTheDocsTellEmbeddersToImportIsAProduct() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for library in ["ScoutCore", "ScoutPlugins", "ScoutHTTP", "ScoutTesting"] {
            #expect(
                manifest.contains(".library(name: \"\(library)\", targets: [\"\(library)\"])"),
                "\(library) is not a library product")
        }
    }
}
