import Foundation

/// Credits held for one billed vendor call until it is settled.
public struct CreditReservation: Sendable, Equatable {
    public var id: String
    public var vendor: String
    /// The UTC day the credits count against, `YYYY-MM-DD`.
    public var day: String
    public var credits: Int

    public init(id: String, vendor: String, day: String, credits: Int) {
        self.id = id
        self.vendor = vendor
        self.day = day
        self.credits = credits
    }
}

/// Implemented by stores that several processes share, so that a daily credit ceiling holds across all of them:
/// credits are reserved atomically before a billed call and settled after it; a crashed holder's reservation expires.
public protocol CreditReservations: Sendable {
    /// Holds `credits` for today, or throws ``ScoutError`` `.budgetExceeded` when spent + held + `credits` would pass
    /// `dailyLimit`.
    func reserveCredits(vendor: String, credits: Int, dailyLimit: Int, ttl: Duration?) async throws -> CreditReservation
    /// Turns a reservation into `spent` credits (0 when the call was not billed).
    func settleCredits(_ reservation: CreditReservation, spent: Int) async throws
}
