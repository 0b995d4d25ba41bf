import Foundation
import ScoutCore

/// Response bodies (encoded with snake_case keys and ISO-8601 dates).
enum Payloads {
    struct Credits: Encodable, Equatable {
        var used: Int
        var saved: Int
        var costUsd: Double
        var savedUsd: Double

        init(_ ledger: LedgerTotals, usdPerCredit: Double) {
            used = ledger.creditsUsed
            saved = ledger.creditsSaved
            let cost = ledger.cost(usdPerCredit: usdPerCredit)
            costUsd = cost.used
            savedUsd = cost.saved
        }
    }

    /// `{hits, misses}` summed over caches, plus each cache's own counts.
    struct CacheSummary: Encodable, Equatable {
        var hits: Int
        var misses: Int
        var profiles: CacheStats
        var companies: CacheStats

        init(_ ledger: LedgerTotals) {
            hits = ledger.profiles.hits + ledger.companies.hits
            misses = ledger.profiles.misses + ledger.companies.misses
            profiles = ledger.profiles
            companies = ledger.companies
        }
    }

    /// The answer of domain-search and load-more (and the `search_complete` event).
    struct Load: Encodable {
        var sessionId: String
        var querySummary: String
        var companies: [Company]?
        var batches: [CompanyBatch]?
        var newProfiles: [SessionCandidate]
        var totalDiscovered: Int
        var batchIndex: Int
        var totalBatches: Int
        var remainingBatches: Int
        var cacheStats: CacheSummary
        var credits: Credits
        var error: String?

        init(_ result: LoadResult, totalDiscovered: Int, usdPerCredit: Double, includeCompanies: Bool) {
            let s = result.session
            sessionId = s.id
            querySummary = s.requirements.summary
            companies = includeCompanies ? s.companies : nil
            batches = includeCompanies ? s.batches : nil
            newProfiles = result.newCandidates
            self.totalDiscovered = totalDiscovered
            batchIndex = s.cursor.batchIndex
            totalBatches = min(s.batches.count, s.settings.maxBatches)
            remainingBatches = s.remainingBatches
            cacheStats = CacheSummary(result.ledger)
            credits = Credits(result.ledger, usdPerCredit: usdPerCredit)
            error = result.failure?.message
        }
    }

    struct SessionSummary: Encodable {
        var sessionId: String
        var querySummary: String
        var createdAt: Date
        var lastAccessed: Date
        var totalDiscovered: Int
        var batchIndex: Int
        var totalBatches: Int
        var remainingBatches: Int
        var credits: Credits

        init(_ summary: ScoutCore.SessionSummary, usdPerCredit: Double) {
            let s = summary.session
            sessionId = s.id
            querySummary = s.requirements.summary
            createdAt = s.createdAt
            lastAccessed = s.lastAccessed
            totalDiscovered = summary.candidates
            batchIndex = s.cursor.batchIndex
            totalBatches = min(s.batches.count, s.settings.maxBatches)
            remainingBatches = s.remainingBatches
            credits = Credits(summary.ledger, usdPerCredit: usdPerCredit)
        }
    }

    struct SessionList: Encodable {
        var sessions: [SessionSummary]
        var limit: Int
        var offset: Int
        var nextOffset: Int?
    }

    /// `GET /api/jd/sessions/{id}`: state and ranked shortlist.
    struct Report: Encodable {
        var sessionId: String
        var querySummary: String
        var requirements: JobRequirements
        var createdAt: Date
        var lastAccessed: Date
        var batchIndex: Int
        var totalBatches: Int
        var remainingBatches: Int
        var companies: [Company]
        var candidates: [SessionCandidate]
        var unavailable: [Int]
        var cacheStats: CacheSummary
        var credits: Credits

        init(_ report: SessionReport) {
            let s = report.session
            sessionId = s.id
            querySummary = s.requirements.summary
            requirements = s.requirements
            createdAt = s.createdAt
            lastAccessed = s.lastAccessed
            batchIndex = s.cursor.batchIndex
            totalBatches = min(s.batches.count, s.settings.maxBatches)
            remainingBatches = s.remainingBatches
            companies = s.companies
            candidates = report.ranked
            unavailable = report.unavailable.map(\.employeeID)
            cacheStats = CacheSummary(report.ledger)
            credits = Credits(report.ledger, usdPerCredit: report.usdPerCredit)
        }
    }

    struct Cleared: Encodable {
        var sessionId: String?
        var cleared: Int
    }

    struct Health: Encodable {
        var status: String
        var store: String?
    }

    /// One line of a ranking: the final event of evaluate-stream.
    struct Ranked: Encodable {
        var rank: Int
        var ordinal: Int
        var employeeId: Int
        var name: String
        var overall: Double?
        var recommendation: String?
        var evaluationStatus: String?

        init(rank: Int, _ c: SessionCandidate) {
            self.rank = rank
            ordinal = c.ordinal
            employeeId = c.employeeID
            name = c.preview.name
            overall = c.evaluation?.overall
            recommendation = c.evaluation?.recommendation.rawValue
            evaluationStatus = c.evaluation?.status.rawValue
        }
    }
}
