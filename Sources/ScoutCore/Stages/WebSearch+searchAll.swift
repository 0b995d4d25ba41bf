import Foundation
public import Logging

extension WebSearch {
    /// Runs web queries with a bound on how many are in flight; answers come back in query order.
    /// A failed query counts as no results, unless every query failed or the error is fatal (quota, budget,
    /// config, cancellation): then it is thrown. Shared by discovery strategies.
    public func searchAll(_ queries: [WebQuery], concurrency: Int, logger: Logger) async throws -> [[WebResult]] {
        try await searchAllReporting(queries, concurrency: concurrency, logger: logger).answers
    }

    /// ``searchAll(_:concurrency:logger:)`` that also says which queries failed (indices into `queries`), so a
    /// strategy can tell the user its answer may be incomplete.
    public func searchAllReporting(
        _ queries: [WebQuery], concurrency: Int,
        logger: Logger
    ) async throws -> (answers: [[WebResult]], failed: [Int]) {
        let width = max(1, concurrency)
        let outcomes = try await withThrowingTaskGroup(of: Outcome.self, returning: [Outcome].self) { group in
            var collected: [Outcome] = []
            var next = 0
            while next < queries.count || !group.isEmpty {
                while next < queries.count, next - collected.count < width {
                    let index = next, query = queries[index]
                    next += 1
                    group.addTask {
                        do { return Outcome(index: index, result: .success(try await self.search(query))) } catch {
                            return Outcome(index: index, result: .failure(error))
                        }
                    }
                }
                guard let outcome = try await group.next() else { break }
                if case .failure(let error) = outcome.result, WebSearchErrors.isFatal(error) { throw error }
                collected.append(outcome)
            }
            return collected
        }
        var answers = [[WebResult]](repeating: [], count: queries.count)
        var failures: [any Error] = []
        var failed: [Int] = []
        for outcome in outcomes {
            switch outcome.result {
            case .success(let results):
                precondition(
                    answers.indices.contains(outcome.index), "query index \(outcome.index) of \(answers.count)")
                answers[outcome.index] = results
            case .failure(let error):
                logger.warning(
                    "web search failed", metadata: ["query": "\(queries[outcome.index].text)", "error": "\(error)"])
                failures.append(error)
                failed.append(outcome.index)
            }
        }
        if let first = failures.first, failures.count == queries.count { throw first }
        return (answers, failed.sorted())
    }
}

/// One query's answer inside `searchAll`.
private struct Outcome: Sendable {
    let index: Int
    let result: Result<[WebResult], any Error>
}

/// Which web search errors stop discovery instead of counting as an empty answer: ``ScoutError/isFatal(_:)``.
public enum WebSearchErrors {
    public static func isFatal(_ error: any Error) -> Bool { ScoutError.isFatal(error) }
}
