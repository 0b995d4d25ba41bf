import Foundation
public import ScoutCore

/// One candidate of a ranking as the metrics see it: who it is, how relevant, and what Scout said.
public struct JudgedCandidate: Sendable, Equatable, Codable {
    /// The person behind the record (two records of one person share it).
    public var personID: Int
    public var grade: Int
    public var score: Double
    public var recommendation: Recommendation?

    public init(personID: Int, grade: Int, score: Double, recommendation: Recommendation? = nil) {
        self.personID = personID
        self.grade = grade
        self.score = score
        self.recommendation = recommendation
    }
}

/// The metric functions of docs/quality.md (definitions: quality-metrics.md). Pure, and tested on hand-computed lists.
public enum QualityMetrics {
    /// Grade threshold of "relevant".
    public static let relevant = 2

    /// Grades in ranking order, a repeated person earning 0 (persons, not records).
    public static func effectiveGrades(_ ranking: [JudgedCandidate]) -> [Int] {
        var seen = Set<Int>()
        return ranking.map { seen.insert($0.personID).inserted ? $0.grade : 0 }
    }

    /// Relevant persons among the first k, over k. An empty ranking scores 0.
    public static func precision(at k: Int, _ ranking: [JudgedCandidate]) -> Double {
        guard k > 0 else { return 0 }
        return Double(effectiveGrades(ranking).prefix(k).filter { $0 >= relevant }.count) / Double(k)
    }

    /// P@k expected under a random order of the candidates tied with the k-th by score.
    public static func expectedPrecision(at k: Int, _ ranking: [JudgedCandidate]) -> Double {
        guard k > 0 else { return 0 }
        let grades = effectiveGrades(ranking)
        guard ranking.count > k else { return precision(at: k, ranking) }
        let cut = ranking[k - 1].score
        let tied = ranking.indices.filter { ranking[$0].score == cut }
        let above = ranking.indices.filter { $0 < k && ranking[$0].score != cut }
        let slots = tied.filter { $0 < k }.count
        let relevantAbove = above.filter { grades[$0] >= relevant }.count
        let relevantTied = tied.filter { grades[$0] >= relevant }.count
        return (Double(relevantAbove) + Double(relevantTied) * Double(slots) / Double(tied.count)) / Double(k)
    }

    /// Σ (2^rel − 1) / log2(i + 1) over the first k grades.
    public static func dcg(_ grades: [Int], at k: Int) -> Double {
        grades.prefix(k).enumerated().reduce(0) { sum, item in
            sum + (pow(2, Double(item.element)) - 1) / log2(Double(item.offset) + 2)
        }
    }

    /// nDCG@k against an ideal: the collection's grades (the world's best persons), or any list to normalise by.
    /// 0 when the ideal has no relevant grade.
    public static func ndcg(at k: Int, _ ranking: [JudgedCandidate], ideal: [Int]) -> Double {
        let best = dcg(ideal.sorted(by: >), at: k)
        return best > 0 ? dcg(effectiveGrades(ranking), at: k) / best : 0
    }

    /// nDCG@k against the best reordering of the ranking itself: ordering quality, whatever was retrieved.
    public static func localNDCG(at k: Int, _ ranking: [JudgedCandidate]) -> Double {
        ndcg(at: k, ranking, ideal: effectiveGrades(ranking))
    }

    /// Distinct surfaced persons with grade ≥ `minimum` over `total` such persons in the world; nil when none exist.
    public static func recall(_ ranking: [JudgedCandidate], minimum: Int, total: Int) -> Double? {
        guard total > 0 else { return nil }
        let found = Set(ranking.filter { $0.grade >= minimum }.map(\.personID)).count
        return Double(found) / Double(total)
    }

    /// The recall any list of `n` persons could reach: min(1, n / total).
    public static func recallBound(count n: Int, total: Int) -> Double? {
        total > 0 ? min(1, Double(n) / Double(total)) : nil
    }

    /// Distinct relevant persons in the ranking.
    public static func relevantPersons(_ ranking: [JudgedCandidate]) -> Int {
        Set(ranking.filter { $0.grade >= relevant }.map(\.personID)).count
    }

    /// For each recommendation band present: how many candidates, and the share of them that is relevant.
    public static func calibration(
        _ ranking: [JudgedCandidate]
    ) -> [Recommendation: (count: Int, relevantShare: Double)] {
        var out: [Recommendation: (count: Int, relevantShare: Double)] = [:]
        for band in Recommendation.allCases {
            let members = ranking.filter { $0.recommendation == band }
            guard !members.isEmpty else { continue }
            out[band] = (members.count, Double(members.filter { $0.grade >= relevant }.count) / Double(members.count))
        }
        return out
    }

    /// Spearman's rank correlation of scores with grades (average ranks for ties); nil when either is constant.
    public static func spearman(_ ranking: [JudgedCandidate]) -> Double? {
        spearman(ranking.map(\.score), ranking.map { Double($0.grade) })
    }

    /// Spearman's rank correlation of two equally long series; nil when shorter than 2 or either is constant.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let a = averageRanks(x), b = averageRanks(y)
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var cov = 0.0, va = 0.0, vb = 0.0
        for i in a.indices {
            cov += (a[i] - ma) * (b[i] - mb)
            va += (a[i] - ma) * (a[i] - ma)
            vb += (b[i] - mb) * (b[i] - mb)
        }
        guard va > 0, vb > 0 else { return nil }
        return cov / (va * vb).squareRoot()
    }

    /// Candidates among the first k whose score equals another's among the first k.
    public static func ties(at k: Int, _ ranking: [JudgedCandidate]) -> Int {
        let top = ranking.prefix(k).map(\.score)
        var counts: [Double: Int] = [:]
        for score in top { counts[score, default: 0] += 1 }
        return top.filter { counts[$0, default: 0] > 1 }.count
    }

    /// Jaccard overlap of two sets of persons; 1 when both are empty.
    public static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }

    /// 1-based average ranks, ties sharing the mean of their positions (ascending values).
    static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]] == values[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for m in i...j { ranks[order[m]] = rank }
            i = j + 1
        }
        return ranks
    }
}
