import Foundation
import Logging

/// Enforces `budget:` ceilings: credits are reserved before every billed call and settled after it, so concurrent
/// calls can never pass a ceiling together. The session ceiling starts from the session's ledger; the daily ceiling
/// from the ledger since the start of the UTC day, or — when the store implements ``CreditReservations`` — in the
/// store itself, so it holds across processes.
actor CreditGuard {
    /// Credits held for one call.
    struct Hold: Sendable {
        let sessionID: String?
        let credits: Int
        let day: String
        let reservation: CreditReservation?
    }

    let ledger: any CreditLedger
    /// The store's daily reservations (``StoreAbilities/reservations``); nil: the ceiling is kept in this process.
    let reservations: (any CreditReservations)?
    let config: BudgetConfig
    let clock: any ScoutClock
    let logger: Logger
    private var sessionSpent: [String: Int] = [:]
    private var sessionHeld: [String: Int] = [:]
    private var day = ""
    private var daySpent = 0
    private var dayHeld = 0

    init(
        ledger: any CreditLedger, reservations: (any CreditReservations)?, config: BudgetConfig, clock: any ScoutClock,
        logger: Logger
    ) {
        self.ledger = ledger
        self.reservations = reservations
        self.config = config
        self.clock = clock
        self.logger = logger
    }

    /// Holds `credits` or throws ``ScoutError`` `.budgetExceeded` naming the ceiling that would be passed.
    func reserve(sessionID: String?, credits: Int) async throws -> Hold {
        let today = Self.dayKey(clock.now())
        guard credits > 0, config.isLimited else {
            return Hold(sessionID: nil, credits: 0, day: today, reservation: nil)
        }
        var heldSession: String?
        if let limit = config.sessionCredits, let id = sessionID {
            if sessionSpent[id] == nil {
                let used = try await ledger.ledgerTotals(sessionID: id).creditsUsed
                if sessionSpent[id] == nil { sessionSpent[id] = used }
            }
            let spent = sessionSpent[id] ?? 0, held = sessionHeld[id, default: 0]
            guard spent + held + credits <= limit else {
                throw ScoutError(
                    .budgetExceeded,
                    "the session's credit budget is reached (budget.session_credits: \(limit); "
                        + "\(spent) spent, \(held) in flight); raise it to load more")
            }
            sessionHeld[id, default: 0] += credits
            heldSession = id
        }
        do {
            let reservation = try await reserveDaily(credits, today: today)
            return Hold(sessionID: heldSession, credits: credits, day: today, reservation: reservation)
        } catch {
            if let heldSession { sessionHeld[heldSession, default: 0] -= credits }
            throw error
        }
    }

    private func reserveDaily(_ credits: Int, today: String) async throws -> CreditReservation? {
        guard let limit = config.dailyCredits else { return nil }
        if let shared = reservations {
            return try await shared.reserveCredits(vendor: "people", credits: credits, dailyLimit: limit, ttl: nil)
        }
        if day != today {
            let used = try await ledger.creditsUsed(since: Self.startOfDay(clock.now()))
            if day != today {
                day = today
                daySpent = used
                dayHeld = 0
            }
        }
        guard daySpent + dayHeld + credits <= limit else {
            throw ScoutError(
                .budgetExceeded,
                "today's credit budget is reached (budget.daily_credits: \(limit); "
                    + "\(daySpent) spent, \(dayHeld) in flight)")
        }
        dayHeld += credits
        return nil
    }

    /// Turns a hold into `spent` credits (0 when the call failed or was not billed).
    func settle(_ hold: Hold, spent: Int) async {
        guard hold.credits > 0 else { return }
        if let id = hold.sessionID {
            sessionHeld[id, default: 0] -= hold.credits
            sessionSpent[id, default: 0] += spent
        }
        if let reservation = hold.reservation, let shared = reservations {
            do { try await shared.settleCredits(reservation, spent: spent) } catch {
                // The reservation expires after its time to live; until then it holds credits that were not spent.
                logger.error(
                    "settling a credit reservation failed",
                    metadata: [
                        "reservation": .string(reservation.id), "credits": .stringConvertible(reservation.credits),
                        "spent": .stringConvertible(spent), "error": .string("\(error)"),
                    ])
            }
        } else if config.dailyCredits != nil, hold.day == day {
            dayHeld -= hold.credits
            daySpent += spent
        }
    }

    /// Runs a billed call under a hold; `billed` tells from the result whether credits were spent.
    nonisolated func spending<T: Sendable>(
        sessionID: String?, credits: Int, billed: (T) -> Bool,
        _ call: () async throws -> T
    ) async throws -> T {
        let hold = try await reserve(sessionID: sessionID, credits: credits)
        do {
            let value = try await call()
            await settle(hold, spent: billed(value) ? credits : 0)
            return value
        } catch {
            await settle(hold, spent: 0)
            throw error
        }
    }

    static func dayKey(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    static func startOfDay(_ date: Date) -> Date { utc.startOfDay(for: date) }

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
