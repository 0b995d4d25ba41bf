import Foundation

/// The moment a billed call's request leaves Scout (issue 10). The orchestrator records a billed call's pending charge
/// (``PendingCharges``) at that moment when the people source announces it (``PeopleSourceLimits/announcesBilledSends``),
/// so a call still queued at the vendor client (its rate limiter, its concurrency slots) when the process dies is not
/// settled as billed on the next start. ScoutVendorKit's `VendorClient` announces every attempt; a source with its own
/// HTTP code calls ``announce()`` right before each request it sends.
public enum BilledSend {
    /// The running billed call's announcer; inherited by its child tasks.
    @TaskLocal static var announcer: BilledSendAnnouncer?

    /// Says that the running billed call's request is about to leave. The first announcement of a call records its
    /// pending charge (and throws if that cannot be recorded: the request must then not be sent); later ones (retries,
    /// a second request of the same call) move the charge's send time forward (``PendingCharges/markPendingChargeSent(id:at:)``),
    /// so a restart waits for them too; announcements outside a billed call do nothing.
    public static func announce() async throws {
        try await announcer?.announce()
    }
}

/// Runs its action on the first announcement, and `resent` on each later one (a retry leaving).
final class BilledSendAnnouncer: Sendable {
    private let action: @Sendable () async throws -> Void
    private let resent: @Sendable () async -> Void
    private let state = LockedValue(State.waiting)

    private enum State { case waiting, running, done }

    init(
        _ action: @escaping @Sendable () async throws -> Void, resent: @escaping @Sendable () async -> Void = {}
    ) {
        self.action = action
        self.resent = resent
    }

    /// Whether the action ran to its end.
    var announced: Bool { state.withLock { $0 == .done } }

    func announce() async throws {
        let first = state.withLock { state -> Bool? in
            switch state {
            case .waiting:
                state = .running
                return true
            case .done: return false
            case .running: return nil
            }
        }
        guard let first else { return }
        guard first else {
            await resent()
            return
        }
        do {
            try await action()
            state.withLock { $0 = .done }
        } catch {
            state.withLock { $0 = .waiting }
            throw error
        }
    }
}
