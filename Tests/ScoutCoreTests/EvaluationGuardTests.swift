import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// An evaluator that praises everyone with facts it made up: what an LLM can do on a bad day.
struct FlatteringEvaluator: CandidateEvaluator {
    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        let title = dossier.profile.currentExperience?.title ?? "?"
        return Evaluation(
            overall: 9.5, domainFit: 9, experienceMatch: 9,
            strengths: [
                EvidencePoint("Current title fits", facts: ["experience[0].title: \(title)"]),
                EvidencePoint("Led ASR at Google", facts: ["experience[0].company: Google"]),
            ],
            concerns: [], unknowns: [], recommendation: .strongFit, summary: "Great.", evaluator: "flatterer")
    }
}

@Suite("Every evaluator's answer passes the honesty checks")
struct EvaluationGuardTests {
    @Test func claimsWithoutTheirFactsAreDroppedAndLevelsCapTheVerdict() async throws {
        let t = try await TestPipeline.make()
        let orchestrator = t.orchestrator { $0.evaluator = FlatteringEvaluator() }
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 40)
        #expect(!result.newCandidates.isEmpty)
        for candidate in result.newCandidates {
            let e = try #require(candidate.evaluation)
            #expect(!e.strengths.contains { $0.text == "Led ASR at Google" })
            #expect(e.unknowns.contains("claim dropped, its cited facts are not in the profile: Led ASR at Google"))
            let apart = Seniority.levelsApart(title: candidate.preview.currentTitle, from: [.senior])
            if apart == 1 { #expect(e.overall == 7.9 && e.recommendation == .goodFit) }
            if apart == 0 { #expect(e.overall == 9.5 && e.recommendation == .strongFit) }
        }
        #expect(
            result.newCandidates.contains {
                Seniority.levelsApart(title: $0.preview.currentTitle, from: [.senior]) == 1
            })
    }

    @Test func aPlaceOutsideTheJDsCapsTheVerdictEvenWhenOnlyTheCurrentRoleSaysIt() {
        let praise = Evaluation(
            overall: 9.5, domainFit: 9, experienceMatch: 9, strengths: [], concerns: [], unknowns: [],
            recommendation: .strongFit, summary: "Great.", evaluator: "x")
        func dossier(profileLocation: String?, roleLocation: String?) -> CandidateDossier {
            let role = Experience(
                companyID: 1, companyName: "Calcore", title: "Account Executive",
                start: YearMonth(year: 2024), end: nil, order: 1, location: roleLocation)
            return CandidateDossier(
                preview: CandidatePreview(employeeID: 1, name: "A"),
                profile: Profile(employeeID: 1, fullName: "A", location: profileLocation, experiences: [role]),
                companies: [:], freshness: .fetched)
        }
        let requirements = JobRequirements(
            roleTitle: "Account Executive", location: "Remote — anywhere in North America")
        let abroad = EvaluationGuard.apply(
            praise, dossier: dossier(profileLocation: nil, roleLocation: "Mexico City, Mexico"),
            requirements: requirements)
        #expect(abroad.overall == 6.4 && abroad.recommendation == .moderateFit)
        #expect(abroad.unknowns.contains { $0.contains("outside the places the JD accepts") })
        let home = EvaluationGuard.apply(
            praise,
            dossier: dossier(
                profileLocation: "Boston, Massachusetts, United States",
                roleLocation: "Mexico City, Mexico"), requirements: requirements)
        #expect(home.overall == 9.5)  // the profile's own place wins over an old office
        let unknown = EvaluationGuard.apply(
            praise, dossier: dossier(profileLocation: nil, roleLocation: nil), requirements: requirements)
        #expect(unknown.overall == 9.5)  // unknown stays unknown
    }

