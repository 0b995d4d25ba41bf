import Foundation

/// Joins concurrent requests for the same key onto one in-flight task, so one process never fetches (and pays
/// for) the same record twice at once.
actor SingleFlight<Key: Hashable & Sendable, Value: Sendable> {
    private var running: [Key: Task<Value, any Error>] = [:]

    /// The value, and whether this caller ran the work (false: it joined another caller's flight).
    func run(
        _ key: Key, _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> (value: Value, leader: Bool) {
        if let task = running[key] { return (try await task.value, false) }
        let task = Task { try await work() }
        running[key] = task
        defer { running[key] = nil }
        return (try await task.value, true)
    }
}
