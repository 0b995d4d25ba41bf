import Foundation
import ScoutCore

/// One scored aspect of a candidate, with the evidence behind it.
struct Signal: Equatable {
    enum Kind: CaseIterable { case mustHave, niceToHave, title, seniority, tenure, domain, recency, location }

    var kind: Kind
    /// 0…1, or nil when the profile does not show enough to score it (or the JD does not ask).
    var score: Double?
    var strengths: [EvidencePoint] = []
    var concerns: [EvidencePoint] = []
    var unknowns: [String] = []

    init(_ kind: Kind, score: Double? = nil) {
        self.kind = kind
        self.score = score
    }

    /// Adds a strength when it has facts to rest on.
    mutating func strength(_ text: String, _ facts: [String?]) {
        let facts = Self.unique(facts.compactMap { $0 })
        if !facts.isEmpty { strengths.append(EvidencePoint(text, facts: facts)) }
    }

    /// Adds a concern when it has facts to rest on.
    mutating func concern(_ text: String, _ facts: [String?]) {
        let facts = Self.unique(facts.compactMap { $0 })
        if !facts.isEmpty { concerns.append(EvidencePoint(text, facts: facts)) }
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// The weighted mean of the scored signals on 0–10, rounded to one decimal; nil when none is scored.
    static func score(_ signals: [Signal], config: HeuristicEvaluator.Config) -> Double? {
        var total = 0.0, weights = 0.0
        for signal in signals {
            guard let score = signal.score else { continue }
            let weight = config.weight(of: signal.kind)
            total += weight * min(1, max(0, score))
            weights += weight
        }
        guard weights > 0 else { return nil }
        return rounded(total / weights * 10)
    }

    static func rounded(_ value: Double) -> Double { (min(10, max(0, value)) * 10).rounded() / 10 }
}
