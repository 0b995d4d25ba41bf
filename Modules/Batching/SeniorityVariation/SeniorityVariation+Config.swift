import Foundation
public import ScoutCore

extension SeniorityVariation {
    /// `seniority_variation` settings.
    public struct Config: PluginConfig, Equatable {
        /// Level names per batch, e.g. `[[senior], [staff, principal]]`; nil derives them from the JD.
        public var bands: [[String]]?
        /// Companies searched in every batch (the first, as discovery ranked them).
        public var maxCompanies = 25

        public init() {}

        public static let keys = [
            ConfigKey(
                "bands", "[[string]]", default: "from the JD",
                "seniority levels per batch, e.g. [[senior], [staff, principal], [mid]]; default: the JD's levels, then neighbours outward"
            ),
            ConfigKey("max_companies", "int", default: "25", "companies searched in every batch (1–100)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable { case bands, maxCompanies = "max_companies" }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            bands = try container.decodeIfPresent([[String]].self, forKey: .bands)
            maxCompanies = try container.decode(.maxCompanies, default: Self().maxCompanies)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            problems.check("max_companies", maxCompanies, in: 1...100)
            guard let bands else { return problems }
            if bands.isEmpty { problems.append(ConfigProblem(key: "bands", "must list at least one band")) }
            var seen = Set<Seniority>()
            for (i, band) in bands.enumerated() {
                if band.isEmpty { problems.append(ConfigProblem(key: "bands[\(i)]", "must name at least one level")) }
                for (j, name) in band.enumerated() {
                    guard let level = Seniority(word: name) else {
                        let hint = Suggestion.hint(for: name, valid: Seniority.allCases.map(\.rawValue))
                        problems.append(
                            ConfigProblem(key: "bands[\(i)][\(j)]", "unknown seniority level '\(name)'\(hint)"))
                        continue
                    }
                    if !seen.insert(level).inserted {
                        problems.append(
                            ConfigProblem(
                                key: "bands[\(i)][\(j)]", "level '\(level.rawValue)' is already in an earlier band"))
                    }
                }
            }
            return problems
        }
    }
}
