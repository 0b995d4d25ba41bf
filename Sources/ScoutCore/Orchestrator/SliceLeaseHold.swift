import Foundation
import Logging

/// A slice lease this load-more holds (``SliceLeases``): renewed every third of its time to live while the slice runs,
/// released once the slice is committed or has failed.
final class SliceLeaseHold: Sendable {
    let leases: any SliceLeases
    let sessionID: String
    let owner: String
    let logger: Logger
    private let renewal: Task<Void, Never>

    /// How long a lease holds unless renewed: a killed holder blocks its session for at most this long.
    static let ttl: Duration = .seconds(10)
    /// How often a waiting load-more asks for the lease again.
    static let retry: Duration = .milliseconds(20)

    private init(leases: any SliceLeases, sessionID: String, owner: String, logger: Logger) {
        self.leases = leases
        self.sessionID = sessionID
        self.owner = owner
        self.logger = logger
        renewal = Task {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: Self.ttl / 3)
                    if try await leases.acquireSliceLease(sessionID: sessionID, owner: owner, ttl: Self.ttl) {
                        continue
                    }
                    // Taken over after an expiry: the commit's compare-and-set still keeps the slice exactly-once.
                    logger.warning("slice lease lost", metadata: ["session.id": .string(sessionID)])
                    return
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning(
                        "renewing the slice lease failed",
                        metadata: ["session.id": .string(sessionID), "error": .string("\(error)")])
                }
            }
        }
    }

    /// Waits until `owner` holds the session's lease (while another worker runs a slice), then holds it.
    static func take(
        _ leases: any SliceLeases, sessionID: String, owner: String, logger: Logger
    ) async throws -> SliceLeaseHold {
        while try await !leases.acquireSliceLease(sessionID: sessionID, owner: owner, ttl: ttl) {
            try await Task.sleep(for: retry)
        }
        return SliceLeaseHold(leases: leases, sessionID: sessionID, owner: owner, logger: logger)
    }

    /// Stops renewing and gives the lease up; a failure is logged (the lease then expires after its time to live).
    func release() async {
        renewal.cancel()
        do { try await leases.releaseSliceLease(sessionID: sessionID, owner: owner) } catch {
            logger.error(
                "releasing the slice lease failed",
                metadata: ["session.id": .string(sessionID), "error": .string("\(error)")])
        }
    }

    /// ``release()`` from a cancelled load-more: in a task of its own, so the cancellation does not stop it.
    func releaseDetached() {
        Task { [self] in await release() }
    }
}
