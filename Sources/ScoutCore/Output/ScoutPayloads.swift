public import Foundation

/// The JSON shapes Scout answers with, shared by the CLI's `--json` and the HTTP API so the two always agree.
/// Encode them with ``encoder()`` (snake_case keys, ISO-8601 dates).
public enum ScoutPayloads {
    /// snake_case keys, ISO-8601 dates, sorted keys.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Credits and their money equivalent. Money is exact decimal arithmetic on the configured price (102 credits at
    /// 0.20 are 20.4, never 20.400000000000002); text output rounds it to cents.
    public struct Credits: Encodable, Equatable {
        public var used: Int
        public var saved: Int
        public var costUsd: Decimal
        public var savedUsd: Decimal
        /// Web-search credits (the web-search vendor's own currency, not in `used` nor in `cost_usd`).
        public var webSearchCredits: Int
        /// Web-search credits cached answers saved (what the vendor billed when each was first asked).
        public var webSearchCreditsSaved: Int
        /// LLM tokens in and out and their money (tokens × the configured USD per million tokens), not in `cost_usd`.
        public var llmInputTokens: Int
        public var llmOutputTokens: Int
        public var llmUsd: Decimal

        public init(_ ledger: LedgerTotals, usdPerCredit: Double) {
            used = ledger.creditsUsed
            saved = ledger.creditsSaved
            costUsd = Self.usd(ledger.creditsUsed, usdPerCredit: usdPerCredit)
            savedUsd = Self.usd(ledger.creditsSaved, usdPerCredit: usdPerCredit)
            webSearchCredits = ledger.webSearchCredits
            webSearchCreditsSaved = ledger.webSearchCreditsSaved
            llmInputTokens = ledger.llmInputTokens
            llmOutputTokens = ledger.llmOutputTokens
            llmUsd = Decimal(ledger.llmMicroUSD) / 1_000_000
        }

        /// `credits × price`, with the price taken as written (its shortest decimal form), not as a binary double.
        public static func usd(_ credits: Int, usdPerCredit: Double) -> Decimal {
            Decimal(credits) * (Decimal(string: "\(usdPerCredit)") ?? Decimal(usdPerCredit))
        }
    }

    /// `{hits, misses}` summed over caches, plus each cache's own counts.
    public struct CacheSummary: Encodable, Equatable {
        public var hits: Int
        public var misses: Int
        public var profiles: CacheStats
        public var companies: CacheStats

        public init(_ ledger: LedgerTotals) {
            hits = ledger.profiles.hits + ledger.companies.hits
            misses = ledger.profiles.misses + ledger.companies.misses
            profiles = ledger.profiles
            companies = ledger.companies
        }
    }

    /// The answer of domain-search and load-more (and the `search_complete` event).
    public struct Load: Encodable {
        public var sessionId: String
        public var querySummary: String
        public var companies: [Company]?
        public var batches: [CompanyBatch]?
        public var newProfiles: [SessionCandidate]
        public var totalDiscovered: Int
        public var batchIndex: Int
        public var totalBatches: Int
        public var remainingBatches: Int
        public var cacheStats: CacheSummary
        public var credits: Credits
        public var error: String?

        public init(_ result: LoadResult, usdPerCredit: Double, includeCompanies: Bool) {
            let s = result.session
            sessionId = s.id
            querySummary = s.requirements.summary
            companies = includeCompanies ? s.companies : nil
            batches = includeCompanies ? s.batches : nil
            newProfiles = result.newCandidates
            totalDiscovered = result.totalCandidates
            batchIndex = s.cursor.batchIndex
            totalBatches = min(s.batches.count, s.settings.maxBatches)
            remainingBatches = s.remainingBatches
            cacheStats = CacheSummary(result.ledger)
            credits = Credits(result.ledger, usdPerCredit: usdPerCredit)
            error = result.failure?.message
        }
    }

    public struct SessionSummary: Encodable {
        public var sessionId: String
        public var querySummary: String
        public var createdAt: Date
        public var lastAccessed: Date
        public var totalDiscovered: Int
        public var batchIndex: Int
        public var totalBatches: Int
        public var remainingBatches: Int
        public var credits: Credits

        public init(_ summary: ScoutCore.SessionSummary, usdPerCredit: Double) {
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

    /// `GET /api/jd/sessions/{id}`: state and ranked shortlist.
    public struct Report: Encodable {
        public var sessionId: String
        public var querySummary: String
        public var requirements: JobRequirements
        public var createdAt: Date
        public var lastAccessed: Date
        public var batchIndex: Int
        public var totalBatches: Int
        public var remainingBatches: Int
        public var companies: [Company]
        public var candidates: [SessionCandidate]
        public var unavailable: [Int]
        public var cacheStats: CacheSummary
        public var credits: Credits

        public init(_ report: SessionReport) {
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
}
