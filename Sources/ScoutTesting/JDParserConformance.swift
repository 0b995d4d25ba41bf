import Foundation
public import ScoutCore
public import Testing

/// Checks every ``JDParser`` must pass:
///
///     try await JDParserConformance.run(parser)
///
/// Each JD of the corpus parses to a non-empty role title with no blank list entries and distinct levels (the same
/// answer twice when `deterministic`), and fills the fields its ``Sample`` says any parser reads from it (the ones the
/// heuristic parser fills); empty and blank texts throw ``ScoutError`` with code `bad_input`.
public enum JDParserConformance {
    /// A JD and what every parser must read from it. Names compare case-insensitively; a list must contain the
    /// entries given (it may hold more); `location` must contain the text given.
    public struct Sample: Sendable {
        public var text: String
        public var roleTitle: String
        public var seniority: [Seniority]
        public var mustHave: [String]
        public var niceToHave: [String]
        public var location: String?
        /// The JD states its market, so `targetDomain` must be set (its wording is the parser's).
        public var namesMarket: Bool
        public var mentionedCompanies: [String]
        public var hiringCompany: String?

        public init(
            _ text: String, roleTitle: String, seniority: [Seniority] = [], mustHave: [String] = [],
            niceToHave: [String] = [],
            location: String? = nil, namesMarket: Bool = false, mentionedCompanies: [String] = [],
            hiringCompany: String? = nil
        ) {
            self.text = text
            self.roleTitle = roleTitle
            self.seniority = seniority
            self.mustHave = mustHave
            self.niceToHave = niceToHave
            self.location = location
            self.namesMarket = namesMarket
            self.mentionedCompanies = mentionedCompanies
            self.hiringCompany = hiringCompany
        }

        /// The fields `requirements` misses or gets wrong, by name.
        public func misses(in requirements: JobRequirements) -> [String] {
            func same(_ a: String, _ b: String) -> Bool {
                a.caseInsensitiveCompare(b.trimmingCharacters(in: .whitespaces)) == .orderedSame
            }
            func holds(_ list: [String], _ wanted: [String]) -> Bool {
                wanted.allSatisfy { w in list.contains { same(w, $0) } }
            }
            var misses: [String] = []
            if !same(roleTitle, requirements.roleTitle) {
                misses.append("role_title '\(requirements.roleTitle)' (want '\(roleTitle)')")
            }
            if Set(seniority) != Set(requirements.seniorityLevels) {
                misses.append(
                    "seniority_levels \(requirements.seniorityLevels.map(\.rawValue)) (want \(seniority.map(\.rawValue)))"
                )
            }
            if !holds(requirements.mustHaveSkills, mustHave) {
                misses.append("must_have_skills \(requirements.mustHaveSkills) (want \(mustHave))")
            }
            if !holds(requirements.niceToHaveSkills, niceToHave) {
                misses.append("nice_to_have_skills \(requirements.niceToHaveSkills) (want \(niceToHave))")
            }
            if let location, requirements.location?.localizedCaseInsensitiveContains(location) != true {
                misses.append("location \(requirements.location ?? "nil") (want '\(location)')")
            }
            if namesMarket, requirements.targetDomain?.isEmpty ?? true {
                misses.append("target_domain nil (the JD names its market)")
            }
            if !holds(requirements.mentionedCompanies, mentionedCompanies) {
                misses.append("mentioned_companies \(requirements.mentionedCompanies) (want \(mentionedCompanies))")
            }
            if let hiringCompany, !same(hiringCompany, requirements.hiringCompany ?? "") {
                misses.append("hiring_company \(requirements.hiringCompany ?? "nil") (want '\(hiringCompany)')")
            }
            return misses
        }
    }

    /// Job descriptions in the shapes users paste: markdown, plain text, structured YAML and JSON.
    public static let samples = [
        Sample(
            """
            # Senior Machine Learning Engineer
            We build real-time speech recognition. Experience at companies like Echowave or Parlance AI is a plus.
            ## Requirements
            - Python and PyTorch
            - Production ASR
            ## Nice to have
            - CUDA
            """,
            roleTitle: "Senior Machine Learning Engineer", seniority: [.senior],
            mustHave: ["Python", "PyTorch", "ASR"],
            niceToHave: ["CUDA"], namesMarket: true, mentionedCompanies: ["Echowave", "Parlance AI"]),
        Sample(
            "Backend Engineer at Ledgerly\nWe move payments for small shops. You know Go, PostgreSQL and Kubernetes.",
            roleTitle: "Backend Engineer", mustHave: ["Go", "PostgreSQL", "Kubernetes"], namesMarket: true,
            hiringCompany: "Ledgerly"),
        Sample(
            "Title: Staff Data Engineer\nLocation: Berlin\nMust have: Spark, Airflow, SQL",
            roleTitle: "Staff Data Engineer", seniority: [.staff], mustHave: ["Spark", "Airflow", "SQL"],
            location: "Berlin"),
        Sample(
            "role_title: Product Designer\nseniority: senior\nmust_have: [Figma, Prototyping]\nlocation: Remote",
            roleTitle: "Product Designer", seniority: [.senior], mustHave: ["Figma", "Prototyping"], location: "Remote"),
        Sample(
            #"{"role_title": "Security Engineer", "must_have": ["SIEM", "Incident Response"], "target_domain": "cybersecurity"}"#,
            roleTitle: "Security Engineer", mustHave: ["SIEM", "Incident Response"], namesMarket: true),
    ]

    /// The texts of ``samples``.
    public static var corpus: [String] { samples.map(\.text) }

    public static func run(
        _ parser: any JDParser, samples: [Sample] = samples, deterministic: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for (index, sample) in samples.enumerated() {
            let requirements = try await parser.parse(sample.text)
            let label = "JD \(index) ('\(sample.text.prefix(40))…')"
            #expect(
                !requirements.roleTitle.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(label): empty role title", sourceLocation: sourceLocation)
            let lists =
                requirements.titleKeywords + requirements.mustHaveSkills + requirements.niceToHaveSkills
                + requirements.mentionedCompanies + requirements.excludedCompanies
            #expect(
                lists.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
                "\(label): a list holds a blank entry", sourceLocation: sourceLocation)
            #expect(!requirements.titleKeywords.isEmpty, "\(label): no title keywords", sourceLocation: sourceLocation)
            #expect(
                Set(requirements.seniorityLevels).count == requirements.seniorityLevels.count,
                "\(label): repeated seniority levels", sourceLocation: sourceLocation)
            let misses = sample.misses(in: requirements)
            #expect(
                misses.isEmpty, "\(label) misses: \(misses.joined(separator: "; "))", sourceLocation: sourceLocation)
            if deterministic {
                let again = try await parser.parse(sample.text)
                #expect(
                    again == requirements, "\(label): parsing twice must give the same requirements",
                    sourceLocation: sourceLocation)
            }
        }
        for blank in ["", "   \n\t  \n"] {
            await #expect(sourceLocation: sourceLocation) {
                _ = try await parser.parse(blank)
            } throws: { error in
                (error as? ScoutError)?.code == .badInput
            }
        }
    }
}
