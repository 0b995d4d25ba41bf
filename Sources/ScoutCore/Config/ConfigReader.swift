import Foundation
import Yams

/// The strict walk over a plugins.yaml tree. Collects issues instead of stopping at the first.
struct ConfigReader {
    let file: String
    let registry: PluginRegistry
    var issues: [ConfigIssue] = []

    init(file: String, registry: PluginRegistry) {
        self.file = file
        self.registry = registry
    }

    mutating func read(_ top: Node.Mapping, environment: [String: String]) -> PipelineConfig? {
        var sections: [String: (key: Node, value: Node)] = [:]
        for (key, value) in top {
            guard let name = key.string else {
                issues.append(issue(at: key, path: "", "section names must be strings"))
                continue
            }
            guard ConfigLoader.topLevelKeys.contains(name) else {
                issues.append(
                    issue(
                        at: key, path: name,
                        "unknown section" + Suggestion.hint(for: name, valid: ConfigLoader.topLevelKeys)))
                continue
            }
            if sections[name] != nil { issues.append(issue(at: key, path: name, "section given twice")) }
            sections[name] = (key, value)
        }
        if let version = sections["version"] {
            if version.value.int != 1 {
                issues.append(
                    issue(
                        at: version.value, path: "version",
                        "unsupported version '\(version.value.string ?? "?")' (valid: 1)"))
            }
        }
        let jdParser = stage(.jdParser, sections[StageKind.jdParser.rawValue]?.value)
        let webSearch = stage(.webSearch, sections[StageKind.webSearch.rawValue]?.value)
        let discovery = discoveryList(sections[StageKind.discovery.rawValue])
        var batchingEnabled = true
        let batchingNode = sections[StageKind.batching.rawValue]?.value
        if let node = batchingNode?.mapping?.first(where: { $0.key.string == "enabled" })?.value {
            if let flag = node.bool {
                batchingEnabled = flag
            } else {
                issues.append(
                    issue(at: node, path: "batching.enabled", "expected true or false, found '\(node.string ?? "?")'"))
            }
        }
        let batching = stage(.batching, batchingNode, extraReserved: ["enabled"])
        var warnings: [ConfigIssue] = []
        if let flag = environment["ENABLE_COMPANY_BATCHING"] {
            switch flag.lowercased() {
            case "false", "0", "no", "off": batchingEnabled = false
            case "true", "1", "yes", "on": batchingEnabled = true
            default:
                issues.append(
                    ConfigIssue(
                        file: "environment", line: nil, column: nil, path: "ENABLE_COMPANY_BATCHING",
                        message: "expected true or false, found '\(flag)'"))
            }
            warnings.append(
                ConfigIssue(
                    file: "environment", line: nil, column: nil, path: "ENABLE_COMPANY_BATCHING",
                    message: "batching.enabled overridden to \(batchingEnabled)", severity: .warning))
        }
        let people = stage(.people, sections[StageKind.people.rawValue]?.value)
        let store = stage(.store, sections[StageKind.store.rawValue]?.value)
        let evaluator = stage(.evaluator, sections[StageKind.evaluator.rawValue]?.value)
        let session: SessionConfig? = core("session", sections["session"]?.value)
        let cache: CachePolicy? = core("cache", sections["cache"]?.value)
        let pricing: PricingConfig? = core("pricing", sections["pricing"]?.value)
        let budget: BudgetConfig? = core("budget", sections["budget"]?.value)
        guard let jdParser, let webSearch, let discovery, let batching, let people, let store, let evaluator,
            let session, let cache, let pricing, let budget
        else { return nil }
        return PipelineConfig(
            jdParser: jdParser, webSearch: webSearch, discovery: discovery, batching: batching,
            batchingEnabled: batchingEnabled, people: people, store: store, evaluator: evaluator, session: session,
            cache: cache, pricing: pricing, budget: budget, warnings: warnings)
    }

