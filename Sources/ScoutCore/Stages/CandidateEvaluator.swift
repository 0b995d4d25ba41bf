import Foundation

/// Everything known about a candidate when it is scored.
public struct CandidateDossier: Sendable, Equatable {
    public var preview: CandidatePreview
    public var profile: Profile
    /// Company records for the enriched experiences, by vendor company id.
    public var companies: [Int: CompanyRecord]
    public var freshness: ProfileFreshness
    /// The session's discovered companies, by vendor id, with the evidence that put them in the target market.
    public var discovered: [Int: Company]

    public init(
        preview: CandidatePreview, profile: Profile, companies: [Int: CompanyRecord], freshness: ProfileFreshness,
        discovered: [Int: Company] = [:]
    ) {
        self.preview = preview
        self.profile = profile
        self.companies = companies
        self.freshness = freshness
        self.discovered = discovered
    }
}

/// Scores a candidate against requirements. Must state only facts in the dossier and call the rest unknown.
/// Conformance: `EvaluatorConformance` in ScoutTesting.
public protocol CandidateEvaluator: Sendable {
    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation
}
