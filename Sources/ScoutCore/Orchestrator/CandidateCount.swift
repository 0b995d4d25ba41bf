import Foundation

/// How many candidates one call may ask for: the one rule the orchestrator, the config, the CLI and the HTTP API share.
///
/// - A search, or any single load the orchestrator runs, asks for 1–500 (``range``): `session.initial_count`,
///   `scout search --count`, `count` of `POST /api/jd/domain-search`.
/// - Loading more into a session offers the seed UI's steps, 20, 40 or 100 (``loadMoreChoices``; 20 when not given):
///   `scout more --count`, `count` of `POST /api/jd/load-more-previews`.
public enum CandidateCount {
    public static let range = 1...500
    public static let loadMoreChoices = [20, 40, 100]
    public static let loadMoreDefault = 20

    /// Nil when `count` is in ``range``; else the problem, naming the value as `name` (`--count`, `'count'`).
    public static func problem(_ count: Int, name: String = "count") -> String? {
        range.contains(count)
            ? nil : "\(name) must be between \(range.lowerBound) and \(range.upperBound), got \(count)"
    }

    /// Nil when `count` is one of ``loadMoreChoices``; else the problem, naming the value as `name`.
    public static func loadMoreProblem(_ count: Int, name: String = "count") -> String? {
        loadMoreChoices.contains(count) ? nil : "\(name) must be \(choicesText), got \(count)"
    }

    /// "20, 40 or 100".
    public static var choicesText: String {
        loadMoreChoices.dropLast().map(String.init).joined(separator: ", ") + " or " + String(loadMoreChoices.last ?? 0)
    }
}
