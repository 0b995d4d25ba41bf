import Foundation
import HeuristicEvaluator
import ScoutCore
import ScoutTesting
import Testing

/// The heuristic evaluator on inline profiles.
@Suite struct EvaluatorTests {
    let evaluator = HeuristicEvaluator(now: YearMonth(year: 2025, month: 6))
    let requirements = EvaluatorSamples.requirements

    @Test func strongProfileScoresHigh() async throws {
        let e = try await evaluator.evaluate(EvaluatorSamples.strong, for: requirements)
        #expect([.strongFit, .goodFit].contains(e.recommendation), "\(e.overall)")
        #expect(e.domainFit >= 8)
        #expect(e.experienceMatch >= 7)
        #expect(e.evaluator == "heuristic")
        #expect(
            e.strengths.contains { $0.facts.contains("experience[0].company: Echowave (Speech Recognition Software)") })
        #expect(e.strengths.contains { $0.facts.contains("skills: PyTorch") })
        #expect(e.strengths.contains { $0.facts.contains("experience[0].dates: 2021-03 – present") })
        #expect(e.strengths.contains { $0.facts.contains("location: London, England, United Kingdom") })
        #expect(e.unknowns.isEmpty, "\(e.unknowns)")
        #expect(!e.summary.isEmpty && e.summary.contains("Senior ML Engineer at Echowave"))
    }

    @Test func aSkillIsShownUnderAnyOfItsNames() async throws {
        var requirements = requirements
        requirements.mustHaveSkills = ["Go or Rust", "Kubernetes", "PostgreSQL"]
        var dossier = EvaluatorSamples.strong
        dossier.profile.skills = ["Golang", "K8s", "Terraform"]
        let e = try await evaluator.evaluate(dossier, for: requirements)
        let shown = try #require(e.strengths.first { $0.text.hasPrefix("Shows 2 of 3 must-have skills") })
        #expect(shown.facts == ["skills: Golang", "skills: K8s"])
        #expect(e.unknowns.contains { $0.contains("'PostgreSQL' not shown") })
        // the name as asked, then the others
        #expect(SkillAliases.names(for: "postgresql") == ["postgresql", "Postgres"])
        #expect(SkillAliases.names(for: "Erlang") == ["Erlang"])
    }

    @Test func weakProfileScoresWeak() async throws {
        let e = try await evaluator.evaluate(EvaluatorSamples.weak, for: requirements)
        #expect(e.recommendation == .weakFit, "\(e.overall)")
        #expect(e.concerns.contains { $0.facts == ["experience[0].title: Junior Frontend Developer"] })
        #expect(e.concerns.contains { $0.facts == ["experience[0].company: Ledgerly (Financial Services Software)"] })
        #expect(e.concerns.contains { $0.facts == ["location: Berlin, Germany"] })
        #expect(e.unknowns.contains("must-have 'Kaldi' not shown in profile — unknown, not assumed absent"))
    }

    @Test func unknownsAreReportedNotGuessed() async throws {
        let e = try await evaluator.evaluate(EvaluatorSamples.sparse, for: requirements)
        #expect(e.strengths.isEmpty && e.concerns.isEmpty)
        #expect(e.unknowns.contains("location not stated in profile"))
        #expect(e.unknowns.contains("no education listed"))
        #expect(e.unknowns.contains("no experience titles in profile"))
        #expect(e.recommendation == .weakFit)

        let u = try await evaluator.evaluate(EvaluatorSamples.undated, for: requirements)
        #expect(
            u.unknowns.contains {
                $0.hasPrefix("start date of experience[0] (ML Engineer at Stealth Startup) not shown")
            })
        #expect(u.unknowns.contains { $0.hasPrefix("industry of Stealth Startup not known") } == false)
        #expect(u.strengths.contains { $0.facts == ["experience[1].company: Soundbyte Speech"] })
        #expect(u.unknowns.contains { $0.contains("stale cache") })
    }

    @Test func everyPointCitesProfileFacts() async throws {
        for (dossier, requirements) in EvaluatorSamples.cases {
            let e = try await evaluator.evaluate(dossier, for: requirements)
            #expect(ProfileFactCheck.problems(in: e, dossier: dossier).isEmpty)
            #expect((e.strengths + e.concerns).allSatisfy { !$0.facts.isEmpty })
        }
    }

    @Test func inventedFactIsCaught() {
        var e = evaluator.evaluateSync(EvaluatorSamples.strong, for: requirements)
        e.strengths.append(EvidencePoint("Led a team at Google", facts: ["experience[0].company: Google"]))
        e.concerns.append(EvidencePoint("No facts", facts: []))
        #expect(ProfileFactCheck.problems(in: e, dossier: EvaluatorSamples.strong).count == 2)
    }

    @Test func deterministicAndConfigurable() async throws {
        let a = try await evaluator.evaluate(EvaluatorSamples.strong, for: requirements)
        let b = try await evaluator.evaluate(EvaluatorSamples.strong, for: requirements)
        #expect(a == b)
        var config = HeuristicEvaluator.Config()
        config.domainWeight = 0
        config.locationWeight = 0
        let noDomain = HeuristicEvaluator(config: config, now: YearMonth(year: 2025, month: 6), id: "h2")
        let weak = try await noDomain.evaluate(EvaluatorSamples.weak, for: requirements)
        #expect(weak.evaluator == "h2")
        #expect(config.validate().isEmpty)
        config.targetYears = 0
        #expect(config.validate().map(\.key) == ["target_years"])
    }

    @Test func tenureCountsOverlapsOnce() {
        let profile = Profile(
            employeeID: 9, fullName: "Ed Overlap",
            experiences: [
                Experience(
                    companyID: nil, companyName: "A", title: "ML Engineer", start: YearMonth(year: 2020, month: 1),
                    end: YearMonth(year: 2022, month: 1)),
                Experience(
                    companyID: nil, companyName: "B", title: "AI Engineer", start: YearMonth(year: 2021, month: 1),
                    end: YearMonth(year: 2022, month: 1)),
            ])
        let e = evaluator.evaluateSync(EvaluatorSamples.dossier(profile, companies: [:]), for: requirements)
        #expect(!e.strengths.contains { $0.text.hasPrefix("3.0 years") })
        #expect(e.concerns.contains { $0.text.hasPrefix("Last Machine Learning Engineer role ended 3.4 years ago") })
    }

    @Test func levelDistanceCapsTheRecommendation() async throws {
        func person(_ title: String) -> CandidateDossier {
            EvaluatorSamples.dossier(
                Profile(
                    employeeID: 9, fullName: "Lev El", headline: "\(title) · speech recognition",
                    location: "London, England, United Kingdom", country: "United Kingdom",
                    experiences: [
                        Experience(
                            companyID: 101, companyName: "Echowave", title: title,
                            start: YearMonth(year: 2019, month: 3), end: nil, order: 1,
                            description: "Trained streaming ASR models in PyTorch with Kaldi.")
                    ],
                    skills: ["Python", "PyTorch", "Kaldi", "ASR", "CUDA", "TTS"]),
                companies: [101: EvaluatorSamples.echowave])
        }
        // The cap is `EvaluationGuard`'s, which the orchestrator applies to every evaluator's answer.
        func checked(_ title: String) async throws -> Evaluation {
            let dossier = person(title)
            return EvaluationGuard.apply(
                try await evaluator.evaluate(dossier, for: requirements), dossier: dossier, requirements: requirements)
        }
        let asked = try await checked("Senior ML Engineer")
        let oneOff = try await checked("ML Engineer")
        let farOff = try await checked("Junior ML Engineer")
        #expect(asked.recommendation == .strongFit, "\(asked.overall)")
        #expect(oneOff.overall <= 7.9 && oneOff.recommendation != .strongFit)
        #expect(farOff.overall <= 6.4 && [.moderateFit, .weakFit].contains(farOff.recommendation))
    }

    @Test func aRelatedTitleIsPartCreditAndSaysWhy() async throws {
        let dossier = EvaluatorSamples.dossier(
            Profile(
                employeeID: 10, fullName: "Rel Ated",
                experiences: [
                    Experience(
                        companyID: 101, companyName: "Echowave", title: "Senior Deep Vision Developer",
                        start: YearMonth(year: 2020, month: 1), end: nil, order: 1)
                ]), companies: [101: EvaluatorSamples.echowave])
        let e = try await evaluator.evaluate(dossier, for: requirements)
        #expect(e.strengths.contains { $0.text.contains("related to the") && $0.text.contains("'deep'") })
        #expect(
            e.strengths.contains {
                $0.facts == [
                    "experience[0].title: Senior Deep Vision Developer",
                    "experience[0].company: Echowave (Speech Recognition Software)",
                ]
            })
    }

    @Test func anotherNameForTheRoleIsTheRoleUnlessItsLevelReadsTwoWays() async throws {
        func title(_ title: String, for requirements: JobRequirements) async throws -> Evaluation {
            let dossier = EvaluatorSamples.dossier(
                Profile(
                    employeeID: 12, fullName: "Var Iant",
                    experiences: [
                        Experience(
                            companyID: 101, companyName: "Echowave", title: title,
                            start: YearMonth(year: 2020, month: 1), end: nil, order: 1)
                    ]), companies: [101: EvaluatorSamples.echowave])
            return try await evaluator.evaluate(dossier, for: requirements)
        }
        let ae = JobRequirements(roleTitle: "Account Executive", titleKeywords: ["Account Executive"])
        let partner = try await title("Client Partner", for: ae)
        #expect(
            partner.strengths.contains { $0.text == "Current title is another name for the Account Executive role" })
        let pm = JobRequirements(
            roleTitle: "Senior Product Manager", titleKeywords: ["Product Manager"], seniorityLevels: [.senior])
        let owner = try await title("Senior Product Strategist", for: pm),
            lead = try await title("Product Lead", for: pm)
        #expect(owner.strengths.contains { $0.text.hasPrefix("Current title is another name") })
        // "Lead" may be a staff-level individual or a team's manager: the variant is credited, not in full.
        #expect(lead.strengths.contains { $0.text.hasPrefix("Current title is another name") })
        #expect(lead.recommendation != .strongFit)
    }

    @Test func aManagerWhoCameUpThroughTheFunctionIsTheRole() async throws {
        let em = JobRequirements(
            roleTitle: "Engineering Manager", titleKeywords: ["Engineering Manager"],
            seniorityLevels: [.manager])
        func manager(_ earlier: String?) -> CandidateDossier {
            var experiences = [
                Experience(
                    companyID: 101, companyName: "Echowave", title: "Team Lead, Platform Services",
                    start: YearMonth(year: 2021, month: 1), end: nil, order: 1)
            ]
            if let earlier {
                experiences.append(
                    Experience(
                        companyID: 102, companyName: "Vox Labs", title: earlier,
                        start: YearMonth(year: 2016, month: 1), end: YearMonth(year: 2020, month: 12), order: 2))
            }
            return EvaluatorSamples.dossier(
                Profile(employeeID: 13, fullName: "Lea Der", experiences: experiences),
                companies: [101: EvaluatorSamples.echowave])
        }
        let cameUp = try await evaluator.evaluate(manager("Senior API Developer"), for: em)
        let strength = try #require(
            cameUp.strengths.first { $0.text.hasPrefix("Current title leads a team of the role's function") })
        #expect(strength.facts.contains("experience[1].title: Senior API Developer"))
        #expect(ProfileFactCheck.problems(in: cameUp, dossier: manager("Senior API Developer")).isEmpty)
        // Without that path the title is only related.
        let unknownPath = try await evaluator.evaluate(manager(nil), for: em)
        #expect(
            unknownPath.strengths.contains {
                $0.text.hasPrefix("Current title is related to the Engineering Manager role")
            })
        let fromSales = try await evaluator.evaluate(manager("Account Executive"), for: em)
        #expect(!fromSales.strengths.contains { $0.text.hasPrefix("Current title leads") })
        #expect(cameUp.overall > unknownPath.overall)
    }

    @Test func aDiscoveredEmployerIsMarketEvidenceAndStrongFitNeedsEverything() async throws {
        let profile = Profile(
            employeeID: 11, fullName: "Dee Scovered", location: "London, England, United Kingdom",
            country: "United Kingdom",
            experiences: [
                Experience(
                    companyID: 555, companyName: "Quietvox", title: "Senior ML Engineer",
                    start: YearMonth(year: 2019, month: 1), end: nil, order: 1)
            ],
            skills: ["Python", "PyTorch", "ASR", "Kaldi", "CUDA", "TTS"])
        let quietvox = Company(
            name: "Quietvox", vendorID: 555, source: .seedExpansion, confidence: 0.9,
            evidence: ["https://www.g2.com/products/echowave/competitors/alternatives"])
        var dossier = EvaluatorSamples.dossier(profile, companies: [:])
        dossier.discovered = [555: quietvox]
        let e = try await evaluator.evaluate(dossier, for: requirements)
        #expect(
            e.strengths.contains {
                $0.facts.contains(
                    "discovery.seed_expansion: https://www.g2.com/products/echowave/competitors/alternatives")
            })
        #expect(ProfileFactCheck.problems(in: e, dossier: dossier).isEmpty)
        #expect(e.recommendation == .strongFit, "\(e.overall)")

        var elsewhere = dossier
        elsewhere.profile.location = "Seattle, Washington, United States"
        elsewhere.profile.country = "United States"
        let moved = try await evaluator.evaluate(elsewhere, for: requirements)
        #expect(moved.recommendation != .strongFit)
        #expect(moved.concerns.contains { $0.text.hasPrefix("Located outside the role's places") })
        #expect(!moved.strengths.contains { $0.text.hasPrefix("Located") })
    }

    @Test func anAlternativeIsMetByEitherSkill() async throws {
        var alternatives = requirements
        alternatives.mustHaveSkills = ["Kaldi or ESPnet", "Rust or Go"]
        let e = try await evaluator.evaluate(EvaluatorSamples.strong, for: alternatives)
        #expect(e.strengths.contains { $0.text == "Shows 1 of 2 must-have skills: Kaldi or ESPnet" })
        #expect(e.unknowns.contains("must-have 'Rust or Go' not shown in profile — unknown, not assumed absent"))
    }
}
