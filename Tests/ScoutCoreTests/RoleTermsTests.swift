import Foundation
import ScoutCore
import Testing

@Suite("Role terms, levels and primary roles")
struct RoleTermsTests {
    let ml = JobRequirements(
        roleTitle: "Senior Machine Learning Engineer",
        titleKeywords: ["Machine Learning Engineer", "ML Engineer", "AI Engineer", "Applied Scientist"],
        seniorityLevels: [.senior], mustHaveSkills: ["PyTorch"], targetDomain: "voice ai")

    @Test func headsAndCuesBroadenWithoutTakingEveryEngineer() {
        let terms = RoleTerms(ml)
        #expect(terms.heads == ["Engineer", "Developer", "Programmer", "Scientist", "Researcher", "Statistician"])
        #expect(terms.cues.isSuperset(of: ["machine", "learning", "ml", "ai", "applied", "pytorch", "voice"]))
        #expect(!terms.cues.contains("senior") && !terms.cues.contains("engineer"))
        #expect(terms.affinity(title: "Senior ML Engineer") == 1)
        #expect(terms.family == "ml_engineer")
        #expect(terms.affinity(title: "Applied AI Developer") == 0.8)  // what the industry also calls the role
        #expect(terms.affinity(title: "Deep Vision Developer") == 0.6)  // a head and a cue of the family
        #expect(terms.affinity(title: "Voice Platform Developer") == 0.6)
        #expect(terms.affinity(title: "Server-Side Developer") == 0)
        #expect(terms.affinity(title: "Machine Learning Advocate") == 0)  // a cue, but not an engineering head
        #expect(terms.affinity(title: nil) == 0)
        #expect(terms.sharedCues(title: "Applied AI Developer") == ["applied", "ai"])
        // A title of another family counts only when it shares the JD's own words.
        #expect(terms.affinity(title: "Embedded Software Engineer") == 0)
        #expect(terms.affinity(title: "Software Engineer, Machine Learning") == 0.6)
    }