    /// `discovery:` is a list of stage entries (a single mapping is accepted as a list of one).
    private mutating func discoveryList(_ section: (key: Node, value: Node)?) -> [StageSpec]? {
        guard let section else {
            return ConfigLoader.defaultDiscovery.enumerated().compactMap { index, type in
                defaultStage(.discovery, type: type, path: "discovery[\(index)]")
            }
        }
        let entries: [Node]
        if let sequence = section.value.sequence {
            entries = Array(sequence)
        } else if section.value.mapping != nil {
            entries = [section.value]
        } else {
            issues.append(
                issue(at: section.value, path: "discovery", "expected a list of strategies, each with a 'type'"))
            return nil
        }
        if entries.isEmpty {
            issues.append(
                issue(
                    at: section.value, path: "discovery",
                    "at least one discovery strategy is required"
                        + Suggestion.hint(for: "", valid: registry.typeNames(of: .discovery))))
            return nil
        }
        var specs: [StageSpec] = []
        var ok = true
        var ids: [String: String] = [:]
        for (index, entry) in entries.enumerated() {
            let path = entries.count == 1 && section.value.mapping != nil ? "discovery" : "discovery[\(index)]"
            guard let spec = stage(.discovery, entry, path: path) else { ok = false; continue }
            if let other = ids[spec.id] {
                issues.append(
                    issue(
                        at: entry, path: "\(path).id",
                        "id '\(spec.id)' is already used by \(other); give one of them a distinct 'id'"))
                ok = false
            }
            ids[spec.id] = path
            specs.append(spec)
        }
        return ok ? specs : nil
    }

    private func defaultStage(_ kind: StageKind, type: String, path: String) -> StageSpec? {
        guard let schema = registry.configSchema(kind: kind, type: type), let config = try? schema.decode(nil) else {
            return nil
        }
        return StageSpec(kind: kind, type: type, id: type, path: path, config: config)
    }

    /// Reads one stage entry: `type` (required), optional `id`, plugin keys.
    mutating func stage(
        _ kind: StageKind, _ node: Node?, path: String? = nil, extraReserved: [String] = []
    ) -> StageSpec? {
        let path = path ?? kind.rawValue
        let valid = registry.typeNames(of: kind)
        guard let node else {
            guard let type = ConfigLoader.defaultTypes[kind], let spec = defaultStage(kind, type: type, path: path)
            else {
                issues.append(
                    ConfigIssue(
                        file: file, line: nil, column: nil, path: path,
                        message: "missing section" + Suggestion.hint(for: "", valid: valid)))
                return nil
            }
            return spec
        }
        guard let mapping = node.mapping else {
            issues.append(
                issue(
                    at: node, path: path,
                    "expected a mapping with a 'type' (valid types: \(valid.joined(separator: ", ")))"))
            return nil
        }
        guard let typeNode = mapping.first(where: { $0.key.string == "type" })?.value else {
            issues.append(
                issue(
                    at: node, path: "\(path).type",
                    "missing; every stage names its plugin type (valid: \(valid.joined(separator: ", ")))"))
            return nil
        }
        guard let type = typeNode.string, let schema = registry.configSchema(kind: kind, type: type) else {
            let given = typeNode.string ?? "?"
            issues.append(
                issue(
                    at: typeNode, path: "\(path).type",
                    "unknown type '\(given)'" + Suggestion.hint(for: given, valid: valid)))
            return nil
        }
        var id = type
        if let idNode = mapping.first(where: { $0.key.string == "id" })?.value {
            if let value = idNode.string, PluginRegistry.isValidTypeName(value) {
                id = value
            } else {
                issues.append(
                    issue(
                        at: idNode, path: "\(path).id",
                        "ids are lower_snake_case ([a-z][a-z0-9_]{0,62}), found '\(idNode.string ?? "?")'"))
            }
        }
        let reserved = ["type", "id"] + extraReserved
        let body = Node.Mapping(mapping.filter { !reserved.contains($0.key.string ?? "") })
        guard
            let config = pluginConfig(
                Node(body.map { ($0.key, $0.value) }), keys: schema.keys, decode: schema.decode, path: path,
                validKeyNames: reserved)
        else {
            return nil
        }
        return StageSpec(kind: kind, type: type, id: id, path: path, config: config)
    }

    /// Reads a core section (session, cache, pricing) with the same strictness.
    mutating func core<Config: PluginConfig>(_ name: String, _ node: Node?) -> Config? {
        guard let node else { return Config() }
        guard node.mapping != nil else {
            issues.append(
                issue(
                    at: node, path: name,
                    "expected a mapping of keys (valid: \(Config.keys.map(\.name).joined(separator: ", ")))"))
            return nil
        }
        let decode: @Sendable (Node?) throws -> any PluginConfig = { node in
            guard let node else { return Config() }
            return try YAMLDecoder().decode(Config.self, from: node)
        }
        return pluginConfig(node, keys: Config.keys, decode: decode, path: name, validKeyNames: []) as? Config
    }
}
