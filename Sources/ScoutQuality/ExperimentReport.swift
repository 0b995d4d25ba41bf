import Foundation
import ScoutCore

/// Mean, spread and worst of one metric over a set of runs.
public struct MetricStat: Sendable, Codable, Equatable {
    public var mean: Double
    /// Population standard deviation.
    public var spread: Double
    /// The worst value (lowest where higher is better, highest otherwise).
    public var worst: Double
    /// Runs the metric was defined for.
    public var runs: Int
}

/// One metric of the report: its name, direction and how to read it from a run.
public struct MetricDefinition: Sendable {
    public var key: String
    public var label: String
    public var higherIsBetter: Bool
    public var value: @Sendable (RunMeasurement) -> Double?

    /// Every aggregated metric, in table order.
    public static let all: [MetricDefinition] = [
        .init(key: "p10", label: "P@10", higherIsBetter: true) { $0.precision10 },
        .init(key: "p20", label: "P@20", higherIsBetter: true) { $0.precision20 },
        .init(key: "p10_expected", label: "P@10 (ties)", higherIsBetter: true) { $0.precision10Expected },
        .init(key: "ndcg10", label: "nDCG@10", higherIsBetter: true) { $0.ndcg10 },
        .init(key: "ndcg20", label: "nDCG@20", higherIsBetter: true) { $0.ndcg20 },
        .init(key: "ndcg_local20", label: "nDCG_local@20", higherIsBetter: true) { $0.ndcgLocal20 },
        .init(key: "recall3", label: "recall3", higherIsBetter: true) { $0.recall3 },
        .init(key: "recall2", label: "recall2", higherIsBetter: true) { $0.recall2 },
        .init(key: "off_domain_companies", label: "off-domain companies", higherIsBetter: false) {
            $0.offDomainCompanies
        },
        .init(key: "off_domain_candidates", label: "off-domain candidates", higherIsBetter: false) {
            $0.offDomainCandidates
        },
        .init(key: "credits_per_relevant", label: "credits/relevant", higherIsBetter: false) { $0.creditsPerRelevant },
        .init(key: "strong_fit_relevant", label: "STRONG_FIT relevant", higherIsBetter: true) { run in
            run.calibration.first { $0.band == Recommendation.strongFit.rawValue }?.relevantShare
        },
        .init(key: "strong_levels_off", label: "STRONG_FIT 2+ levels off", higherIsBetter: false) {
            $0.strongLevelsOff.map(Double.init)
        },
        .init(key: "contradicted_claims", label: "contradicted claims", higherIsBetter: false) {
            Double($0.contradictedClaims.count)
        },
        .init(key: "spearman", label: "rank corr.", higherIsBetter: true) { $0.spearman },
        .init(key: "ties10", label: "ties@10", higherIsBetter: false) { Double($0.tiesAt10) },
        .init(key: "candidates", label: "candidates", higherIsBetter: true) { Double($0.candidates) },
        .init(key: "unique_companies", label: "companies", higherIsBetter: true) { Double($0.companies) },
        .init(key: "credits", label: "credits (cold)", higherIsBetter: false) { Double($0.creditsCold) },
        .init(key: "credits_spent", label: "credits spent", higherIsBetter: false) { Double($0.creditsSpent) },
        .init(key: "vendor_calls", label: "vendor calls", higherIsBetter: false) { Double($0.vendorCalls) },
        .init(key: "cache_hits", label: "cache hits", higherIsBetter: true) { Double($0.cacheHits) },
        .init(key: "seconds", label: "wall s", higherIsBetter: false) { $0.seconds },
    ]
}

/// Aggregates of one arm over one world (or over every world, `world == "all"`).
public struct ArmSummary: Sendable, Codable, Equatable {
    public var arm: String
    public var world: String
    public var runs: Int
    public var failed: Int
    public var metrics: [String: MetricStat]
}