    @Test func aRoleThatLeadsPeopleIsTitledByLevelAndArea() {
        let manager = RoleTerms(
            JobRequirements(
                roleTitle: "Engineering Manager", titleKeywords: ["Engineering Manager", "Head of Engineering"],
                seniorityLevels: [.manager], mustHaveSkills: ["Go"], targetDomain: "fintech"))
        #expect(manager.leadsPeople)
        #expect(manager.heads == ["Manager", "Team Lead", "Head", "Director"])  // never "Engineer" or "Developer"
        // The area a manager leads is named by the cue words of the function's families.
        #expect(manager.affinity(title: "Manager, Platform Services") == 0.6)
        #expect(manager.affinity(title: "Team Lead, Mobile Apps") == 0.6)
        #expect(manager.affinity(title: "Data Services Team Manager") == 0.6)
        #expect(manager.affinity(title: "Engineering Director") == 0.8)
        // An individual contributor is not related however close the words; nor a manager of another function.
        #expect(manager.affinity(title: "Principal Software Developer") == 0)
        #expect(manager.affinity(title: "Lead Backend Engineer") == 0)
        #expect(manager.affinity(title: "Manager, Sales Operations") == 0)
        #expect(manager.affinity(title: "Senior Product Manager") == 0)
        // A product manager's title names a job, not a management level.
        #expect(
            !RoleTerms(JobRequirements(roleTitle: "Senior Product Manager", seniorityLevels: [.senior])).leadsPeople)
        #expect(RoleTerms(JobRequirements(roleTitle: "Head of Data")).leadsPeople)
        #expect(Vocabulary.roleFamily(id: "engineering_manager")?.ledFunctions == ["engineering", "data"])
        #expect(
            Vocabulary.roleFamily(id: "sales")?.ledFunctions == ["go_to_market"]
                && Vocabulary.roleFamily(id: "nope") == nil)
    }

    @Test func aTwoFieldTitleTakesTheVariantsOfBothFamilies() {
        let terms = RoleTerms(
            JobRequirements(
                roleTitle: "Staff platform / infrastructure engineer",
                titleKeywords: [
                    "Backend Engineer", "Platform Engineer", "Site Reliability Engineer", "Infrastructure Engineer",
                ],
                seniorityLevels: [.staff]))
        #expect(Set(terms.families) == ["backend_engineer", "devops_engineer"])
        #expect(terms.variants.contains("Production Engineer") && terms.variants.contains("API Developer"))
        #expect(terms.affinity(title: "Staff API Developer") == 0.8)
        #expect(terms.affinity(title: "Lead Production Engineer") == 0.8)
        #expect(Set(terms.variants.map { $0.lowercased() }).count == terms.variants.count)  // each once
    }

    @Test func theVariantATitleContainsAndWhetherItsLevelReadsTwoWays() {
        let pm = RoleTerms(JobRequirements(roleTitle: "Senior Product Manager", titleKeywords: ["Product Manager"]))
        #expect(pm.variant(in: "Product Lead") == "Product Lead")
        #expect(pm.variant(in: "Senior Technical Product Owner") == "Technical Product Owner")  // the longest
        #expect(pm.variant(in: "Product Designer") == nil)
        #expect(RoleTerms.carriesAmbiguousLevel("Product Lead"))
        #expect(
            !RoleTerms.carriesAmbiguousLevel("Engineering Director")
                && !RoleTerms.carriesAmbiguousLevel("Product Owner"))
    }

    @Test func aTitleWithoutKeywordsFallsBackToItsWords() {
        let terms = RoleTerms(JobRequirements(roleTitle: "Staff Threat Hunter"))
        #expect(terms.phrases == ["threat hunter"])
        #expect(terms.family == "security_engineer")  // a thesaurus variant names the family
        #expect(terms.variants.contains("Security Engineer") && terms.heads.contains("Analyst"))
        let sales = RoleTerms(JobRequirements(roleTitle: "Account Executive", titleKeywords: ["Account Executive"]))
        #expect(sales.heads == ["Executive", "Representative", "Partner", "Manager", "Consultant", "Specialist"])
        #expect(sales.affinity(title: "Enterprise Account Partner") == 0.6)
        #expect(sales.affinity(title: "Senior Client Partner") == 0.8)
        #expect(sales.affinity(title: "Business Development Executive") == 0.8)
        #expect(sales.affinity(title: "Development Manager") == 0)  // engineering management, not sales
        #expect(sales.affinity(title: "Product Marketing Manager") == 0)
        // The market's words are not the role's: an AE for a marketing-tech company is not a product marketer.
        let martechAE = RoleTerms(
            JobRequirements(
                roleTitle: "Account Executive", titleKeywords: ["Account Executive"],
                targetDomain: "marketing tech"))
        #expect(martechAE.affinity(title: "Product Marketing Manager") == 0)
        #expect(martechAE.affinity(title: "Business Development Team Manager") == 0.8)
        let pm = RoleTerms(JobRequirements(roleTitle: "Product Manager", titleKeywords: ["Product Manager"]))
        #expect(!pm.heads.contains("Product"))  // "Product Lead" ends in a level word, not a head
        #expect(pm.affinity(title: "Product Designer") == 0)
        #expect(TitleThesaurus.family(ofTitle: "Embedded Systems Engineer") == "embedded_engineer")
        #expect(TitleThesaurus.family(ofTitle: "Systems Engineer") == "devops_engineer")
        let intern = RoleTerms(JobRequirements(roleTitle: "Software Engineering Intern"))
        #expect(intern.heads.first == "Engineer")  // the field names the head: engineering → engineer
        #expect(intern.affinity(title: "Software Engineer Intern") == 0.6)
        // Named by its field alone, the role is any of the field's specialties, and nothing outside it.
        #expect(intern.affinity(title: "UI Engineer Intern") == 0.6)
        #expect(intern.affinity(title: "Intern, iOS Engineer") == 0.6)
        #expect(intern.affinity(title: "Account Executive Intern") == 0)
        #expect(intern.affinity(title: "Sales Engineer Intern") == 0)
        let specialist = RoleTerms(JobRequirements(roleTitle: "Security Engineer"))
        #expect(specialist.affinity(title: "UI Engineer") == 0)  // a named specialty does not take the others
        let security = RoleTerms(JobRequirements(roleTitle: "Detection Engineer", targetDomain: "cybersecurity"))
        #expect(security.affinity(title: "Cyber Defense Engineer") == 0.6)  // "cyber" begins the cue "cybersecurity"
        #expect(security.sharedCues(title: "Cyber Defense Engineer") == ["cyber", "defense"])
    }

    @Test func levelsFromCommonTitleConventions() {
        #expect(Seniority.infer(fromTitle: "Snr. Backend Developer") == .senior)
        #expect(Seniority.infer(fromTitle: "Software Engineer III") == .senior)
        #expect(Seniority.infer(fromTitle: "Software Engineer II") == .mid)
        #expect(Seniority.infer(fromTitle: "Software Engineer I") == .junior)
        #expect(Seniority.infer(fromTitle: "Data Engineer IV") == .staff)
        #expect(Seniority.infer(fromTitle: "Entry-Level Data Analyst") == .junior)
        #expect(Seniority.infer(fromTitle: "Working Student, Software Development") == .intern)
        #expect(Seniority.infer(fromTitle: "Team Lead, Platform") == .manager)
        #expect(Seniority.infer(fromTitle: "Lead Engineer") == .staff)
        #expect(Seniority.infer(fromTitle: "VP Engineering") == .vp)
        #expect(Seniority.infer(fromTitle: "Backend Engineer") == .mid)
        #expect(Seniority.levelsApart(title: "Junior ML Engineer", from: [.senior, .staff]) == 2)
        #expect(Seniority.levelsApart(title: "Staff ML Engineer", from: [.senior, .staff]) == 0)
        #expect(Seniority.levelsApart(title: nil, from: [.senior]) == 0)
        #expect(Seniority.levelsApart(title: "Intern", from: []) == 0)
        #expect(JobRequirements.alternatives("Go or Rust") == ["Go", "Rust"])
        #expect(JobRequirements.alternatives("PostgreSQL") == ["PostgreSQL"])
    }

    @Test func theCurrentRoleIsTheMainJobNotTheAdvisorySeat() {
        let profile = Profile(
            employeeID: 1, fullName: "A",
            experiences: [
                Experience(
                    companyID: 9, companyName: "Side Co", title: "Technical Advisor", start: YearMonth(year: 2025),
                    end: nil, order: 1),
                Experience(
                    companyID: 7, companyName: "Main Co", title: "Senior Backend Engineer",
                    start: YearMonth(year: 2020), end: nil, order: 2),
            ])
        #expect(profile.currentExperience?.companyName == "Main Co")
        #expect(profile.experiences[0].isAdvisory && !profile.experiences[1].isAdvisory)
        let onlyAdvisor = Profile(
            employeeID: 2, fullName: "B",
            experiences: [
                Experience(
                    companyID: 9, companyName: "Side Co", title: "Board Member", start: YearMonth(year: 2025), end: nil,
                    order: 1)
            ])
        #expect(onlyAdvisor.currentExperience?.companyName == "Side Co")
    }
}
