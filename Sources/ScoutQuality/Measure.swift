import Foundation
import SampleWorld
import ScoutCore

/// Turns one finished session into a ``RunMeasurement``.
enum Measure {
    static func run(
        arm: String, world: SampleWorld?, worldName: String, jd: ExperimentCase, judge: RelevanceJudge?,
        grades: [Int: Int]?, report: SessionReport, cold: Int, seconds: Double
    ) -> RunMeasurement {
        let truthful = world != nil && judge != nil && grades != nil
        let ranking: [JudgedCandidate] = report.ranked.map { candidate in
            let score = candidate.evaluation?.overall ?? 0
            let recommendation = candidate.evaluation?.recommendation
            if truthful, let world, let judge, let truth = world.truth(employeeID: candidate.employeeID) {
                return JudgedCandidate(
                    personID: truth.personID, grade: judge.grade(truth), score: score, recommendation: recommendation)
            }
            return JudgedCandidate(
                personID: candidate.employeeID, grade: truthful ? 0 : evaluatorGrade(recommendation),
                score: score, recommendation: recommendation)
        }
        let ideal: [Int] =
            grades.map { Array($0.values.sorted(by: >).prefix(20)) } ?? QualityMetrics.effectiveGrades(ranking)
        let world3 = grades.map { $0.values.filter { $0 == 3 }.count }
        let world2 = grades.map { $0.values.filter { $0 >= 2 }.count }
        let relevant = QualityMetrics.relevantPersons(ranking)
        let ledger = report.ledger
        var offCompanies: Double?, offCandidates: Double?
        var offNames: [String] = []
        if truthful, let world, let domain = judge?.spec.domain {
            // Companies the session has not resolved yet (lazily, per batch) are placed through the world itself;
            // those unknown to it are not searched and not counted.
            let companies = report.session.companies.compactMap { company -> Company? in
                var company = company
                company.vendorID = company.vendorID ?? world.resolveCompanyID(company)
                return company.vendorID == nil ? nil : company
            }
            if !companies.isEmpty {
                let off = companies.filter { company in company.vendorID.flatMap(world.company(id:))?.domainID != domain
                }
                offCompanies = Double(off.count) / Double(companies.count)
                offNames = off.map { company in
                    let market = company.vendorID.flatMap(world.company(id:))?.domainID ?? "unknown"
                    return "\(company.name) (\(market), \(company.source.rawValue))"
                }
            }
            if !report.ranked.isEmpty {
                let off = report.ranked.filter { world.truth(employeeID: $0.employeeID)?.domainID != domain }
                offCandidates = Double(off.count) / Double(report.ranked.count)
            }
        }
        let persons = distinct(ranking.map(\.personID))
        var misses: [RunMeasurement.Miss] = []
        if truthful, let world, let judge {
            for (rank, candidate) in report.ranked.prefix(20).enumerated()
            where ranking[rank].grade < QualityMetrics.relevant {
                guard let truth = world.truth(employeeID: candidate.employeeID) else { continue }
                misses.append(
                    .init(
                        rank: rank + 1, employeeID: candidate.employeeID, title: candidate.preview.currentTitle,
                        score: ranking[rank].score, recommendation: candidate.evaluation?.recommendation.rawValue,
                        grade: ranking[rank].grade, reasons: judge.reasons(truth)))
            }
        }
        var measured = RunMeasurement(
            arm: arm, world: worldName, jd: jd.id, title: jd.title, judge: truthful ? "truth" : "evaluator", error: nil,
            sessionID: report.session.id, candidates: report.ranked.count,
            precision10: QualityMetrics.precision(at: 10, ranking),
            precision20: QualityMetrics.precision(at: 20, ranking),
            precision10Expected: QualityMetrics.expectedPrecision(at: 10, ranking),
            ndcg10: QualityMetrics.ndcg(at: 10, ranking, ideal: ideal),
            ndcg20: QualityMetrics.ndcg(at: 20, ranking, ideal: ideal),
            ndcgLocal20: QualityMetrics.localNDCG(at: 20, ranking),
            recall3: world3.flatMap { QualityMetrics.recall(ranking, minimum: 3, total: $0) },
            recall2: world2.flatMap { QualityMetrics.recall(ranking, minimum: 2, total: $0) },
            recall3Bound: world3.flatMap { QualityMetrics.recallBound(count: persons.count, total: $0) },
            world3: world3, world2: world2, relevantFound: relevant, creditsCold: cold,
            creditsSpent: ledger.creditsUsed,
            creditsPerRelevant: relevant > 0 ? Double(cold) / Double(relevant) : nil,
            vendorCalls: ledger.profiles.misses + ledger.companies.misses + ledger.previewPages + ledger.companyLookups,
            cacheHits: ledger.profiles.hits + ledger.companies.hits, companies: report.session.companies.count,
            offDomainCompanies: offCompanies, offDomainCandidates: offCandidates,
            calibration: QualityMetrics.calibration(ranking).sorted { $0.key.order < $1.key.order }.map {
                RunMeasurement.Band(band: $0.key.rawValue, count: $0.value.count, relevantShare: $0.value.relevantShare)
            },
            spearman: QualityMetrics.spearman(ranking), tiesAt10: QualityMetrics.ties(at: 10, ranking),
            seconds: seconds,
            persons: persons, scores: ranking.map(\.score))
        measured.misses = misses
        measured.grades = ranking.map(\.grade)
        if truthful, let world, let grades {
            let found = Set(persons)
            let sessionCompanies = Set(
                report.session.companies.compactMap { $0.vendorID ?? world.resolveCompanyID($0) })
            measured.unfound = world.truths.filter { grades[$0.personID] == 3 && !found.contains($0.personID) }
                .prefix(20).map { truth in
                    let title = world.profile(employeeID: truth.employeeID)?.currentExperience?.title ?? "?"
                    let company = truth.employerID.flatMap(world.company(id:))
                    let reach =
                        truth.employerID.map(sessionCompanies.contains) == true ? "in session" : "not discovered"
                    return "\(title) · \(company?.name ?? "no employer") (\(reach))"
                }
        }
        measured.offDomain = offNames
        // Honesty over every evaluation: claims their own facts contradict, and STRONG_FIT two or more levels off.
        let requirements = report.session.requirements
        // Claims the evaluator made that their facts contradict: those the guard dropped (it says so in `unknowns`),
        // and any still stored (none, while the guard runs).
        let evaluations = report.ranked.compactMap(\.evaluation)
        measured.contradictedClaims = evaluations.flatMap { evaluation in
            evaluation.unknowns.filter { $0.hasPrefix(EvaluationGuard.contradictedPrefix) }
                + ClaimAudit.contradictions(evaluation, requirements: requirements)
        }
        if truthful, let world, let spec = judge?.spec {
            let asked = spec.levels.filter { $0.value == 3 }.map(\.key)
            measured.strongLevelsOff =
                report.ranked.filter { candidate in
                    guard candidate.evaluation?.recommendation == .strongFit, !asked.isEmpty,
                        let level = world.truth(employeeID: candidate.employeeID)?.level
                    else { return false }
                    return asked.map { abs($0.rank - level.rank) }.min()! >= 2
                }.count
        }
        return measured
    }

    /// Without truth, the evaluator's own verdict stands in: STRONG 3, GOOD 2, MODERATE 1, WEAK 0.
    static func evaluatorGrade(_ recommendation: Recommendation?) -> Int {
        switch recommendation {
        case .strongFit: return 3
        case .goodFit: return 2
        case .moderateFit: return 1
        default: return 0
        }
    }

    static func distinct(_ ids: [Int]) -> [Int] {
        var seen = Set<Int>()
        return ids.filter { seen.insert($0).inserted }
    }
}
