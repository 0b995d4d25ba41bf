import Foundation
import Yams

extension PipelineConfig {
    /// Every configured stage, in pipeline order.
    public var stages: [StageSpec] { [jdParser, webSearch] + discovery + [batching, people, store, evaluator] }

    /// Every environment secret the configured stages read, defaults included, with the key that names it
    /// (`people.api_key`).
    public var secretReferences: [(path: String, reference: SecretReference)] {
        stages.flatMap { stage in
            Self.secrets(in: stage.config, label: nil).map { ("\(stage.path).\($0.key)", $0.reference) }
        }
    }

    /// One issue per secret whose environment variable is unset or empty, at the key in `yaml` when the file gives it
    /// (else at its section): `plugins.yaml:7:9: people.api_key: environment variable CORESIGNAL_API_KEY is not set; …`.
    public func environmentIssues(yaml: String, file: String, environment: [String: String]) -> [ConfigIssue] {
        let root = try? Yams.compose(yaml: yaml)
        return secretReferences.compactMap { path, reference in
            if let value = environment[reference.env], !value.isEmpty { return nil }
            let parts = path.split(separator: ".").map(String.init)
            let given = root.flatMap { Self.node(at: parts, in: $0) }
            let mark = (given ?? root.flatMap { Self.node(at: Array(parts.dropLast()), in: $0) })?.mark
            let name = given == nil ? "\(reference.env) (the default)" : reference.env
            return ConfigIssue(
                file: file, line: mark?.line, column: mark?.column, path: path,
                message: "environment variable \(name) is not set; export it, or choose a plugin that needs no key")
        }
    }

    /// Secret references found by walking a config's stored properties (nested settings structs included; their keys
    /// are flat in YAML, so the leaf property names the key).
    private static func secrets(in value: Any, label: String?) -> [(key: String, reference: SecretReference)] {
        if let reference = value as? SecretReference { return [(snakeCase(label ?? "?"), reference)] }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.flatMap { secrets(in: $0.value, label: label) } }
        guard mirror.displayStyle == .struct || mirror.displayStyle == .class else { return [] }
        return mirror.children.flatMap { secrets(in: $0.value, label: $0.label) }
    }

    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { out, character in
            if character.isUppercase, !out.isEmpty { out += "_" }
            out += character.lowercased()
        }
    }

    /// The node at a path like `["discovery[1]", "api_key"]`; nil when the file does not give it.
    private static func node(at parts: [String], in root: Node) -> Node? {
        var node = root
        for part in parts {
            let name = String(part.prefix { $0 != "[" })
            guard let next = node.mapping?.first(where: { $0.key.string == name })?.value else { return nil }
            node = next
            if let open = part.firstIndex(of: "["), let index = Int(part[part.index(after: open)...].dropLast()) {
                guard let sequence = node.sequence, index < sequence.count else {
                    return node.mapping != nil ? node : nil
                }
                node = sequence[index]
            }
        }
        return node
    }
}
