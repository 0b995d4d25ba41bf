import Foundation
import Logging

extension WebSearch {
    /// Runs web queries with a bound on how many are in flight; answers come back in query order.
    /// A failed query counts as no results, unless every query failed or the error is fatal (quota, budget,
    /// config, cancellation): then it is thrown. Shared by discovery strategies.
    public func searchAll(_ queries: [WebQuery], concurrency: Int, logger: Logger) async throws -> [[WebResult]] {
        var answers = [[WebResult]](repeating: [], count: queries.count)
        var failures: [any Error] = []
        try await withThrowingTaskGroup(of: (Int, Result<[WebResult], any Error>).self) { group in
            var next = 0, inFlight = 0
            while next < queries.count || inFlight > 0 {
                while next < queries.count, inFlight < max(1, concurrency) {
                    let index = next, query = queries[index]
                    group.addTask {
                        do { return (index, .success(try await self.search(query))) } catch { return (index, .failure(error)) }
                    }
                    next += 1
                    inFlight += 1
                }
                guard let (index, answer) = try await group.next() else { break }
                inFlight -= 1
                switch answer {
                case .success(let results):
                    answers[index] = results
                case .failure(let error):
                    if WebSearchErrors.isFatal(error) { throw error }
                    logger.warning("web search failed", metadata: ["query": "\(queries[index].text)", "error": "\(error)"])
                    failures.append(error)
                }
            }
        }
        if let first = failures.first, failures.count == queries.count { throw first }
        return answers
    }

}

/// Which web search errors stop discovery instead of counting as an empty answer.
public enum WebSearchErrors {
    public static func isFatal(_ error: any Error) -> Bool {
        if error is CancellationError { return true }
        guard let scout = error as? ScoutError else { return false }
        return [.quotaExhausted, .budgetExceeded, .config].contains(scout.code)
    }
}