/// How alike two arms' shortlists are, averaged over the JDs both ran.
public struct ArmOverlap: Sendable, Codable, Equatable {
    public var a: String
    public var b: String
    /// Mean Jaccard overlap of the persons surfaced.
    public var jaccard: Double
    /// Mean Jaccard overlap of the first 20.
    public var jaccardTop20: Double
    /// Mean Spearman correlation of the positions of the persons both surfaced; nil when never defined.
    public var rankAgreement: Double?
}

/// Everything an experiment measured: every run, per-arm aggregates, and arm-to-arm overlap.
public struct ExperimentReport: Sendable, Codable, Equatable {
    public var arms: [String]
    public var target: ExperimentTarget
    public var runs: [RunMeasurement]
    public var summaries: [ArmSummary]
    public var overlaps: [ArmOverlap]
    /// "truth" when every run had ground truth; "evaluator" when none did; "mixed" otherwise.
    public var judge: String
    /// Cold-equivalent credits per arm over the whole experiment (each record once per arm).
    public var armCredits: [String: Int]

    public init(arms: [String], target: ExperimentTarget, runs: [RunMeasurement], armCredits: [String: Int] = [:]) {
        self.arms = arms
        self.target = target
        self.runs = runs
        self.armCredits = armCredits
        let judges = Set(runs.map(\.judge))
        judge = judges.count == 1 ? judges.first! : judges.isEmpty ? "truth" : "mixed"
        let worlds = Self.distinct(runs.map(\.world))
        var summaries: [ArmSummary] = []
        for arm in arms {
            let mine = runs.filter { $0.arm == arm }
            if worlds.count > 1 { summaries.append(Self.summary(arm: arm, world: "all", mine)) }
            for world in worlds {
                summaries.append(Self.summary(arm: arm, world: world, mine.filter { $0.world == world }))
            }
        }
        self.summaries = summaries
        var overlaps: [ArmOverlap] = []
        for (i, a) in arms.enumerated() {
            for b in arms.dropFirst(i + 1) { overlaps.append(Self.overlap(a, b, runs)) }
        }
        self.overlaps = overlaps
    }

    /// The summary of an arm over a world ("all" for every world).
    public func summary(arm: String, world: String) -> ArmSummary? {
        summaries.first { $0.arm == arm && $0.world == world }
    }

    static func summary(arm: String, world: String, _ runs: [RunMeasurement]) -> ArmSummary {
        var metrics: [String: MetricStat] = [:]
        for metric in MetricDefinition.all {
            let values = runs.compactMap(metric.value)
            guard !values.isEmpty else { continue }
            let mean = values.reduce(0, +) / Double(values.count)
            let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
            metrics[metric.key] = MetricStat(
                mean: mean, spread: spread, worst: metric.higherIsBetter ? values.min()! : values.max()!,
                runs: values.count)
        }
        return ArmSummary(
            arm: arm, world: world, runs: runs.count, failed: runs.filter { $0.error != nil }.count, metrics: metrics)
    }

    static func overlap(_ a: String, _ b: String, _ runs: [RunMeasurement]) -> ArmOverlap {
        var jaccards: [Double] = [], tops: [Double] = [], agreements: [Double] = []
        for x in runs where x.arm == a {
            guard let y = runs.first(where: { $0.arm == b && $0.world == x.world && $0.jd == x.jd }) else { continue }
            jaccards.append(QualityMetrics.jaccard(Set(x.persons), Set(y.persons)))
            tops.append(QualityMetrics.jaccard(Set(x.persons.prefix(20)), Set(y.persons.prefix(20))))
            let shared = x.persons.filter(Set(y.persons).contains)
            if shared.count >= 2 {
                let position = Dictionary(uniqueKeysWithValues: y.persons.enumerated().map { ($1, Double($0)) })
                let here = shared.indices.map(Double.init), there = shared.map { position[$0] ?? 0 }
                if let rho = QualityMetrics.spearman(here, there) { agreements.append(rho) }
            }
        }
        func mean(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count) }
        return ArmOverlap(
            a: a, b: b, jaccard: mean(jaccards), jaccardTop20: mean(tops),
            rankAgreement: agreements.isEmpty ? nil : mean(agreements))
    }

    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
