public import Foundation

/// A recruiter's shortlist per session: the candidates starred in it, kept by the store so it survives reloads and
/// restarts. Resolved into ``StoreAbilities/shortlists``; every built-in store adopts it.
/// Conformance: `StoreConformance.shortlistChecks` in ScoutTesting.
public protocol SessionShortlists: Sendable {
    /// Employee ids on the session's shortlist, in the order they were added (empty for an unknown session).
    func shortlist(sessionID: String) async throws -> [Int]
    /// Adds (`true`) or removes (`false`) one candidate; adding twice or removing an absent one changes nothing.
    func setShortlisted(_ shortlisted: Bool, employeeID: Int, sessionID: String, at: Date) async throws
}
