import Foundation
import Yams

/// Duplicate keys in plugins.yaml, reported like every other issue (`file:line:col: path: duplicate key …`) instead of
/// the YAML parser's dump. Yams rejects a mapping with a repeated key; each later occurrence is blanked out (lines keep
/// their numbers) and the text composed again, so the rest of the file is still checked and every issue reported.
struct DuplicateKeys {
    let file: String

    /// The composed tree with every later duplicate removed, and one issue per removed duplicate.
    func compose(_ yaml: String) throws -> (root: Node?, issues: [ConfigIssue]) {
        var lines = yaml.components(separatedBy: "\n")
        var found: [(key: String, first: Mark, second: (line: Int, column: Int)?)] = []
        for _ in 0..<50 {
            do {
                let root = try Yams.compose(yaml: lines.joined(separator: "\n"))
                return (root, found.map { issue($0.key, first: $0.first, second: $0.second, root: root) })
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let key = duplicates.first ?? "?"
                guard let second = Self.laterOccurrence(of: key, after: context.mark, in: lines) else {
                    // Flow style or a layout this scan does not follow: report it without the rest of the file.
                    throw ConfigError(
                        issues: found.map { issue($0.key, first: $0.first, second: $0.second, root: nil) }
                            + [issue(key, first: context.mark, second: nil, root: nil)])
                }
                found.append((key, context.mark, (second.line, second.column)))
                for index in second.block { lines[index] = "" }
            }
        }
        throw ConfigError(issues: found.map { issue($0.key, first: $0.first, second: $0.second, root: nil) })
    }

    /// `plugins.yaml:4:3: batching.batch_size: duplicate key (first given at line 3); keep one`.
    private func issue(_ key: String, first: Mark, second: (line: Int, column: Int)?, root: Node?) -> ConfigIssue {
        let path = root.flatMap { Self.path(toKeyAt: first, in: $0, prefix: "") } ?? key
        guard let second else {
            return ConfigIssue(
                file: file, line: first.line, column: first.column, path: path,
                message: "duplicate key '\(key)'; keep one")
        }
        return ConfigIssue(
            file: file, line: second.line, column: second.column, path: path,
            message: "duplicate key (first given at line \(first.line)); keep one")
    }

    /// The block-style line that repeats `key` at the first occurrence's column, with the lines of its value.
    static func laterOccurrence(
        of key: String, after mark: Mark, in lines: [String]
    ) -> (line: Int, column: Int, block: [Int])? {
        let indent = mark.column - 1
        var index = mark.line  // 0-based index of the line after the first occurrence
        while index < lines.count {
            let line = lines[index]
            let content = line.drop { $0 == " " }
            let column = line.count - content.count
            if content.isEmpty || content.hasPrefix("#") { index += 1; continue }
            if column < indent || (column == indent && content.hasPrefix("- ")) { return nil }
            if column == indent, Self.startsWithKey(content, key) {
                var block = [index]
                var next = index + 1
                while next < lines.count {
                    let rest = lines[next].drop { $0 == " " }
                    if !rest.isEmpty, !rest.hasPrefix("#"), lines[next].count - rest.count <= indent { break }
                    block.append(next)
                    next += 1
                }
                return (index + 1, column + 1, block)
            }
            index += 1
        }
        return nil
    }

    static func startsWithKey(_ content: Substring, _ key: String) -> Bool {
        ["\(key):", "\"\(key)\":", "'\(key)':"].contains { content.hasPrefix($0) }
    }

    /// The path (`discovery[1].max_queries`) of the mapping key that starts at `mark`.
    static func path(toKeyAt mark: Mark, in node: Node, prefix: String) -> String? {
        if let mapping = node.mapping {
            for (key, value) in mapping {
                let name = key.string ?? "?"
                let path = prefix.isEmpty ? name : "\(prefix).\(name)"
                if key.mark?.line == mark.line, key.mark?.column == mark.column { return path }
                if let found = Self.path(toKeyAt: mark, in: value, prefix: path) { return found }
            }
        } else if let sequence = node.sequence {
            for (index, item) in sequence.enumerated() {
                if let found = Self.path(toKeyAt: mark, in: item, prefix: "\(prefix)[\(index)]") { return found }
            }
        }
        return nil
    }
}
