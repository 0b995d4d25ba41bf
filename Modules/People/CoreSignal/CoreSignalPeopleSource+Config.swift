import Foundation
public import ScoutCore
public import ScoutVendorKit

extension CoreSignalPeopleSource {
    /// Keys of the `coresignal` people source. One employee tier serves both search and collect, so they cannot differ.
    public struct Config: PluginConfig, Equatable {
        public enum SearchMode: String, Codable, Sendable { case preview, esDSL = "es_dsl" }
        /// How company ids are found: free searches first (`search`), or a billed preview for every company.
        public enum CompanyLookup: String, Codable, Sendable { case search, preview }

        public var baseURL = "https://api.coresignal.com/cdapi/v2"
        public var apiKey = SecretReference(env: "CORESIGNAL_API_KEY")
        public var employeeDataset = "employee_clean"
        public var companyDataset = "company_base"
        public var searchMode = SearchMode.preview
        public var companyLookup = CompanyLookup.search
        public var pageSize = 20
        public var maxPages = 5
        public var profileCredits = 10
        public var companyCredits = 10
        public var previewPageCredits = 10
        public var nameMatchThreshold = 0.75
        /// Whether `x-credits-remaining` is read with a free company search (``CoreSignalPeopleSource/creditsRemaining()``).
        public var balanceProbe = true
        public var http = VendorHTTPSettings(rateUnit: .second, rate: 5, timeoutSeconds: 30, maxConcurrency: 8)

        public init() {}

        static let employeeTiers = ["employee_base", "employee_clean", "employee_multi_source"]
        static let companyTiers = ["company_base", "company_clean", "company_multi_source"]

        public static var keys: [ConfigKey] {
            [
                ConfigKey(
                    "base_url", "string", default: "https://api.coresignal.com/cdapi/v2",
                    "API root (must include /cdapi/v2)"),
                ConfigKey(
                    "api_key", "secret", default: "{env: CORESIGNAL_API_KEY}", "API key, sent as the apikey header"),
                ConfigKey(
                    "employee_dataset", "string", default: "employee_clean",
                    "employee tier for BOTH search and collect: \(employeeTiers.joined(separator: ", "))"),
                ConfigKey(
                    "company_dataset", "string", default: "company_base",
                    "company tier for resolution and collect: \(companyTiers.joined(separator: ", "))"),
                ConfigKey(
                    "search_mode", "string", default: "preview",
                    "preview (/search/es_dsl/preview, 20 a page) or es_dsl (ids only, after-cursor paging)"),
                ConfigKey(
                    "company_lookup", "string", default: "search",
                    "company ids: search (free /search/es_dsl by exact website, then exact name; a billed preview "
                        + "page only when several companies share the name) or preview (a billed preview page each)"),
                ConfigKey("page_size", "int", default: "20", "results per page; preview is fixed at 20 (1–1000)"),
                ConfigKey(
                    "max_pages", "int", default: "5", "pages one query may read; 5 × 20 is the 100-result cap (1–1000)"),
                ConfigKey(
                    "profile_credits", "int", default: "10",
                    "credits per employee collect: current era 10, legacy 1 (0–1000)"),
                ConfigKey(
                    "company_credits", "int", default: "10",
                    "credits per company collect: current era 10, legacy 1 (0–1000)"),
                ConfigKey(
                    "preview_page_credits", "int", default: "10",
                    "credits per preview page: current era 10, legacy 0 (0–1000)"),
                ConfigKey(
                    "name_match_threshold", "number", default: "0.75",
                    "Levenshtein ratio a company name must reach (0–1)"),
                ConfigKey(
                    "balance_probe", "bool", default: "true",
                    "read x-credits-remaining with a free company search before a process's first billed call and "
                        + "after a kill, so the pending charges of a killed process are settled exactly (one credit "
                        + "pool, the current era); false settles them all as billed"),
            ] + Self().http.keys
        }

        enum CodingKeys: String, CodingKey {
            case baseURL = "base_url", apiKey = "api_key", employeeDataset = "employee_dataset", companyDataset =
                "company_dataset"
            case searchMode = "search_mode", companyLookup = "company_lookup", pageSize = "page_size", maxPages =
                "max_pages", profileCredits =
                "profile_credits"
            case companyCredits = "company_credits", previewPageCredits = "preview_page_credits"
            case nameMatchThreshold = "name_match_threshold", balanceProbe = "balance_probe"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Self()
            baseURL = try c.decode(.baseURL, default: d.baseURL)
            apiKey = try c.decode(.apiKey, default: d.apiKey)
            employeeDataset = try c.decode(.employeeDataset, default: d.employeeDataset)
            companyDataset = try c.decode(.companyDataset, default: d.companyDataset)
            searchMode = try c.decode(.searchMode, default: d.searchMode)
            companyLookup = try c.decode(.companyLookup, default: d.companyLookup)
            pageSize = try c.decode(.pageSize, default: d.pageSize)
            maxPages = try c.decode(.maxPages, default: d.maxPages)
            profileCredits = try c.decode(.profileCredits, default: d.profileCredits)
            companyCredits = try c.decode(.companyCredits, default: d.companyCredits)
            previewPageCredits = try c.decode(.previewPageCredits, default: d.previewPageCredits)
            nameMatchThreshold = try c.decode(.nameMatchThreshold, default: d.nameMatchThreshold)
            balanceProbe = try c.decode(.balanceProbe, default: d.balanceProbe)
            try http.overlay(from: decoder)
        }

        public func validate() -> [ConfigProblem] {
            var problems = BaseURL.problems(baseURL)
            if !Self.employeeTiers.contains(employeeDataset) {
                problems.append(
                    ConfigProblem(
                        key: "employee_dataset",
                        "must be one of \(Self.employeeTiers.joined(separator: ", ")), got '\(employeeDataset)'"))
            }
            if !Self.companyTiers.contains(companyDataset) {
                problems.append(
                    ConfigProblem(
                        key: "company_dataset",
                        "must be one of \(Self.companyTiers.joined(separator: ", ")), got '\(companyDataset)'"))
            }
            if searchMode == .preview, pageSize != 20 {
                problems.append(
                    ConfigProblem(
                        key: "page_size", "preview returns a fixed 20 results a page; set 20 or use search_mode: es_dsl"
                    ))
            }
            problems.check("page_size", pageSize, in: 1...1000)
            problems.check("max_pages", maxPages, in: 1...1000)
            for (key, value) in [
                ("profile_credits", profileCredits), ("company_credits", companyCredits),
                ("preview_page_credits", previewPageCredits),
            ] {
                problems.check(key, value, in: 0...1000)
            }
            problems.check("name_match_threshold", nameMatchThreshold, in: 0...1)
            return problems + http.validate()
        }

        public var limits: PeopleSourceLimits {
            PeopleSourceLimits(
                pageSize: pageSize, maxPages: maxPages, profileCredits: profileCredits,
                companyCredits: companyCredits, previewPageCredits: searchMode == .preview ? previewPageCredits : 0,
                companyLookupCredits: previewPageCredits, announcesBilledSends: true)
        }
    }
}
