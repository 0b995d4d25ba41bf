public import Foundation
import Yams

/// Loads plugins.yaml in two pure phases: strict decoding onto defaults, then validation. Every problem is
/// collected and reported at once, each with file, line, column, path and, for names, the nearest valid one.
public struct ConfigLoader: Sendable {
    /// The default plugin type of each stage when its section is omitted: the types of the embedded default
    /// (ScoutPlugins' `DefaultConfig.yaml`, which the core cannot see; `ConfigLoaderTests` keeps them equal).
    public static let defaultTypes: [StageKind: String] = [
        .jdParser: "heuristic", .webSearch: "sample", .batching: "company_batch", .people: "sample",
        .store: "sqlite", .evaluator: "heuristic",
    ]
    public static let defaultDiscovery = ["seed_expansion", "domain_queries"]
    static let coreSections = ["version", "session", "cache", "pricing", "budget"]
    static var topLevelKeys: [String] { StageKind.allCases.map(\.rawValue) + coreSections }

    public let registry: PluginRegistry
    public let environment: [String: String]

    public init(registry: PluginRegistry, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.registry = registry
        self.environment = environment
    }

    /// Loads a file; `displayName` is how the file is named in messages (defaults to the path as given).
    public func load(contentsOf path: String, displayName: String? = nil) throws -> PipelineConfig {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(issues: [
                ConfigIssue(file: name, line: nil, column: nil, path: "", message: "cannot read the file")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(issues: [
                ConfigIssue(file: name, line: nil, column: nil, path: "", message: "the file is not UTF-8 text")
            ])
        }
        return try load(yaml: text, file: name)
    }

    /// Loads YAML text with `overrides` applied in order. Throws ``ConfigError`` with every issue found; an issue
    /// about an overridden key names the override (`--arm size3:batching.batch_sise=3: batching.batch_sise: …`).
    public func load(yaml: String, file: String, overrides: [ConfigOverride] = []) throws -> PipelineConfig {
        var reader = ConfigReader(file: file, registry: registry)
        var root: Node?
        let duplicates: [ConfigIssue]
        do {
            (root, duplicates) = try DuplicateKeys(file: file).compose(yaml)
        } catch let error as YamlError {
            throw ConfigError(issues: [reader.syntaxIssue(error)])
        }
        for override in overrides {
            root = try override.apply(to: root ?? .mapping(Node.Mapping([])))
        }
        let top: Node.Mapping
        if let root {
            guard let mapping = root.mapping else {
                throw ConfigError(issues: [
                    reader.issue(
                        at: root, path: "", "the file must be a mapping of sections (jd_parser, discovery, batching, …)"
                    )
                ])
            }
            top = mapping
        } else {
            top = Node.Mapping([])
        }
        let config = reader.read(top, environment: environment)
        let errors = (duplicates + reader.issues).filter { $0.severity == .error }.map { issue in
            guard let override = overrides.last(where: { $0.concerns(issue.path) }) else { return issue }
            var moved = issue
            moved.file = override.source
            moved.line = nil
            moved.column = nil
            return moved
        }
        guard errors.isEmpty, let config else { throw ConfigError(issues: errors) }
        return config
    }
}