    @Test func claimsTheirOwnFactsContradictAreFoundAndDropped() {
        let requirements = JobRequirements(
            roleTitle: "Staff Engineer", seniorityLevels: [.staff], location: "London, United Kingdom")
        let evaluation = Evaluation(
            overall: 8, domainFit: 8, experienceMatch: 8,
            strengths: [
                EvidencePoint(
                    "Located where the role is (London)", facts: ["location: Seattle, Washington, United States"]),
                EvidencePoint(
                    "Title reads as staff, as the role asks (staff)", facts: ["experience[0].title: Junior Engineer"]),
                EvidencePoint(
                    "Title reads as staff, as the role asks (staff)", facts: ["experience[0].title: Staff Engineer"]),
                EvidencePoint("Located where the role is (London)", facts: ["experience[0].location: London, UK"]),
            ],
            concerns: [
                EvidencePoint("Located outside the role's places (London)", facts: ["location: Greater London"])
            ],
            unknowns: [], recommendation: .goodFit, summary: "", evaluator: "x")
        let found = ClaimAudit.contradictions(evaluation, requirements: requirements)
        #expect(found.count == 3)
        #expect(found.contains { $0.hasPrefix("Located where the role is (London) — the place it cites (Seattle") })
        #expect(found.contains { $0.contains("(Junior Engineer) reads 3 level(s)") })
        #expect(found.contains { $0.hasPrefix("Located outside") })
        let profile = Profile(
            employeeID: 1, fullName: "A", location: "Seattle, Washington, United States",
            experiences: [
                Experience(
                    companyID: 1, companyName: "X", title: "Junior Engineer", start: YearMonth(year: 2024), end: nil,
                    order: 1,
                    location: "London, UK")
            ])
        let dossier = CandidateDossier(
            preview: CandidatePreview(employeeID: 1, name: "A"), profile: profile, companies: [:], freshness: .fetched)
        let guarded = EvaluationGuard.apply(evaluation, dossier: dossier, requirements: requirements)
        #expect(ClaimAudit.contradictions(guarded, requirements: requirements).isEmpty)
        // the others cite facts the profile lacks
        #expect(guarded.unknowns.filter { $0.hasPrefix("claim dropped, its cited facts say otherwise") }.count == 2)
    }

    @Test func failedEvaluationsPassUnchanged() {
        let failed = Evaluation.failed(evaluator: "x", reason: "timeout")
        let dossier = CandidateDossier(
            preview: CandidatePreview(employeeID: 1, name: "A"), profile: Profile(employeeID: 1, fullName: "A"),
            companies: [:], freshness: .fetched)
        #expect(
            EvaluationGuard.apply(failed, dossier: dossier, requirements: JobRequirements(roleTitle: "X")) == failed)
    }
}

/// An evaluator whose key the vendor rejects: every call fails the same way.
struct RejectedKeyEvaluator: CandidateEvaluator {
    func evaluate(_ dossier: CandidateDossier, for requirements: JobRequirements) async throws -> Evaluation {
        throw ScoutError(.config, "Anthropic rejected the API key from ANTHROPIC_API_KEY (HTTP 401)")
    }
}

@Suite("An evaluator nobody can use stops the search")
struct UnusableEvaluatorTests {
    @Test func aRejectedKeyStopsWithItsReasonInsteadOfFailingEveryCandidate() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}")
        let orchestrator = t.orchestrator { $0.evaluator = RejectedKeyEvaluator() }
        let result = try await orchestrator.search(jd: TestPipeline.voiceJD, count: 40)
        #expect(result.failure?.code == .evaluatorFailed)
        #expect(result.failure?.message.contains("rejected the API key") == true)
        // No more profiles bought than were in flight together; those are kept as FAILED for a rescore.
        #expect(t.people.counts.profileCollects <= orchestrator.pipeline.session.concurrency)
        let report = try await orchestrator.report(sessionID: result.session.sessionID)
        #expect(report.ranked.count == t.people.counts.profileCollects)
        #expect(report.ranked.allSatisfy { $0.evaluation?.status == .failed })
    }
}
