import Foundation

/// One problem in a configuration file, with where it is and what would fix it.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    /// The file name as given, e.g. `plugins.yaml`.
    public var file: String
    /// 1-based; nil when the problem has no single place (a missing section, say).
    public var line: Int?
    public var column: Int?
    /// Rendered like `discovery[1].type`.
    public var path: String
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int?, column: Int?, path: String, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// `plugins.yaml:14:11: batching.type: unknown type 'company_bach'; did you mean 'company_batch'? (valid: …)`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        let prefix = severity == .warning ? "warning: " : ""
        return path.isEmpty ? "\(location): \(prefix)\(message)" : "\(location): \(prefix)\(path): \(message)"
    }
}

/// Thrown when a configuration has errors; carries all of them, sorted by position.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    public init(issues: [ConfigIssue]) {
        self.issues = issues.sorted {
            ($0.line ?? .max, $0.column ?? .max, $0.path) < ($1.line ?? .max, $1.column ?? .max, $1.path)
        }
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
