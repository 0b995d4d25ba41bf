import Foundation
public import ScoutCore

/// Dossiers for evaluator tests: a strong, a weak, a sparse and an undated candidate for a senior ML role in
/// voice AI.
public enum EvaluatorSamples {
    public static let requirements = JobRequirements(
        roleTitle: "Senior Machine Learning Engineer",
        titleKeywords: ["Machine Learning Engineer", "ML Engineer", "AI Engineer", "Applied Scientist"],
        seniorityLevels: [.senior, .staff], mustHaveSkills: ["Python", "PyTorch", "ASR", "Kaldi"],
        niceToHaveSkills: ["CUDA", "TTS"], location: "London, UK", targetDomain: "voice ai",
        mentionedCompanies: ["Echowave"], hiringCompany: "Acme Voice")

    public static let echowave = CompanyRecord(
        id: 101, name: "Echowave", website: "echowave.ai", industry: "Speech Recognition Software",
        size: "51-200 employees", description: "Echowave builds real-time speech recognition APIs.",
        specialties: ["speech recognition", "asr"])
    public static let ledgerly = CompanyRecord(
        id: 201, name: "Ledgerly", industry: "Financial Services Software", description: "Payments for small shops.",
        specialties: ["payments"])

    /// Senior ML engineer at a speech company for years, in London.
    public static let strong = dossier(
        Profile(
            employeeID: 1, fullName: "Ada Strong", headline: "Senior ML Engineer · speech recognition",
            location: "London, England, United Kingdom", country: "United Kingdom",
            experiences: [
                Experience(
                    companyID: 101, companyName: "Echowave", title: "Senior ML Engineer",
                    start: YearMonth(year: 2021, month: 3), end: nil, order: 1,
                    description: "Trained streaming ASR models in PyTorch. Shipped on-device TTS."),
                Experience(
                    companyID: 102, companyName: "Voicely", title: "Machine Learning Engineer",
                    start: YearMonth(year: 2018, month: 1), end: YearMonth(year: 2021, month: 2), order: 2),
            ],
            skills: ["Python", "PyTorch", "Kaldi", "CUDA"],
            education: [Education(school: "Imperial College London", degree: "MSc", major: "Computing", endYear: 2017)]),
        companies: [101: echowave])

    /// A junior frontend developer at a payments company, in Berlin.
    public static let weak = dossier(
        Profile(
            employeeID: 2, fullName: "Bo Weak", headline: "Frontend developer", location: "Berlin, Germany",
            experiences: [
                Experience(
                    companyID: 201, companyName: "Ledgerly", title: "Junior Frontend Developer",
                    start: YearMonth(year: 2023, month: 6), end: nil, order: 1, description: "React and CSS.")
            ],
            skills: ["React", "TypeScript"]),
        companies: [201: ledgerly])

    /// A name and nothing else.
    public static let sparse = dossier(Profile(employeeID: 3, fullName: "Cy Sparse"), companies: [:])

    /// Matching titles without dates or company records.
    public static let undated = dossier(
        Profile(
            employeeID: 4, fullName: "Di Undated",
            experiences: [
                Experience(companyID: nil, companyName: "Stealth Startup", title: "ML Engineer", start: nil, end: nil),
                Experience(
                    companyID: 0, companyName: "Soundbyte Speech", title: "Research Engineer", start: nil,
                    end: YearMonth(year: 2019)),
            ]),
        companies: [:], freshness: .stale)

    public static let cases: [EvaluatorConformance.Case] = [strong, weak, sparse, undated].map { ($0, requirements) }

    /// A dossier whose preview mirrors the profile's current role.
    public static func dossier(
        _ profile: Profile, companies: [Int: CompanyRecord], freshness: ProfileFreshness = .fetched
    ) -> CandidateDossier {
        let current = profile.currentExperience
        let preview = CandidatePreview(
            employeeID: profile.employeeID, name: profile.fullName, headline: profile.headline,
            location: profile.location, currentTitle: current?.title, currentCompany: current?.companyName)
        return CandidateDossier(preview: preview, profile: profile, companies: companies, freshness: freshness)
    }
}
