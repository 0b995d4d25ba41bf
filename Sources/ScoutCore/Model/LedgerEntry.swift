public import Foundation

/// What a billed (or would-be billed) vendor call was for.
public enum CreditKind: String, Codable, Sendable, CaseIterable {
    case profile, company, previewPage = "preview_page"
    /// A billed company-id lookup (a preview page asked to tell a company's id from similar names).
    case companyLookup = "company_lookup"
    /// A web search (Tavily credits: its `usage.credits`, else 1 basic / 2 advanced); not a people-source credit, so
    /// neither in `creditsUsed` nor in the budget ceilings.
    case webSearch = "web_search"
    /// LLM tokens in (prompt) and out (reply), as the vendor's `usage` reports them, and their money in micro-dollars
    /// (tokens × the plugin's configured USD per million tokens). Not people-source credits either.
    case llmInputTokens = "llm_input_tokens", llmOutputTokens = "llm_output_tokens", llmMicroUSD = "llm_usd_micros"

    /// Kinds that are not the people source's credits: totalled apart, never in `creditsUsed` or a budget ceiling.
    public static let otherVendors: Set<CreditKind> = [.webSearch, .llmInputTokens, .llmOutputTokens, .llmMicroUSD]

    /// `otherVendors` as a SQL list, for the stores' `kind NOT IN (…)`.
    public static var otherVendorsSQL: String {
        otherVendors.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
    }
}

/// One vendor call that cost credits, or that the cache saved.
public struct LedgerEntry: Codable, Sendable, Equatable {
    public var sessionID: String?
    public var kind: CreditKind
    /// Employee id, company id or a page label.
    public var subject: String
    /// Credits spent (cache miss) or saved (cache hit).
    public var credits: Int
    public var cacheHit: Bool
    public var at: Date

    public init(sessionID: String?, kind: CreditKind, subject: String, credits: Int, cacheHit: Bool, at: Date) {
        self.sessionID = sessionID
        self.kind = kind
        self.subject = subject
        self.credits = credits
        self.cacheHit = cacheHit
        self.at = at
    }
}

/// Hits and misses of one cache.
public struct CacheStats: Codable, Sendable, Equatable {
    public var hits: Int
    public var misses: Int

    public init(hits: Int = 0, misses: Int = 0) {
        self.hits = hits
        self.misses = misses
    }

    public var hitRatio: Double { hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses) }
}

/// Sums over ledger entries.
public struct LedgerTotals: Codable, Sendable, Equatable {
    public var creditsUsed: Int
    public var creditsSaved: Int
    public var profiles: CacheStats
    public var companies: CacheStats
    public var previewPages: Int
    /// Billed company-id lookups (free lookups are not in the ledger).
    public var companyLookups: Int
    /// Web-search credits spent (the web-search vendor's own currency, apart from `creditsUsed`).
    public var webSearchCredits: Int
    /// Web searches asked of the vendor.
    public var webSearches: Int
    /// Web-search credits a cached answer saved (what the vendor billed when it was first asked), and how many such
    /// answers.
    public var webSearchCreditsSaved = 0
    public var webSearchesCached = 0
    /// LLM tokens in and out, and their money in micro-dollars (``llmUSD``), as the LLM vendors reported them.
    public var llmInputTokens = 0
    public var llmOutputTokens = 0
    public var llmMicroUSD = 0
    /// LLM calls that reported usage.
    public var llmCalls = 0

    /// LLM spend in dollars.
    public var llmUSD: Double { Double(llmMicroUSD) / 1_000_000 }

    public init(
        creditsUsed: Int = 0, creditsSaved: Int = 0, profiles: CacheStats = .init(),
        companies: CacheStats = .init(), previewPages: Int = 0, companyLookups: Int = 0, webSearchCredits: Int = 0,
        webSearches: Int = 0
    ) {
        self.creditsUsed = creditsUsed
        self.creditsSaved = creditsSaved
        self.profiles = profiles
        self.companies = companies
        self.previewPages = previewPages
        self.companyLookups = companyLookups
        self.webSearchCredits = webSearchCredits
        self.webSearches = webSearches
    }

    /// Folds entries into totals; stores that cannot aggregate in SQL use this.
    public init(entries: some Sequence<LedgerEntry>) {
        self.init()
        for entry in entries { add(entry) }
    }

    public mutating func add(_ entry: LedgerEntry) {
        add(kind: entry.kind, cacheHit: entry.cacheHit, calls: 1, credits: entry.credits)
    }

    /// Adds an aggregate of `calls` entries of one kind and cache outcome (a `GROUP BY kind, cache_hit` row).
    public mutating func add(kind: CreditKind, cacheHit: Bool, calls: Int, credits: Int) {
        if CreditKind.otherVendors.contains(kind) {
            guard !cacheHit else {
                if kind == .webSearch {
                    webSearchCreditsSaved += credits
                    webSearchesCached += calls
                }
                return
            }
            switch kind {
            case .webSearch:
                webSearchCredits += credits
                webSearches += calls
            case .llmInputTokens:
                llmInputTokens += credits
                llmCalls += calls
            case .llmOutputTokens: llmOutputTokens += credits
            case .llmMicroUSD: llmMicroUSD += credits
            default: break
            }
            return
        }
        if cacheHit { creditsSaved += credits } else { creditsUsed += credits }
        switch kind {
        case .profile: if cacheHit { profiles.hits += calls } else { profiles.misses += calls }
        case .company: if cacheHit { companies.hits += calls } else { companies.misses += calls }
        case .previewPage: if !cacheHit { previewPages += calls }
        case .companyLookup: companyLookups += calls
        case .webSearch, .llmInputTokens, .llmOutputTokens, .llmMicroUSD: break
        }
    }

    /// Money equivalent at a per-credit rate.
    public func cost(usdPerCredit: Double) -> (used: Double, saved: Double) {
        (Double(creditsUsed) * usdPerCredit, Double(creditsSaved) * usdPerCredit)
    }
}

/// A record held by the cache with the time it was fetched from the vendor.
public struct Cached<Value: Sendable>: Sendable {
    public var value: Value
    public var fetchedAt: Date

    public init(_ value: Value, fetchedAt: Date) {
        self.value = value
        self.fetchedAt = fetchedAt
    }
}

extension Cached: Equatable where Value: Equatable {}
