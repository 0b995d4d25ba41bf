import Foundation
import Yams

extension ConfigReader {
    /// Decodes a plugin config strictly: unknown keys first, then each key on its own (so every type error is
    /// reported), then the whole, then the config's own validation.
    mutating func pluginConfig(
        _ node: Node, keys: [ConfigKey], decode: @Sendable (Node?) throws -> any PluginConfig, path: String,
        validKeyNames reserved: [String]
    ) -> (any PluginConfig)? {
        let mapping = node.mapping ?? Node.Mapping([])
        let known = keys.map(\.name)
        var good: [(Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string, known.contains(name) else {
                let given = key.string ?? "?"
                issues.append(
                    issue(
                        at: key, path: "\(path).\(given)",
                        "unknown key" + Suggestion.hint(for: given, valid: reserved + known)))
                continue
            }
            do {
                _ = try decode(Node([(key, value)]))
                good.append((key, value))
            } catch {
                issues.append(decodingIssue(error, root: Node([(key, value)]), path: path))
            }
        }
        let ok = good.count == mapping.count
        // With bad keys, the good ones are still range-checked (on defaults for the rest), so every issue is reported
        // at once; only problems about keys the file gives are kept then, as the defaults are valid by construction.
        let body = ok ? node : Node(good)
        let config: any PluginConfig
        do {
            config = try decode(good.isEmpty ? nil : body)
        } catch {
            if ok { issues.append(decodingIssue(error, root: node, path: path)) }
            return nil
        }
        var problems = config.validate()
        if !ok {
            let given = Set(good.compactMap { $0.0.string })
            problems = problems.filter { given.contains(String($0.key.split(separator: ".").first ?? "")) }
        }
        for problem in problems {
            let target = mapping.first(where: {
                $0.key.string == problem.key.split(separator: ".").first.map(String.init)
            })
            let at = target?.value ?? node
            issues.append(issue(at: at, path: "\(path).\(problem.key)", problem.message, useMark: target != nil))
        }
        return ok && problems.isEmpty ? config : nil
    }

    /// Maps a `DecodingError` to an issue at the node its coding path names.
    func decodingIssue(_ error: any Error, root: Node, path: String) -> ConfigIssue {
        guard let decodingError = error as? DecodingError else {
            return issue(at: root, path: path, "\(error)")
        }
        let context: DecodingError.Context
        var message: String
        switch decodingError {
        case .typeMismatch(let type, let ctx):
            context = ctx
            message = "expected \(Self.describe(type))"
        case .valueNotFound(let type, let ctx):
            context = ctx
            message = "expected \(Self.describe(type)), found nothing"
        case .keyNotFound(let key, let ctx):
            context = ctx
            message = "missing required key '\(key.stringValue)'"
        case .dataCorrupted(let ctx):
            context = ctx
            message = ctx.debugDescription
        @unknown default:
            return issue(at: root, path: path, "\(error)")
        }
        var node = root
        var parts: [String] = []
        for key in context.codingPath {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
                parts[parts.count - 1] += "[\(index)]"
                continue
            }
            if key.intValue == nil, let next = node.mapping?.first(where: { $0.key.string == key.stringValue })?.value {
                node = next
            }
            parts.append(key.stringValue)
        }
        if case .typeMismatch = decodingError, let scalar = node.scalar {
            message += ", found '\(scalar.string)'"
        } else if case .typeMismatch = decodingError, node.mapping != nil {
            message += ", found a mapping"
        } else if case .typeMismatch = decodingError, node.sequence != nil {
            message += ", found a list"
        }
        let fullPath = ([path] + parts).filter { !$0.isEmpty }.joined(separator: ".")
        return issue(at: node, path: fullPath, message)
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type, is UInt64.Type, is Int32.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "a string"
        case is [String].Type: "a list of strings"
        case is [Int].Type: "a list of integers"
        default:
            String(describing: type).contains("Array")
                ? "a list" : (String(describing: type).contains("Dictionary") ? "a mapping" : "a value of type \(type)")
        }
    }

    func issue(at node: Node, path: String, _ message: String, useMark: Bool = true) -> ConfigIssue {
        let mark = useMark ? node.mark : nil
        return ConfigIssue(file: file, line: mark?.line, column: mark?.column, path: path, message: message)
    }

    func syntaxIssue(_ error: YamlError) -> ConfigIssue {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ConfigIssue(
                file: file, line: mark.line, column: mark.column, path: "", message: "YAML syntax error: \(problem)")
        default:
            let text = "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
            return ConfigIssue(file: file, line: nil, column: nil, path: "", message: "YAML error: \(text)")
        }
    }
}
