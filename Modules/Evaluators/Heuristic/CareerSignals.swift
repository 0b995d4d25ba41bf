import Foundation
import ScoutCore

extension EvaluationInput {
    /// Months covered by the relevant roles (overlaps counted once).
    var relevantMonths: Int {
        var covered = Set<Int>()
        for i in relevant {
            let e = facts.experience(i)
            guard let start = e.start else { continue }
            let end = (e.end ?? now).monthIndex
            if end > start.monthIndex { covered.formUnion(start.monthIndex..<end) }
        }
        return covered.count
    }

    /// Years in relevant roles against `target_years`.
    func tenureSignal() -> Signal {
        var signal = Signal(.tenure)
        let dated = relevant.filter { facts.experience($0).start != nil }
        for i in relevant where facts.experience(i).start == nil {
            signal.unknowns.append(
                "start date of experience[\(i)] (\(facts.label(i))) not shown — tenure unknown for it")
        }
        guard !relevant.isEmpty else {
            let anyDated = facts.order.contains { facts.experience($0).start != nil }
            if anyDated { signal.score = 0 }
            return signal
        }
        guard !dated.isEmpty else { return signal }
        let months = relevantMonths
        let target = config.targetYears * 12
        signal.score = min(1, Double(months) / target)
        let evidence = dated.prefix(3).flatMap { [facts.titleFact($0), facts.datesFact($0)] }
        if Double(months) >= target * 0.75 {
            signal.strength("\(Self.years(months)) years in \(roleName) roles", evidence)
        } else if months < 18 {
            signal.concern("Only \(Self.years(months)) years in \(roleName) roles", evidence)
        }
        return signal
    }

    /// Whether the relevant role is current, or how long ago it ended.
    func recencySignal() -> Signal {
        var signal = Signal(.recency)
        if let current = relevant.first(where: { facts.experience($0).isCurrent }) {
            signal.score = 1
            if facts.datesFact(current) != nil {
                signal.strength("In a \(roleName) role now", [facts.titleFact(current), facts.datesFact(current)])
            }
            return signal
        }
        let ended = relevant.compactMap { i in facts.experience(i).end.map { (i, $0) } }.max { $0.1 < $1.1 }
        guard let (i, end) = ended else { return signal }
        let ago = monthsAgo(end)
        switch ago {
        case ...12: signal.score = 0.8
        case ...36: signal.score = 0.5
        default: signal.score = 0.2
        }
        if ago > 12 {
            signal.concern(
                "Last \(roleName) role ended \(Self.years(ago)) years ago", [facts.titleFact(i), facts.datesFact(i)])
        }
        return signal
    }
}
