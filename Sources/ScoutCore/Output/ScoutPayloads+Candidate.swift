public import Foundation

extension ScoutPayloads {
    /// Everything stored about one candidate of a session (`scout show SESSION --candidate ID --json`): the search hit,
    /// the evaluation with every strength, concern and unknown and the facts each cites, the full profile as collected
    /// (experience, education, skills, profile link) and the collected records of the companies in its career.
    public struct CandidateDetail: Encodable {
        public var sessionId: String
        public var querySummary: String
        /// 1-based place in the session's shortlist; nil when the candidate is unavailable at the vendor.
        public var rank: Int?
        public var ranked: Int
        public var candidate: SessionCandidate
        /// nil when the store no longer holds the profile (it is not kept for unavailable candidates). Experiences are
        /// in profile order, the order the evaluation's facts index (`experience[0].title`).
        public var profile: Profile?
        public var profileFetchedAt: Date?
        /// The companies of the profile's experiences that the store holds, by vendor company id.
        public var companies: [CompanyRecord]

        public init(
            report: SessionReport, candidate: SessionCandidate, profile: Cached<Profile>?, companies: [CompanyRecord]
        ) {
            sessionId = report.session.id
            querySummary = report.session.requirements.summary
            rank = report.ranked.firstIndex { $0.employeeID == candidate.employeeID }.map { $0 + 1 }
            ranked = report.ranked.count
            self.candidate = candidate
            self.profile = profile.map { cached in
                var ordered = cached.value
                ordered.experiences = cached.value.orderedExperiences
                return ordered
            }
            profileFetchedAt = profile?.fetchedAt
            self.companies = companies
        }
    }
}
