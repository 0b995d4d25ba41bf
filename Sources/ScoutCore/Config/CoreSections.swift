import Foundation

/// `session:` — how sessions load candidates.
public struct SessionConfig: PluginConfig, Equatable {
    /// New candidates one batch yields before the session moves on (the seed: 20 per batch).
    public var candidatesPerBatch = 20
    /// Batches a session may process at most.
    public var maxBatches = 20
    /// Candidates collected and evaluated at once.
    public var concurrency = 8
    /// Candidates loaded by `search` before `more`.
    public var initialCount = 20
    /// The workspace CLI sessions belong to.
    public var workspace = "default"
    /// Fewer companies than this from discovery (and a market to check against): the companies found seed one more
    /// round (their competitors).
    public var minCompanies = 25
    /// Evaluations in a row that end FAILED (an unparseable or empty reply, a 5xx after retries) before the slice stops
    /// with `evaluator_failed`: a systematic failure is not paid for with more profiles. 0 = never stop.
    public var maxFailedEvaluations = 3

    public init() {}

    public static let keys = [
        ConfigKey(
            "candidates_per_batch", "int", default: "20",
            "new candidates one batch yields before the next batch (1–100)"),
        ConfigKey("max_batches", "int", default: "20", "batches a session processes at most (1–200)"),
        ConfigKey("concurrency", "int", default: "8", "candidates collected and evaluated in parallel (1–64)"),
        ConfigKey(
            "initial_count", "int", default: "20", "candidates `scout search` loads when --count is not given (1–500)"),
        ConfigKey("workspace", "string", default: "default", "workspace that CLI sessions belong to"),
        ConfigKey(
            "min_companies", "int", default: "25",
            "fewer companies from discovery: those found seed a second round (0–200; 0 = never)"),
        ConfigKey(
            "max_failed_evaluations", "int", default: "3",
            "evaluations in a row that fail (unusable LLM replies) before the load stops, exit 1 / HTTP 502 (0–1000; 0 = never)"
        ),
    ]

    enum CodingKeys: String, CodingKey {
        case candidatesPerBatch = "candidates_per_batch", maxBatches = "max_batches", concurrency
        case initialCount = "initial_count", workspace, minCompanies = "min_companies"
        case maxFailedEvaluations = "max_failed_evaluations"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self()
        candidatesPerBatch = try c.decode(.candidatesPerBatch, default: d.candidatesPerBatch)
        maxBatches = try c.decode(.maxBatches, default: d.maxBatches)
        concurrency = try c.decode(.concurrency, default: d.concurrency)
        initialCount = try c.decode(.initialCount, default: d.initialCount)
        workspace = try c.decode(.workspace, default: d.workspace)
        minCompanies = try c.decode(.minCompanies, default: d.minCompanies)
        maxFailedEvaluations = try c.decode(.maxFailedEvaluations, default: d.maxFailedEvaluations)
    }

    public func validate() -> [ConfigProblem] {
        var p: [ConfigProblem] = []
        p.check("candidates_per_batch", candidatesPerBatch, in: 1...100)
        p.check("max_batches", maxBatches, in: 1...200)
        p.check("concurrency", concurrency, in: 1...64)
        p.check("initial_count", initialCount, in: CandidateCount.range)
        p.check("min_companies", minCompanies, in: 0...200)
        p.check("max_failed_evaluations", maxFailedEvaluations, in: 0...1000)
        if workspace.isEmpty { p.append(ConfigProblem(key: "workspace", "must not be empty")) }
        return p
    }
}

/// `cache:` — freshness windows and the company enrichment rule.
public struct CachePolicy: PluginConfig, Equatable {
    /// Profiles younger than this many days are fresh.
    public var profileFreshDays = 3
    /// Profiles this many days old or older are collected again; in between they are used but flagged stale.
    public var profileMaxAgeDays = 90
    /// Companies younger than this many days are used from the cache.
    public var companyMaxAgeDays = 30
    /// The first N experiences (in profile order) are always enriched with company data.
    public var enrichFirst = 3
    /// Later experiences are enriched only when they started in this year or later.
    public var enrichSinceYear = 2020
    /// Web-search answers younger than this many days are reused (the origin's 7); 0 = never cached.
    public var webSearchDays = 7
    /// Preview pages of the people source younger than this many days are reused; 0 = never cached.
    public var previewDays = 3
    /// JD parses by an LLM parser are reused this many days (keyed by parser, model, prompt and JD text); 0 = never.
    public var jdParseDays = 30
    /// Evaluations by an LLM evaluator are reused this many days (keyed by evaluator, model, prompt, requirements and
    /// the profile's content); 0 = never.
    public var evaluationDays = 30
    /// Whether one workspace's cached profiles, companies and answers serve another (``CacheScope``).
    public var scope = CacheScope.shared

    public init() {}

    public static let keys = [
        ConfigKey("profile_fresh_days", "int", default: "3", "profiles younger than this are fresh (0–3650)"),
        ConfigKey(
            "profile_max_age_days", "int", default: "90",
            "profiles this old are collected again; younger ones are used, flagged stale (1–3650)"),
        ConfigKey(
            "company_max_age_days", "int", default: "30", "companies younger than this are used from the cache (0–3650)"
        ),
        ConfigKey(
            "enrich_first", "int", default: "3",
            "experiences always enriched with company data, in profile order (0–50)"),
        ConfigKey(
            "enrich_since_year", "int", default: "2020",
            "later experiences are enriched only if they started this year or later (1900–2200)"),
        ConfigKey(
            "web_search_days", "int", default: "7",
            "web-search answers younger than this are reused, no vendor call (0–3650; 0 = never cached)"),
        ConfigKey(
            "preview_days", "int", default: "3",
            "people-search preview pages younger than this are reused; a billed page reused is a saving (0–3650; 0 = never)"
        ),
        ConfigKey(
            "jd_parse_days", "int", default: "30",
            "JD parses by an LLM parser are reused this long (keyed by parser, model, prompt, JD text) (0–3650; 0 = never)"
        ),
        ConfigKey(
            "evaluation_days", "int", default: "30",
            "LLM evaluations are reused this long (keyed by evaluator, model, prompt, requirements, profile content) (0–3650; 0 = never)"
        ),
        ConfigKey(
            "scope", "string", default: "shared",
            "shared | workspace: with workspace, a workspace's cached profiles, companies and answers are its own"),
    ]

