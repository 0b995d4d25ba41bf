import Foundation
import HTTPTypes

/// Remembers load-more answers by workspace and `Idempotency-Key`, so a retried request gets the first answer
/// and spends nothing. Concurrent retries wait for the first attempt. Bounded: the oldest keys are forgotten.
actor IdempotencyCache {
    /// A finished answer: status and body bytes.
    struct Answer: Sendable, Equatable {
        var status: Int
        var body: Data
    }

    private struct Entry {
        var fingerprint: Data
        var task: Task<Answer, Never>
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    let capacity: Int

    init(capacity: Int = 1_000) { self.capacity = capacity }

    /// Returns the stored answer for the key, or runs `work` once and stores its answer. Answers to server errors
    /// are not kept, so a retry after a 5xx runs again. Throws when the key was used for a different request.
    func answer(
        workspace: String, key: String, fingerprint: Data,
        work: @escaping @Sendable () async -> Answer
    ) async throws -> (answer: Answer, replayed: Bool) {
        let id = workspace + "\u{1F}" + key
        if let entry = entries[id] {
            guard entry.fingerprint == fingerprint else {
                throw ScoutHTTPError(
                    .unprocessableContent, code: "idempotency_key_reused",
                    "this Idempotency-Key was used for a different request", field: "Idempotency-Key")
            }
            return (await entry.task.value, true)
        }
        let task = Task { await work() }
        entries[id] = Entry(fingerprint: fingerprint, task: task)
        order.append(id)
        while order.count > capacity { entries[order.removeFirst()] = nil }
        let answer = await task.value
        if answer.status >= 500 { forget(id) }
        return (answer, false)
    }

    private func forget(_ id: String) {
        entries[id] = nil
        order.removeAll { $0 == id }
    }
}
