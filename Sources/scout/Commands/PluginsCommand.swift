import ArgumentParser
import Foundation
import ScoutCore
import ScoutPlugins

struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "List every plugin type with its config keys, defaults and docs.")

    @Flag(name: .long, help: "Print as JSON.")
    var json = false

    @Flag(name: .long, help: "Print the plugin reference of docs/configuration.md (Markdown).")
    var markdown = false

    static let coreSections: [(name: String, keys: [ConfigKey])] = [
        ("session", SessionConfig.keys), ("cache", CachePolicy.keys), ("pricing", PricingConfig.keys),
        ("budget", BudgetConfig.keys),
    ]

    func run() async throws {
        let registry = try BuiltinPlugins.registry()
        if markdown { return print(ConfigReference.markdown(registry)) }
        if json {
            return try JSONOutput.print(
                ScoutPayloads.PluginCatalog(registry: registry, coreSections: Self.coreSections))
        }
        for kind in StageKind.allCases {
            print("\(kind.title) (\(kind.rawValue)):")
            for plugin in registry.descriptions(of: kind) {
                print("  \(plugin.type) — \(plugin.summary)")
                for key in plugin.keys { print(Self.line(key)) }
            }
            print("")
        }
        print("Core sections:")
        for (name, keys) in Self.coreSections {
            print("  \(name):")
            for key in keys { print(Self.line(key)) }
        }
    }

    static func line(_ key: ConfigKey) -> String {
        "      \(key.name) (\(key.type), default \(key.defaultValue)): \(key.doc)"
    }
}
