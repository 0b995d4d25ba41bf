import Foundation
import ScoutCore

/// Machine-readable output (`--json`): snake_case keys, ISO-8601 dates, sorted keys.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func print<T: Encodable>(_ value: T) throws {
        let data = try encoder().encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    struct Credits: Encodable {
        var creditsUsed: Int
        var creditsSaved: Int
        var costUsd: Double
        var savedUsd: Double
        var cacheStats: [String: CacheStats]

        init(_ ledger: LedgerTotals, usdPerCredit: Double) {
            creditsUsed = ledger.creditsUsed
            creditsSaved = ledger.creditsSaved
            let cost = ledger.cost(usdPerCredit: usdPerCredit)
            costUsd = cost.used
            savedUsd = cost.saved
            cacheStats = ["profiles": ledger.profiles, "companies": ledger.companies]
        }
    }

    struct Load: Encodable {
        var sessionId: String
        var companies: [Company]
        var batches: [CompanyBatch]
        var batchIndex: Int
        var remainingBatches: Int
        var newProfiles: [SessionCandidate]
        var credits: Credits
        var error: String?

        init(_ result: LoadResult, usdPerCredit: Double) {
            sessionId = result.session.id
            companies = result.session.companies
            batches = result.session.batches
            batchIndex = result.session.cursor.batchIndex
            remainingBatches = result.session.remainingBatches
            newProfiles = Orchestrator.rank(result.newCandidates)
            credits = Credits(result.ledger, usdPerCredit: usdPerCredit)
            error = result.failure?.message
        }
    }

    struct Report: Encodable {
        var sessionId: String
        var query: String
        var requirements: JobRequirements
        var createdAt: Date
        var lastAccessed: Date
        var batchIndex: Int
        var totalBatches: Int
        var remainingBatches: Int
        var companies: [Company]
        var candidates: [SessionCandidate]
        var unavailable: [Int]
        var credits: Credits

        init(_ report: SessionReport) {
            let s = report.session
            sessionId = s.id
            query = s.requirements.summary
            requirements = s.requirements
            createdAt = s.createdAt
            lastAccessed = s.lastAccessed
            batchIndex = s.cursor.batchIndex
            totalBatches = s.batches.count
            remainingBatches = s.remainingBatches
            companies = s.companies
            candidates = report.ranked
            unavailable = report.unavailable.map(\.employeeID)
            credits = Credits(report.ledger, usdPerCredit: report.usdPerCredit)
        }
    }
}
