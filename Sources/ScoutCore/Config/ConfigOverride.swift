import Foundation
import Yams

/// One `path=value` change to a plugins.yaml, as given on a command line (`batching.batch_size=3`,
/// `discovery[1].max_queries=2`, `batching.type=seniority_variation`). The value is YAML (`[a, b]` is a list).
public struct ConfigOverride: Sendable, Equatable, CustomStringConvertible {
    /// One step of a path: a mapping key or a sequence index.
    public enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    public var steps: [Step]
    public var value: String
    /// How the override was written, named in every message about it (e.g. `--arm size3:batching.batch_size=3`).
    public var source: String

    public init(steps: [Step], value: String, source: String) {
        self.steps = steps
        self.value = value
        self.source = source
    }

    /// Parses `path=value`; `source` names where it came from in messages.
    public init(parsing text: String, source: String? = nil) throws {
        let source = source ?? text
        guard let equals = text.firstIndex(of: "=") else {
            throw ScoutError.badInput("\(source): expected PATH=VALUE, e.g. batching.batch_size=3")
        }
        let path = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let value = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        var steps: [Step] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let name = rest.prefix { $0 != "[" }
            rest = rest.dropFirst(name.count)
            if !name.isEmpty { steps.append(.key(String(name))) }
            while rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                    index >= 0
                else {
                    throw ScoutError.badInput("\(source): '\(path)' has a bad index; write e.g. discovery[0].max_seeds")
                }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            if name.isEmpty, steps.isEmpty || !rest.isEmpty {
                throw ScoutError.badInput("\(source): '\(path)' is not a config path; write e.g. batching.batch_size")
            }
        }
        guard !steps.isEmpty, case .key = steps[0] else {
            throw ScoutError.badInput("\(source): '\(path)' is not a config path; write e.g. batching.batch_size")
        }
        self.init(steps: steps, value: value, source: source)
    }

    /// The path as the config loader renders paths (`discovery[1].max_queries`).
    public var path: String {
        steps.enumerated().map { i, step in
            switch step {
            case .key(let key): return i == 0 ? key : "." + key
            case .index(let index): return "[\(index)]"
            }
        }.joined()
    }

    public var description: String { "\(path)=\(value)" }

    /// True when a config issue's path is this override's path, inside it, or one of its parents.
    func concerns(_ issuePath: String) -> Bool {
        let mine = path
        return issuePath == mine || issuePath.hasPrefix(mine + ".") || issuePath.hasPrefix(mine + "[")
            || mine.hasPrefix(issuePath + ".") || mine.hasPrefix(issuePath + "[")
    }

    /// `root` with this override applied.
    func apply(to root: Node) throws -> Node {
        let replacement: Node
        do {
            replacement = try Yams.compose(yaml: value) ?? Node("")
        } catch {
            throw ConfigError(issues: [
                ConfigIssue(
                    file: source, line: nil, column: nil, path: path,
                    message: "the value is not valid YAML")
            ])
        }
        return try set(replacement, in: root, at: steps[...])
    }

    /// Keys a stage keeps when its `type` changes; every other key belonged to the old type.
    static let stageKeys: Set<String> = ["type", "id", "enabled"]

    private func set(_ replacement: Node, in node: Node?, at steps: ArraySlice<Step>) throws -> Node {
        guard let step = steps.first else { return replacement }
        switch step {
        case .key(let key):
            var pairs: [(Node, Node)] = node?.mapping.map { Array($0).map { ($0.key, $0.value) } } ?? []
            if let node, node.mapping == nil, node.scalar?.string.isEmpty == false || node.sequence != nil {
                throw issue("'\(key)' is set inside a value that is not a mapping")
            }
            if key == "type", steps.count == 1,
                pairs.contains(where: { $0.0.string == "type" && $0.1.string != replacement.string })
            {
                // A new plugin type starts from its own defaults: the old type's keys would be unknown to it.
                pairs.removeAll { !Self.stageKeys.contains($0.0.string ?? "") }
            }
            if let i = pairs.firstIndex(where: { $0.0.string == key }) {
                pairs[i].1 = try set(replacement, in: pairs[i].1, at: steps.dropFirst())
            } else {
                pairs.append((Node(key), try set(replacement, in: nil, at: steps.dropFirst())))
            }
            return .mapping(Node.Mapping(pairs))
        case .index(let index):
            guard var items = node?.sequence.map(Array.init) else {
                throw issue("[\(index)] indexes a value that is not a list")
            }
            guard index <= items.count else {
                throw issue("index \(index) is past the end of the list (\(items.count) entries)")
            }
            if index == items.count {
                items.append(try set(replacement, in: nil, at: steps.dropFirst()))
            } else {
                items[index] = try set(replacement, in: items[index], at: steps.dropFirst())
            }
            return .sequence(Node.Sequence(items))
        }
    }

    private func issue(_ message: String) -> ConfigError {
        ConfigError(issues: [ConfigIssue(file: source, line: nil, column: nil, path: path, message: message)])
    }
}
