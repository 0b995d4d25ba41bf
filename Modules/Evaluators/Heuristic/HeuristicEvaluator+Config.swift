import Foundation
public import ScoutCore

extension HeuristicEvaluator {
    /// Weights of the signals in the overall score, and the tenure target.
    ///
    /// - `must_have_weight` (number, optional, default 3, range 0–10): must-have skills shown in the profile.
    /// - `nice_to_have_weight` (number, optional, default 1, range 0–10): nice-to-have skills shown.
    /// - `title_weight` (number, optional, default 2, range 0–10): current title against the role's title phrases.
    /// - `seniority_weight` (number, optional, default 1.5, range 0–10): level read from the title against the JD's.
    /// - `tenure_weight` (number, optional, default 1.5, range 0–10): years in roles of the same family.
    /// - `domain_weight` (number, optional, default 2.5, range 0–10): time at companies in the target domain.
    /// - `recency_weight` (number, optional, default 1, range 0–10): how recently the relevant role was held.
    /// - `location_weight` (number, optional, default 0.5, range 0–10): profile location against the JD's.
    /// - `target_years` (number, optional, default 4, range 0.5–30): relevant years that earn full tenure credit.
    public struct Config: PluginConfig, Equatable {
        public var mustHaveWeight = 3.0
        public var niceToHaveWeight = 1.0
        public var titleWeight = 2.0
        public var seniorityWeight = 1.5
        public var tenureWeight = 1.5
        public var domainWeight = 2.5
        public var recencyWeight = 1.0
        public var locationWeight = 0.5
        public var targetYears = 4.0

        public init() {}

        public static let keys = [
            ConfigKey("must_have_weight", "number", default: "3", "weight of must-have skills shown (0–10)"),
            ConfigKey("nice_to_have_weight", "number", default: "1", "weight of nice-to-have skills shown (0–10)"),
            ConfigKey("title_weight", "number", default: "2", "weight of the current title matching the role (0–10)"),
            ConfigKey("seniority_weight", "number", default: "1.5", "weight of the title's level matching (0–10)"),
            ConfigKey("tenure_weight", "number", default: "1.5", "weight of years in relevant roles (0–10)"),
            ConfigKey("domain_weight", "number", default: "2.5", "weight of time at target-domain companies (0–10)"),
            ConfigKey(
                "recency_weight", "number", default: "1", "weight of how recently the relevant role was held (0–10)"),
            ConfigKey("location_weight", "number", default: "0.5", "weight of the location matching (0–10)"),
            ConfigKey("target_years", "number", default: "4", "relevant years that earn full tenure credit (0.5–30)"),
        ]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case mustHaveWeight = "must_have_weight", niceToHaveWeight = "nice_to_have_weight"
            case titleWeight = "title_weight", seniorityWeight = "seniority_weight", tenureWeight = "tenure_weight"
            case domainWeight = "domain_weight", recencyWeight = "recency_weight"
            case locationWeight = "location_weight", targetYears = "target_years"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Self()
            mustHaveWeight = try c.decode(.mustHaveWeight, default: d.mustHaveWeight)
            niceToHaveWeight = try c.decode(.niceToHaveWeight, default: d.niceToHaveWeight)
            titleWeight = try c.decode(.titleWeight, default: d.titleWeight)
            seniorityWeight = try c.decode(.seniorityWeight, default: d.seniorityWeight)
            tenureWeight = try c.decode(.tenureWeight, default: d.tenureWeight)
            domainWeight = try c.decode(.domainWeight, default: d.domainWeight)
            recencyWeight = try c.decode(.recencyWeight, default: d.recencyWeight)
            locationWeight = try c.decode(.locationWeight, default: d.locationWeight)
            targetYears = try c.decode(.targetYears, default: d.targetYears)
        }

        public func validate() -> [ConfigProblem] {
            var problems: [ConfigProblem] = []
            for (key, value) in weights { problems.check(key, value, in: 0...10) }
            problems.check("target_years", targetYears, in: 0.5...30)
            if weights.allSatisfy({ $0.1 == 0 }) {
                problems.append(ConfigProblem(key: "must_have_weight", "at least one weight must be above 0"))
            }
            return problems
        }

        /// The weights by config key.
        var weights: [(String, Double)] {
            [
                ("must_have_weight", mustHaveWeight), ("nice_to_have_weight", niceToHaveWeight),
                ("title_weight", titleWeight), ("seniority_weight", seniorityWeight), ("tenure_weight", tenureWeight),
                ("domain_weight", domainWeight), ("recency_weight", recencyWeight), ("location_weight", locationWeight),
            ]
        }

        /// The weight of a signal.
        func weight(of kind: Signal.Kind) -> Double {
            switch kind {
            case .mustHave: mustHaveWeight
            case .niceToHave: niceToHaveWeight
            case .title: titleWeight
            case .seniority: seniorityWeight
            case .tenure: tenureWeight
            case .domain: domainWeight
            case .recency: recencyWeight
            case .location: locationWeight
            }
        }
    }
}
