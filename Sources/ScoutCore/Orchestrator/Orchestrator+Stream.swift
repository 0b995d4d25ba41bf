import Foundation

/// One element of a progress stream: the typed events as they happen, then the result.
public enum ScoutUpdate: Sendable {
    case event(ScoutEvent)
    /// Always the last element of a stream that did not throw.
    case finished(LoadResult)
}

extension Orchestrator {
    /// `search` as an AsyncSequence of typed progress events ending with `.finished`. Cancelling the consumer's task
    /// (or dropping the stream) cancels the work; nothing already committed is lost.
    public func searchUpdates(
        jd: String, count: Int? = nil, workspace: String? = nil
    ) -> AsyncThrowingStream<ScoutUpdate, any Error> {
        stream { events in try await self.search(jd: jd, count: count, workspace: workspace, events: events) }
    }

    /// `loadMore` as an AsyncSequence of typed progress events ending with `.finished`.
    public func loadMoreUpdates(
        sessionID: SessionID, count: Int, workspace: String? = nil
    ) -> AsyncThrowingStream<ScoutUpdate, any Error> {
        stream { events in
            try await self.loadMore(sessionID: sessionID, count: count, workspace: workspace, events: events)
        }
    }

    private func stream(
        _ work: @escaping @Sendable (@escaping ScoutEventHandler) async throws -> LoadResult
    )
        -> AsyncThrowingStream<ScoutUpdate, any Error>
    {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let result = try await work { continuation.yield(.event($0)) }
                    continuation.yield(.finished(result))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
