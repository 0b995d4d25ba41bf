import Foundation
import PostgresStore
import ScoutCore
import Testing

@Suite("postgres store: daily credit budgets across processes")
struct PostgresBudgetTests {
    @Test("reservations from two processes never pass the daily ceiling")
    func ceiling() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { first in
                try await TestDatabase.withStore(database) { second in
                    let results = try await withThrowingTaskGroup(of: CreditReservation?.self) { group in
                        for worker in 0..<12 {
                            let store = worker.isMultiple(of: 2) ? first : second
                            group.addTask {
                                do {
                                    return try await store.reserveCredits(
                                        vendor: "coresignal", credits: 2, dailyLimit: 10)
                                } catch let error as ScoutError where error.code == .budgetExceeded {
                                    return nil
                                }
                            }
                        }
                        return try await group.reduce(into: [CreditReservation?]()) { $0.append($1) }
                    }
                    let held = results.compactMap { $0 }
                    #expect(held.count == 5)
                    // Settling keeps what was spent and frees the rest.
                    for reservation in held { try await first.settleCredits(reservation, spent: 1) }
                    #expect(try await second.creditsSpentToday(vendor: "coresignal") == 5)
                    let more = try await second.reserveCredits(vendor: "coresignal", credits: 5, dailyLimit: 10)
                    await #expect(throws: ScoutError.self) {
                        _ = try await first.reserveCredits(vendor: "coresignal", credits: 1, dailyLimit: 10)
                    }
                    // Another vendor has its own budget.
                    _ = try await first.reserveCredits(vendor: "tavily", credits: 10, dailyLimit: 10)
                    try await second.settleCredits(more, spent: 99)
                    #expect(try await first.creditsSpentToday(vendor: "coresignal") == 10)
                }
            }
        }
    }

    @Test("a reservation left by a crashed process stops counting after its ttl")
    func expiry() async throws {
        try await TestDatabase.with { database in
            try await TestDatabase.withStore(database) { (store) async throws in
                _ = try await store.reserveCredits(vendor: "v", credits: 3, dailyLimit: 3, ttl: .seconds(2))
                await #expect(throws: ScoutError.self) {
                    _ = try await store.reserveCredits(vendor: "v", credits: 1, dailyLimit: 3)
                }
                try await Task.sleep(for: .milliseconds(2500))
                let later = try await store.reserveCredits(vendor: "v", credits: 3, dailyLimit: 3)
                #expect(later.credits == 3 && later.vendor == "v")
                #expect(try await store.creditsSpentToday(vendor: "v") == 0)
            }
        }
    }
}
