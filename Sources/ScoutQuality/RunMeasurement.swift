import Foundation
import ScoutCore

/// What one arm did with one JD on one world: the quality metrics, the spend and the time.
public struct RunMeasurement: Sendable, Codable, Equatable {
    /// Share of one recommendation band's candidates that are relevant.
    public struct Band: Sendable, Codable, Equatable {
        public var band: String
        public var count: Int
        public var relevantShare: Double
    }

    /// A candidate ranked in the first 20 who is not relevant, and why (for tuning the mechanism, not the suite).
    public struct Miss: Sendable, Codable, Equatable {
        public var rank: Int
        public var employeeID: Int
        public var title: String?
        public var score: Double
        public var recommendation: String?
        public var grade: Int
        public var reasons: [String]
    }

    public var arm: String
    public var world: String
    public var jd: String
    public var title: String
    /// "truth" (the sample world's ground truth) or "evaluator" (no truth: grades from Scout's own recommendations).
    public var judge: String
    /// nil when the run succeeded; the one-line reason otherwise (every metric is then 0).
    public var error: String?
    public var sessionID: String?
    public var candidates: Int
    public var precision10: Double
    public var precision20: Double
    /// P@10 expected under a random order of the candidates tied at the cut.
    public var precision10Expected: Double
    public var ndcg10: Double
    public var ndcg20: Double
    public var ndcgLocal20: Double
    /// nil when the world holds no such person (or there is no truth).
    public var recall3: Double?
    public var recall2: Double?
    public var recall3Bound: Double?
    public var world3: Int?
    public var world2: Int?
    public var relevantFound: Int
    /// What the run would have cost on an empty cache; `creditsSpent` is what it cost with the experiment's cache.
    public var creditsCold: Int
    public var creditsSpent: Int
    /// Cold credits per distinct relevant person surfaced; nil when none was.
    public var creditsPerRelevant: Double?
    public var vendorCalls: Int
    public var cacheHits: Int
    public var companies: Int
    /// nil without truth, or when the truth accepts any domain.
    public var offDomainCompanies: Double?
    public var offDomainCandidates: Double?
    public var calibration: [Band]
    public var spearman: Double?
    public var tiesAt10: Int
    public var seconds: Double
    /// Persons in Scout's order (for overlap between arms) and their scores (for the score chart).
    public var persons: [Int]
    public var scores: [Double]
    /// Each ranked candidate's grade (0–3), in Scout's order: the truth's, else the evaluator's stand-in.
    public var grades: [Int] = []
    /// Irrelevant candidates among the first 20, with the truth's reasons; empty without truth.
    public var misses: [Miss] = []
    /// Relevance-3 people of the world the run did not surface: "title · company (in session | not discovered)",
    /// the first 20 by employee id; empty without truth. Where recall is lost: discovery or the people query.
    public var unfound: [String] = []
    /// The session's companies outside the target domain: "name (their market, discovery source)".
    public var offDomain: [String] = []
    /// Strengths and concerns their own cited facts contradict (``ClaimAudit``), over every evaluation of the run.
    public var contradictedClaims: [String] = []
    /// STRONG_FIT candidates whose true level is two or more from every level the truth grades 3; nil without truth.
    public var strongLevelsOff: Int?

    /// A run that failed before producing candidates: scores 0 on every metric and stays in every mean.
    static func failed(
        arm: String, world: String, jd: ExperimentCase, judge: String, error: String, seconds: Double,
        world3: Int?, world2: Int?
    ) -> RunMeasurement {
        RunMeasurement(
            arm: arm, world: world, jd: jd.id, title: jd.title, judge: judge, error: error, sessionID: nil,
            candidates: 0,
            precision10: 0, precision20: 0, precision10Expected: 0, ndcg10: 0, ndcg20: 0, ndcgLocal20: 0,
            recall3: world3.map { $0 > 0 ? 0 : nil } ?? nil, recall2: world2.map { $0 > 0 ? 0 : nil } ?? nil,
            recall3Bound: nil, world3: world3, world2: world2, relevantFound: 0, creditsCold: 0, creditsSpent: 0,
            creditsPerRelevant: nil, vendorCalls: 0, cacheHits: 0, companies: 0, offDomainCompanies: nil,
            offDomainCandidates: nil, calibration: [], spearman: nil, tiesAt10: 0, seconds: seconds, persons: [],
            scores: [])
    }
}
