import Foundation
import ScoutCore
import ScoutQuality
import Testing

@Suite("Quality metrics, against hand-computed values")
struct QualityMetricsTests {
    /// Persons 1…n with the given grades and descending scores.
    func ranking(_ grades: [Int], scores: [Double]? = nil) -> [JudgedCandidate] {
        grades.enumerated().map { i, g in
            JudgedCandidate(personID: i + 1, grade: g, score: scores?[i] ?? Double(100 - i))
        }
    }

    @Test func ndcgOfAKnownList() {
        let list = ranking([3, 2, 0, 1])
        // DCG = 7/1 + 3/log2(3) + 0 + 1/log2(5) = 9.32347; ideal [3, 3, 2] = 7 + 7/log2(3) + 3/2 = 12.91651.
        #expect(abs(QualityMetrics.dcg([3, 2, 0, 1], at: 4) - 9.323466) < 1e-5)
        #expect(abs(QualityMetrics.ndcg(at: 4, list, ideal: [2, 3, 3]) - 0.721826) < 1e-5)
        // Against its own best order [3, 2, 1, 0].
        #expect(abs(QualityMetrics.localNDCG(at: 4, list) - 0.992620) < 1e-5)
        #expect(QualityMetrics.ndcg(at: 2, ranking([3, 3]), ideal: [3, 3, 3]) == 1)
    }

    @Test func precisionCountsPersonsNotRecords() {
        var list = ranking([3, 2, 1, 0, 2])
        #expect(QualityMetrics.precision(at: 5, list) == 0.6)
        #expect(QualityMetrics.precision(at: 10, list) == 0.3)
        list[4].personID = 1  // a second record of person 1 earns nothing
        #expect(QualityMetrics.precision(at: 5, list) == 0.4)
        #expect(QualityMetrics.effectiveGrades(list) == [3, 2, 1, 0, 0])
        #expect(QualityMetrics.relevantPersons(list) == 2)
    }

    @Test func emptyListsScoreZero() {
        #expect(QualityMetrics.precision(at: 10, []) == 0)
        #expect(QualityMetrics.ndcg(at: 20, [], ideal: [3, 2]) == 0)
        #expect(QualityMetrics.ndcg(at: 20, ranking([3]), ideal: []) == 0)
        #expect(QualityMetrics.recall([], minimum: 3, total: 5) == 0)
        #expect(QualityMetrics.recall([], minimum: 3, total: 0) == nil)
        #expect(QualityMetrics.spearman([]) == nil)
        #expect(QualityMetrics.ties(at: 10, []) == 0)
        #expect(QualityMetrics.calibration([]).isEmpty)
    }

    @Test func tiesAtTheCutAreReportedAsAnExpectation() {
        // Positions 2…4 tie at score 5; the cut k = 3 takes two of the three, one of which is relevant.
        let list = ranking([3, 0, 2, 0, 3], scores: [9, 5, 5, 5, 1])
        #expect(QualityMetrics.precision(at: 3, list) == 2.0 / 3)
        #expect(abs(QualityMetrics.expectedPrecision(at: 3, list) - (1 + 1.0 * 2 / 3) / 3) < 1e-12)
        #expect(QualityMetrics.ties(at: 3, list) == 2)
        #expect(QualityMetrics.ties(at: 4, list) == 3)
    }

    @Test func recallAndItsBound() {
        let list = ranking([3, 3, 2, 0])
        #expect(QualityMetrics.recall(list, minimum: 3, total: 4) == 0.5)
        #expect(QualityMetrics.recall(list, minimum: 2, total: 6) == 0.5)
        #expect(QualityMetrics.recallBound(count: 4, total: 10) == 0.4)
        #expect(QualityMetrics.recallBound(count: 40, total: 10) == 1)
    }

    @Test func calibrationAndRankCorrelation() {
        var list = ranking([3, 2, 0, 1])
        list[0].recommendation = .strongFit
        list[1].recommendation = .strongFit
        list[2].recommendation = .strongFit
        list[3].recommendation = .weakFit
        let bands = QualityMetrics.calibration(list)
        #expect(bands[.strongFit]?.count == 3)
        #expect(abs((bands[.strongFit]?.relevantShare ?? 0) - 2.0 / 3) < 1e-12)
        #expect(bands[.weakFit]?.relevantShare == 0)
        // Scores 100, 99, 98, 97 against grades 3, 2, 0, 1: rho = 1 - 6·Σd²/(n(n²-1)) = 1 - 6·2/60 = 0.8.
        #expect(abs((QualityMetrics.spearman(list) ?? 0) - 0.8) < 1e-12)
        #expect(QualityMetrics.spearman(ranking([2, 2, 2])) == nil)
        #expect(QualityMetrics.jaccard([1, 2, 3], [2, 3, 4]) == 0.5)
        #expect(QualityMetrics.jaccard([], []) == 1)
    }
}