    enum CodingKeys: String, CodingKey {
        case profileFreshDays = "profile_fresh_days", profileMaxAgeDays = "profile_max_age_days"
        case companyMaxAgeDays = "company_max_age_days", enrichFirst = "enrich_first", enrichSinceYear =
            "enrich_since_year"
        case webSearchDays = "web_search_days", previewDays = "preview_days", jdParseDays = "jd_parse_days"
        case evaluationDays = "evaluation_days", scope
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self()
        profileFreshDays = try c.decode(.profileFreshDays, default: d.profileFreshDays)
        profileMaxAgeDays = try c.decode(.profileMaxAgeDays, default: d.profileMaxAgeDays)
        companyMaxAgeDays = try c.decode(.companyMaxAgeDays, default: d.companyMaxAgeDays)
        enrichFirst = try c.decode(.enrichFirst, default: d.enrichFirst)
        enrichSinceYear = try c.decode(.enrichSinceYear, default: d.enrichSinceYear)
        webSearchDays = try c.decode(.webSearchDays, default: d.webSearchDays)
        previewDays = try c.decode(.previewDays, default: d.previewDays)
        jdParseDays = try c.decode(.jdParseDays, default: d.jdParseDays)
        evaluationDays = try c.decode(.evaluationDays, default: d.evaluationDays)
        if let text = try c.decodeIfPresent(String.self, forKey: .scope) {
            guard let scope = CacheScope(rawValue: text.lowercased()) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .scope, in: c,
                    debugDescription:
                        "unknown cache scope '\(text)'; valid: \(CacheScope.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            self.scope = scope
        }
    }

    public func validate() -> [ConfigProblem] {
        var p: [ConfigProblem] = []
        p.check("profile_fresh_days", profileFreshDays, in: 0...3650)
        p.check("profile_max_age_days", profileMaxAgeDays, in: 1...3650)
        p.check("company_max_age_days", companyMaxAgeDays, in: 0...3650)
        p.check("enrich_first", enrichFirst, in: 0...50)
        p.check("enrich_since_year", enrichSinceYear, in: 1900...2200)
        for (key, days) in [
            ("web_search_days", webSearchDays), ("preview_days", previewDays), ("jd_parse_days", jdParseDays),
            ("evaluation_days", evaluationDays),
        ] {
            p.check(key, days, in: 0...3650)
        }
        if profileFreshDays > profileMaxAgeDays {
            p.append(
                ConfigProblem(key: "profile_fresh_days", "must not exceed profile_max_age_days (\(profileMaxAgeDays))"))
        }
        return p
    }
}

/// Who shares the cache (`cache.scope`).
public enum CacheScope: String, Codable, Sendable, CaseIterable {
    /// One cache for every workspace (the default): a record one workspace paid for serves all.
    case shared
    /// Each workspace's profiles, companies, company lookups and answers are its own (``WorkspaceCache``): a
    /// workspace never sees what another fetched, and pays for its own collects.
    case workspace
}

/// `pricing:` — how credits translate to money.
public struct PricingConfig: PluginConfig, Equatable {
    public var usdPerCredit = 0.20

    public init() {}

    public static let keys = [
        ConfigKey("usd_per_credit", "number", default: "0.20", "money equivalent of one vendor credit (0–1000)")
    ]

    enum CodingKeys: String, CodingKey { case usdPerCredit = "usd_per_credit" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        usdPerCredit = try c.decode(.usdPerCredit, default: Self().usdPerCredit)
    }

    public func validate() -> [ConfigProblem] {
        var p: [ConfigProblem] = []
        p.check("usd_per_credit", usdPerCredit, in: 0...1000)
        return p
    }
}

/// `budget:` — credit ceilings, checked and reserved before every billed call so they are never passed.
public struct BudgetConfig: PluginConfig, Equatable {
    /// Most credits one session may spend; nil means no ceiling.
    public var sessionCredits: Int?
    /// Most credits all sessions may spend per UTC day; nil means no ceiling. Shared by every process when the store
    /// supports ``CreditReservations`` (postgres).
    public var dailyCredits: Int?

    public init() {}

    public static let keys = [
        ConfigKey("session_credits", "int", default: "none", "most credits one session may spend (1–100000000)"),
        ConfigKey(
            "daily_credits", "int", default: "none",
            "most credits all sessions may spend per UTC day, across processes on postgres (1–100000000)"),
    ]

    enum CodingKeys: String, CodingKey { case sessionCredits = "session_credits", dailyCredits = "daily_credits" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessionCredits = try c.decodeIfPresent(Int.self, forKey: .sessionCredits)
        dailyCredits = try c.decodeIfPresent(Int.self, forKey: .dailyCredits)
    }

    public func validate() -> [ConfigProblem] {
        var p: [ConfigProblem] = []
        if let sessionCredits { p.check("session_credits", sessionCredits, in: 1...100_000_000) }
        if let dailyCredits { p.check("daily_credits", dailyCredits, in: 1...100_000_000) }
        return p
    }

    public var isLimited: Bool { sessionCredits != nil || dailyCredits != nil }
}
