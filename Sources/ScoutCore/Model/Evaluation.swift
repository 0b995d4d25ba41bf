import Foundation

/// The verdict scale shared by every evaluator.
public enum Recommendation: String, Codable, Sendable, CaseIterable {
    case strongFit = "STRONG_FIT", goodFit = "GOOD_FIT", moderateFit = "MODERATE_FIT", weakFit = "WEAK_FIT"

    /// The usual mapping from an overall 0–10 score.
    public init(score: Double) {
        switch score {
        case 8...: self = .strongFit
        case 6.5..<8: self = .goodFit
        case 4.5..<6.5: self = .moderateFit
        default: self = .weakFit
        }
    }
}

/// One strength or concern and the profile facts it rests on.
public struct EvidencePoint: Codable, Sendable, Equatable {
    public var text: String
    /// Profile facts quoted as `field: value`, e.g. `experience[0].title: Senior ML Engineer`.
    public var facts: [String]

    public init(_ text: String, facts: [String]) {
        self.text = text
        self.facts = facts
    }
}

/// A candidate scored against a JD. Every evaluator fills the same schema.
public struct Evaluation: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case ok, failed }

    /// 0–10.
    public var overall: Double
    /// 0–10: experience in the target domain.
    public var domainFit: Double
    /// 0–10: role, seniority, skills and tenure.
    public var experienceMatch: Double
    public var strengths: [EvidencePoint]
    public var concerns: [EvidencePoint]
    /// What the JD asks that the profile does not show either way.
    public var unknowns: [String]
    public var recommendation: Recommendation
    public var summary: String
    /// The evaluator's plugin id.
    public var evaluator: String
    public var status: Status
    public var failureReason: String?

    public init(
        overall: Double, domainFit: Double, experienceMatch: Double, strengths: [EvidencePoint],
        concerns: [EvidencePoint], unknowns: [String] = [], recommendation: Recommendation, summary: String,
        evaluator: String, status: Status = .ok, failureReason: String? = nil
    ) {
        self.overall = overall
        self.domainFit = domainFit
        self.experienceMatch = experienceMatch
        self.strengths = strengths
        self.concerns = concerns
        self.unknowns = unknowns
        self.recommendation = recommendation
        self.summary = summary
        self.evaluator = evaluator
        self.status = status
        self.failureReason = failureReason
    }

    /// A placeholder kept with the candidate when evaluation failed.
    public static func failed(evaluator: String, reason: String) -> Evaluation {
        Evaluation(
            overall: 0, domainFit: 0, experienceMatch: 0, strengths: [], concerns: [], recommendation: .weakFit,
            summary: "Evaluation failed: \(reason)", evaluator: evaluator, status: .failed, failureReason: reason)
    }

    /// Checks the schema's ranges; returns the problems found.
    public var schemaProblems: [String] {
        var problems: [String] = []
        for (name, value) in [("overall", overall), ("domain_fit", domainFit), ("experience_match", experienceMatch)]
        where !(0...10).contains(value) || value.isNaN {
            problems.append("\(name) score \(value) is outside 0–10")
        }
        if summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("summary is empty") }
        return problems
    }

    /// The first strength, or the first concern, as a one-line reason for tables.
    public var topReason: String {
        strengths.first?.text ?? concerns.first?.text ?? summary
    }
}
