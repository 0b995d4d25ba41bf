import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    static let cacheChecks: [Check] = [
        Check("profile cache: miss, save, and a later save refreshes fetchedAt") { store in
            #expect(try await store.cachedProfile(employeeID: 5) == nil)
            try await store.saveProfile(F.profile(5), fetchedAt: F.time(1))
            let first = try #require(try await store.cachedProfile(employeeID: 5))
            #expect(first.value == F.profile(5))
            #expect(close(first.fetchedAt, F.time(1)))
            let updated = F.profile(5, headline: "Staff ML Engineer")
            try await store.saveProfile(updated, fetchedAt: F.time(86_400 * 40))
            let second = try #require(try await store.cachedProfile(employeeID: 5))
            #expect(second.value == updated)
            #expect(close(second.fetchedAt, F.time(86_400 * 40)))
            #expect(try await store.cachedProfile(employeeID: 6) == nil)
        },
        Check("company cache: miss, save, and a later save refreshes fetchedAt") { store in
            #expect(try await store.cachedCompany(id: 101) == nil)
            try await store.saveCompany(F.company(101), fetchedAt: F.time(2))
            let first = try #require(try await store.cachedCompany(id: 101))
            #expect(first.value == F.company(101))
            #expect(close(first.fetchedAt, F.time(2)))
            try await store.saveCompany(F.company(101, size: "201-500 employees"), fetchedAt: F.time(999.5))
            let second = try #require(try await store.cachedCompany(id: 101))
            #expect(second.value == F.company(101, size: "201-500 employees"))
            #expect(close(second.fetchedAt, F.time(999.5)))
        },
        Check("company lookups, including a remembered miss") { store in
            #expect(try await store.companyLookup(key: "echowave") == nil)
            try await store.saveCompanyLookup(
                key: "echowave", lookup: CompanyLookup(vendorID: 101, checkedAt: F.time(1)))
            try await store.saveCompanyLookup(key: "nobody", lookup: CompanyLookup(vendorID: nil, checkedAt: F.time(2)))
            let hit = try #require(try await store.companyLookup(key: "echowave"))
            #expect(hit.vendorID == 101)
            #expect(close(hit.checkedAt, F.time(1)))
            let miss = try #require(try await store.companyLookup(key: "nobody"))
            #expect(miss.vendorID == nil)
            #expect(close(miss.checkedAt, F.time(2)))
            try await store.saveCompanyLookup(key: "nobody", lookup: CompanyLookup(vendorID: 7, checkedAt: F.time(3)))
            let found = try #require(try await store.companyLookup(key: "nobody"))
            #expect(found.vendorID == 7)
            #expect(close(found.checkedAt, F.time(3)))
        },
        Check("answer cache: miss, save, replace, namespaces apart") { store in
            #expect(try await store.cachedAnswer(namespace: "web_search", key: "k1") == nil)
            let bytes = Data([0, 1, 2, 255, 0x7B, 0x7D])
            try await store.saveAnswer(namespace: "web_search", key: "k1", value: bytes, fetchedAt: F.time(3))
            let hit = try #require(try await store.cachedAnswer(namespace: "web_search", key: "k1"))
            #expect(hit.value == bytes)
            #expect(close(hit.fetchedAt, F.time(3)))
            #expect(try await store.cachedAnswer(namespace: "evaluation", key: "k1") == nil)
            #expect(try await store.cachedAnswer(namespace: "web_search", key: "k2") == nil)
            try await store.saveAnswer(namespace: "web_search", key: "k1", value: Data("{}".utf8), fetchedAt: F.time(9))
            let replaced = try #require(try await store.cachedAnswer(namespace: "web_search", key: "k1"))
            #expect(replaced.value == Data("{}".utf8))
            #expect(close(replaced.fetchedAt, F.time(9)))
        },
    ]

    static let ledgerChecks: [Check] = [
        Check("web-search credits and LLM tokens are totalled apart and never count as people-source credits") {
            store in
            try await store.record([
                LedgerEntry(sessionID: "s1", kind: .profile, subject: "1", credits: 10, cacheHit: false, at: F.time(1)),
                LedgerEntry(
                    sessionID: "s1", kind: .webSearch, subject: "q1", credits: 2, cacheHit: false, at: F.time(2)),
                LedgerEntry(
                    sessionID: "s1", kind: .webSearch, subject: "q2", credits: 1, cacheHit: false, at: F.time(3)),
                LedgerEntry(
                    sessionID: "s1", kind: .llmInputTokens, subject: "e1", credits: 900, cacheHit: false, at: F.time(4)),
                LedgerEntry(
                    sessionID: "s1", kind: .llmOutputTokens, subject: "e1", credits: 80, cacheHit: false, at: F.time(4)),
                LedgerEntry(
                    sessionID: "s1", kind: .llmMicroUSD, subject: "e1", credits: 3900, cacheHit: false, at: F.time(4)),
            ])
            let totals = try await store.ledgerTotals(sessionID: "s1")
            #expect(totals.creditsUsed == 10 && totals.creditsSaved == 0)
            #expect(totals.webSearchCredits == 3 && totals.webSearches == 2)
            #expect(totals.llmInputTokens == 900 && totals.llmOutputTokens == 80 && totals.llmCalls == 1)
            #expect(totals.llmMicroUSD == 3900)
            #expect(try await store.creditsUsed(since: F.time(0)) == 10)
        },
        Check("ledger totals per session and overall") { store in
            #expect(try await store.ledgerTotals(sessionID: nil) == LedgerTotals())
            let entries = [
                LedgerEntry(sessionID: "s1", kind: .profile, subject: "1", credits: 2, cacheHit: false, at: F.time(1)),
                LedgerEntry(sessionID: "s1", kind: .profile, subject: "2", credits: 2, cacheHit: true, at: F.time(2)),
                LedgerEntry(
                    sessionID: "s1", kind: .company, subject: "101", credits: 1, cacheHit: false, at: F.time(3)),
                LedgerEntry(
                    sessionID: "s1", kind: .previewPage, subject: "page 1", credits: 1, cacheHit: false, at: F.time(4)),
                LedgerEntry(sessionID: "s2", kind: .company, subject: "101", credits: 1, cacheHit: true, at: F.time(5)),
                LedgerEntry(sessionID: "s2", kind: .profile, subject: "1", credits: 2, cacheHit: true, at: F.time(6)),
                LedgerEntry(
                    sessionID: nil, kind: .previewPage, subject: "page 1", credits: 1, cacheHit: false, at: F.time(7)),
            ]
            try await store.record(Array(entries.prefix(3)))
            try await store.record([])
            try await store.record(Array(entries.dropFirst(3)))
            let s1 = try await store.ledgerTotals(sessionID: "s1")
            #expect(
                s1
                    == LedgerTotals(
                        creditsUsed: 4, creditsSaved: 2, profiles: CacheStats(hits: 1, misses: 1),
                        companies: CacheStats(hits: 0, misses: 1), previewPages: 1))
            #expect(
                try await store.ledgerTotals(sessionID: "s2")
                    == LedgerTotals(entries: entries.filter { $0.sessionID == "s2" }))
            let all = try await store.ledgerTotals(sessionID: nil)
            #expect(
                all
                    == LedgerTotals(
                        creditsUsed: 5, creditsSaved: 5, profiles: CacheStats(hits: 2, misses: 1),
                        companies: CacheStats(hits: 1, misses: 1), previewPages: 2))
            #expect(try await store.ledgerTotals(sessionID: "unknown") == LedgerTotals())
            // Spent credits (misses only) across sessions since a time, for daily ceilings.
            #expect(try await store.creditsUsed(since: F.time(0)) == 5)
            #expect(try await store.creditsUsed(since: F.time(3)) == 3)
            #expect(try await store.creditsUsed(since: F.time(3.5)) == 2)
            #expect(try await store.creditsUsed(since: F.time(8)) == 0)
        },
    ]
}
