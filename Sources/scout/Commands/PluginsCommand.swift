import ArgumentParser
import Foundation
import ScoutCore
import ScoutPlugins

struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "List every plugin type with its config keys, defaults and docs.")

    func run() async throws {
        let registry = try BuiltinPlugins.registry()
        for kind in StageKind.allCases {
            print("\(kind.title) (\(kind.rawValue)):")
            for plugin in registry.descriptions(of: kind) {
                print("  \(plugin.type) — \(plugin.summary)")
                for key in plugin.keys {
                    print("      \(key.name) (\(key.type), default \(key.defaultValue)): \(key.doc)")
                }
            }
            print("")
        }
        print("Core sections:")
        for (name, keys) in [("session", SessionConfig.keys), ("cache", CachePolicy.keys), ("pricing", PricingConfig.keys), ("budget", BudgetConfig.keys)] {
            print("  \(name):")
            for key in keys { print("      \(key.name) (\(key.type), default \(key.defaultValue)): \(key.doc)") }
        }
    }
}
