import Foundation
import ScoutCore

/// The shape of one career: when it started, how it splits into 1–6 roles, and the first level.
struct CareerPlan {
    struct Span {
        /// Months since year 0.
        var startIndex: Int
        /// nil for the current role.
        var end: YearMonth?
        /// Length of the role before this one, in months (0 for the first).
        var previousMonths: Int
        /// Whole years since the career started, at this role's start.
        var yearsIn: Int

        func start(missingMonth: Bool) -> YearMonth {
            let ym = CareerPlan.yearMonth(startIndex)
            return missingMonth ? YearMonth(year: ym.year) : ym
        }
    }

    var startYear: Int
    var firstLevel: Int
    var spans: [Span] = []

    init(rng: inout SplitMix64, now: YearMonth) {
        // Later starts are likelier: more people have short careers.
        startYear = 2025 - Int((rng.unit() * rng.unit()).squareRoot() * 21)
        let startIndex = YearMonth(year: startYear, month: rng.int(1...12)).monthIndex
        let total = max(2, now.monthIndex - startIndex)
        let count = min(6, max(1, 1 + Int(Double(total) / 30 * (0.5 + rng.unit()))))
        var level = rng.chance(0.25) ? 0 : rng.chance(0.6) ? 1 : 2
        if level == 0, count == 1, total > 12 { level = 1 }
        firstLevel = level
        var weights = (0..<count).map { _ in 0.5 + rng.unit() }
        // Internships are short.
        if level == 0, count > 1 { weights[0] *= 0.2 }
        let sum = weights.reduce(0, +)
        let hasCurrent = !rng.chance(0.08)
        let gapAtEnd = hasCurrent ? 0 : min(total - 1, rng.int(1...8))
        var cursor = startIndex, previous = 0
        let usable = total - gapAtEnd
        for (k, weight) in weights.enumerated() {
            let last = k == count - 1
            let length = last ? max(1, startIndex + usable - cursor) : max(3, Int(Double(usable) * weight / sum))
            let gap = !last && rng.chance(0.3) ? rng.int(0...3) : 0
            let endIndex = cursor + length - gap
            spans.append(
                Span(
                    startIndex: cursor,
                    end: last && hasCurrent ? nil : CareerPlan.yearMonth(min(now.monthIndex, max(cursor, endIndex))),
                    previousMonths: previous, yearsIn: (cursor - startIndex) / 12))
            previous = length
            cursor += length
            if cursor >= now.monthIndex - 1, !last { break }
        }
        if hasCurrent, var final = spans.last { final.end = nil; spans[spans.count - 1] = final }
    }

    /// The ladder index of the next role: promotions after long tenures, a switch to management from senior ranks,
    /// capped by years of experience.
    static func nextLevel(after level: Int, monthsInRole: Int, yearsIn: Int, rng: inout SplitMix64) -> Int {
        var next = max(level, 1)
        let promote = monthsInRole >= 18 ? 0.75 : 0.35
        if rng.chance(promote) {
            switch level {
            case 3: next = rng.chance(0.25) ? 6 : 4
            case 4: next = rng.chance(0.45) ? 6 : 5
            case 5: next = rng.chance(0.3) ? 6 : 5
            default: next = min(8, level + 1)
            }
        }
        let cap = min(8, 2 + yearsIn / 2)
        return max(min(next, cap), min(level, 8), 1)
    }

    static func yearMonth(_ index: Int) -> YearMonth { YearMonth(year: index / 12, month: index % 12 + 1) }
}
