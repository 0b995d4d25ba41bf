import Foundation
import NIOCore
import ScoutCore

/// Every open connection of the stand-alone server, with whether a request is in progress on it. At most
/// `capacity` are kept: a new connection beyond it closes the one idle the longest (no request in progress, the
/// oldest last activity), so idle sockets can never deny a new client; when none is idle, the new one is closed.
final class ConnectionTracker: Sendable {
    private struct Entry: Sendable {
        let channel: any Channel
        var busy = false
        var lastActive: ContinuousClock.Instant
    }

    private let state = LockedValue<(next: Int, entries: [Int: Entry])>((0, [:]))
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Open connections now.
    var count: Int { state.withLock { $0.entries.count } }

    /// Registers a new connection and returns its id; makes room when the server is at capacity.
    func opened(_ channel: any Channel) -> Int {
        let (id, victim): (Int, (any Channel)?) = state.withLock { state in
            state.next += 1
            let id = state.next
            state.entries[id] = Entry(channel: channel, lastActive: .now)
            guard state.entries.count > capacity else { return (id, nil) }
            let idle = state.entries.filter { $0.key != id && !$0.value.busy }
            let oldest = idle.min { $0.value.lastActive < $1.value.lastActive }?.key ?? id
            let victim = state.entries.removeValue(forKey: oldest)?.channel
            return (id, victim)
        }
        victim?.close(promise: nil)
        return id
    }

    func closed(_ id: Int) { _ = state.withLock { $0.entries.removeValue(forKey: id) } }

    /// Marks a request in progress (`true`) or the connection idle again (`false`).
    func setBusy(_ id: Int, _ busy: Bool) {
        state.withLock { state in
            state.entries[id]?.busy = busy
            state.entries[id]?.lastActive = .now
        }
    }

    /// Closes the connection `id` (a stream whose client stopped reading).
    func close(_ id: Int) {
        let channel = state.withLock { $0.entries[id]?.channel }
        channel?.close(promise: nil)
    }
}
