import Foundation
import ScoutCore
import Testing

/// Checks every ``JDParser`` must pass:
///
///     try await JDParserConformance.run(parser)
///
/// Each JD of the corpus parses to a non-empty role title with no blank list entries and distinct levels (the same
/// answer twice when `deterministic`); empty and blank texts throw ``ScoutError`` with code `bad_input`.
public enum JDParserConformance {
    /// Job descriptions in the shapes users paste: markdown, plain text, structured YAML and JSON.
    public static let corpus = [
        """
        # Senior Machine Learning Engineer
        We build real-time speech recognition. Experience at companies like Echowave or Parlance AI is a plus.
        ## Requirements
        - Python and PyTorch
        - Production ASR
        ## Nice to have
        - CUDA
        """,
        "Backend Engineer at Ledgerly\nWe move payments for small shops. You know Go, PostgreSQL and Kubernetes.",
        "Title: Staff Data Engineer\nLocation: Berlin\nMust have: Spark, Airflow, SQL",
        "role_title: Product Designer\nseniority: senior\nmust_have: [Figma, Prototyping]\nlocation: Remote",
        #"{"role_title": "Security Engineer", "must_have": ["SIEM", "Incident Response"], "target_domain": "cybersecurity"}"#,
    ]

    public static func run(
        _ parser: any JDParser, corpus: [String] = corpus, deterministic: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for (index, text) in corpus.enumerated() {
            let requirements = try await parser.parse(text)
            let label = "JD \(index) ('\(text.prefix(40))…')"
            #expect(!requirements.roleTitle.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "\(label): empty role title", sourceLocation: sourceLocation)
            let lists = requirements.titleKeywords + requirements.mustHaveSkills + requirements.niceToHaveSkills
                + requirements.mentionedCompanies + requirements.excludedCompanies
            #expect(lists.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
                    "\(label): a list holds a blank entry", sourceLocation: sourceLocation)
            #expect(Set(requirements.seniorityLevels).count == requirements.seniorityLevels.count,
                    "\(label): repeated seniority levels", sourceLocation: sourceLocation)
            if deterministic {
                let again = try await parser.parse(text)
                #expect(again == requirements, "\(label): parsing twice must give the same requirements",
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
