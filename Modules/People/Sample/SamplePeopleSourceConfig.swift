import Foundation
import SampleWorld
public import ScoutCore

extension SamplePeopleSource {
    /// Seed, paging and prices of the sample source; the defaults mirror CoreSignal.
    public struct Config: PluginConfig, Equatable {
        public var seed = 42
        /// The world's wording: `standard` or `paraphrased` (``WorldVariant``).
        public var variant = WorldVariant.standard.rawValue
        public var pageSize = 20
        public var maxPages = 5
        public var profileCredits = 1
        public var companyCredits = 1
        public var previewPageCredits = 0

        public init() {}

        public static let keys = [
            ConfigKey("seed", "int", default: "42", "sample world seed (use the same one as the sample web search)"),
            ConfigKey(
                "variant", "string", default: "standard",
                "world wording: standard or paraphrased (use the same one as the sample web search)"),
            ConfigKey("page_size", "int", default: "20", "preview results per page (1–1000)"),
            ConfigKey("max_pages", "int", default: "5", "pages one query may read; later pages are empty (1–1000)"),
            ConfigKey("profile_credits", "int", default: "1", "credits per profile collect (0–100)"),
            ConfigKey("company_credits", "int", default: "1", "credits per company collect (0–100)"),
            ConfigKey("preview_page_credits", "int", default: "0", "credits per preview page (0–100)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case seed, variant
            case pageSize = "page_size"
            case maxPages = "max_pages"
            case profileCredits = "profile_credits"
            case companyCredits = "company_credits"
            case previewPageCredits = "preview_page_credits"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Self()
            seed = try container.decode(.seed, default: defaults.seed)
            variant = try container.decode(.variant, default: defaults.variant)
            pageSize = try container.decode(.pageSize, default: defaults.pageSize)
            maxPages = try container.decode(.maxPages, default: defaults.maxPages)
            profileCredits = try container.decode(.profileCredits, default: defaults.profileCredits)
            companyCredits = try container.decode(.companyCredits, default: defaults.companyCredits)
            previewPageCredits = try container.decode(.previewPageCredits, default: defaults.previewPageCredits)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            if let problem = WorldVariant.configProblem(variant) { problems.append(problem) }
            problems.check("page_size", pageSize, in: 1...1000)
            problems.check("max_pages", maxPages, in: 1...1000)
            problems.check("profile_credits", profileCredits, in: 0...100)
            problems.check("company_credits", companyCredits, in: 0...100)
            problems.check("preview_page_credits", previewPageCredits, in: 0...100)
            return problems
        }

        /// The limits these settings describe.
        public var limits: PeopleSourceLimits {
            PeopleSourceLimits(
                pageSize: pageSize, maxPages: maxPages, profileCredits: profileCredits, companyCredits: companyCredits,
                previewPageCredits: previewPageCredits)
        }
    }
}
