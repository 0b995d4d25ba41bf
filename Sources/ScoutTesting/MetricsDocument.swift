public import Foundation

/// The metric names docs/metrics.md lists (the first cell of each table row), for tests that check every metric Scout
/// emits is documented.
public enum MetricsDocument {
    /// Names in `markdown`'s table rows: `| \`scout_…\` | …`.
    public static func names(in markdown: String) -> Set<String> {
        var names = Set<String>()
        for line in markdown.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(3).prefix { $0 != "`" }
            if !cell.isEmpty { names.insert(String(cell)) }
        }
        return names
    }

    /// The names docs/metrics.md lists, read from the repository `root`.
    public static func names(root: URL) throws -> Set<String> {
        names(in: try String(contentsOf: root.appendingPathComponent("docs/metrics.md"), encoding: .utf8))
    }

    /// The repository root of a test file (`Tests/<Target>/<File>.swift`).
    public static func root(of testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
