import Foundation

extension Orchestrator {
    /// Everything stored about one candidate of a session (`scout show --candidate`, the web page's detail panel):
    /// nil when the session has no such candidate. Throws `sessionNotFound` like ``report(sessionID:workspace:)``.
    public func candidateDetail(
        sessionID: SessionID, employeeID: Int, workspace: String? = nil
    ) async throws -> ScoutPayloads.CandidateDetail? {
        let report = try await report(sessionID: sessionID, workspace: workspace)
        return try await candidateDetail(employeeID: employeeID, report: report)
    }

    /// A cached profile as `workspace` sees it (``records``; nil: the configured workspace).
    public func cachedProfile(employeeID: Int, workspace: String? = nil) async throws -> Cached<Profile>? {
        try await inWorkspace(workspace) { try await records.cachedProfile(employeeID: employeeID) }
    }

    /// ``candidateDetail(sessionID:employeeID:workspace:)`` for a report already read.
    public func candidateDetail(employeeID: Int, report: SessionReport) async throws -> ScoutPayloads.CandidateDetail? {
        guard let found = (report.ranked + report.unavailable).first(where: { $0.employeeID == employeeID }) else {
            return nil
        }
        let store = records
        let (profile, companies) = try await inWorkspace(report.session.workspace) {
            let profile = try await store.cachedProfile(employeeID: employeeID)
            var companies: [CompanyRecord] = []
            var seen = Set<Int>()
            for experience in profile?.value.orderedExperiences ?? [] {
                guard let companyID = experience.companyID, companyID > 0, seen.insert(companyID).inserted,
                    let record = try await store.cachedCompany(id: companyID)
                else { continue }
                companies.append(record.value)
            }
            return (profile, companies)
        }
        return ScoutPayloads.CandidateDetail(report: report, candidate: found, profile: profile, companies: companies)
    }

    /// The session's shortlist (employee ids in the order they were starred).
    public func shortlist(sessionID: SessionID, workspace: String? = nil) async throws -> [Int] {
        let id = try await activeSession(sessionID, workspace: workspace).id
        return try await pipeline.abilities.shortlistAccess().shortlist(sessionID: id)
    }

    /// Stars (`true`) or unstars one candidate of the session and returns the shortlist after it. A candidate the
    /// session does not hold is a bad input.
    public func setShortlisted(
        _ shortlisted: Bool, employeeID: Int, sessionID: SessionID, workspace: String? = nil
    ) async throws -> [Int] {
        let id = try await activeSession(sessionID, workspace: workspace).id
        let shortlists = try pipeline.abilities.shortlistAccess()
        if shortlisted {
            guard try await pipeline.store.candidates(sessionID: id).contains(where: { $0.employeeID == employeeID })
            else { throw ScoutError.badInput("session \(id) has no candidate \(employeeID)") }
        }
        try await shortlists.setShortlisted(shortlisted, employeeID: employeeID, sessionID: id, at: clock.now())
        return try await shortlists.shortlist(sessionID: id)
    }

    /// Everyone the workspace's other active sessions hold: what a hide-seen session skips.
    func peopleSeenElsewhere(_ session: SearchSession) async throws -> [SessionCandidate] {
        var seen: [SessionCandidate] = []
        var offset = 0
        while true {
            let page = try await pipeline.store.sessions(workspace: session.workspace, limit: 100, offset: offset)
            for other in page where other.id != session.id {
                seen += try await pipeline.store.candidates(sessionID: other.id)
            }
            guard page.count == 100 else { return seen }
            offset += 100
        }
    }

    private func activeSession(_ id: SessionID, workspace: String?) async throws -> SearchSession {
        guard
            let session = try await pipeline.store.session(
                id: id.rawValue, workspace: workspace ?? pipeline.session.workspace)
        else { throw ScoutError.sessionNotFound(id.rawValue) }
        return session
    }
}
