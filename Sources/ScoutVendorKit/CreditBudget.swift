import Foundation
import ScoutCore

/// Optional credit ceilings for one vendor: per session (the life of this budget, i.e. of the plugin instance) and per
/// UTC day. Credits are reserved before each billed call and settled after it, so concurrent calls can never spend
/// past a ceiling. In-process only; cross-process budgets belong to the store.
public final class CreditBudget: Sendable {
    /// A held reservation; settle it exactly once.
    public struct Reservation: Sendable {
        let credits: Int
        let day: String
    }

    private struct State {
        var sessionSpent = 0
        var sessionHeld = 0
        var daySpent: [String: Int] = [:]
        var dayHeld: [String: Int] = [:]
    }

    public let vendor: String
    public let sessionLimit: Int?
    public let dailyLimit: Int?
    private let clock: any ScoutClock
    private let state = LockedValue(State())

    public init(vendor: String, sessionLimit: Int?, dailyLimit: Int?, clock: any ScoutClock = SystemClock()) {
        self.vendor = vendor
        self.sessionLimit = sessionLimit
        self.dailyLimit = dailyLimit
        self.clock = clock
    }

    /// Reserves `credits`, or throws ``ScoutError/Code/budgetExceeded`` when a ceiling would be passed.
    public func reserve(_ credits: Int) throws -> Reservation {
        let day = Self.dayKey(clock.now())
        let outcome: Result<Reservation, ScoutError> = state.withLock { s in
            if let sessionLimit, s.sessionSpent + s.sessionHeld + credits > sessionLimit {
                return .failure(ScoutError(.budgetExceeded,
                    "\(vendor) session credit budget reached: \(s.sessionSpent) of \(sessionLimit) credits spent; the next call needs \(credits)"))
            }
            let spentToday = s.daySpent[day, default: 0], heldToday = s.dayHeld[day, default: 0]
            if let dailyLimit, spentToday + heldToday + credits > dailyLimit {
                return .failure(ScoutError(.budgetExceeded,
                    "\(vendor) daily credit budget reached: \(spentToday) of \(dailyLimit) credits spent on \(day); the next call needs \(credits)"))
            }
            s.sessionHeld += credits
            s.dayHeld[day, default: 0] += credits
            return .success(Reservation(credits: credits, day: day))
        }
        return try outcome.get()
    }

    /// Settles a reservation: `spent` credits are kept (at most the reserved amount), the rest released.
    public func settle(_ reservation: Reservation, spent: Int) {
        let kept = min(max(0, spent), reservation.credits)
        state.withLock { s in
            s.sessionHeld -= reservation.credits
            s.dayHeld[reservation.day, default: 0] -= reservation.credits
            s.sessionSpent += kept
            s.daySpent[reservation.day, default: 0] += kept
        }
    }

    /// Credits spent in this session.
    public var sessionSpent: Int { state.withLock { $0.sessionSpent } }

    /// Credits spent today (UTC).
    public var spentToday: Int {
        let day = Self.dayKey(clock.now())
        return state.withLock { $0.daySpent[day, default: 0] }
    }

    static func dayKey(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC")!, from: Date(timeIntervalSince1970: Double(days) * 86_400))
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }
}
