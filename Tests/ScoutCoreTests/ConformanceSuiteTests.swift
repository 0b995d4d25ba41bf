import Foundation
import ScoutCore
import ScoutTesting
import Testing

/// The shared suites catch what they claim to: each is run here on a deliberately broken implementation and must
/// record issues (`withKnownIssue` fails when none is recorded).
@Suite("conformance suites catch broken implementations")
struct ConformanceSuiteTests {
    /// Ignores `maxResults` and the domain filters, and repeats its first hit.
    struct CarelessWebSearch: WebSearch {
        func search(_ query: WebQuery) async throws -> [WebResult] {
            let hits = (1...12).map {
                WebResult(title: "Hit \($0)", url: "https://site\($0 % 4).example/\($0)", content: "", score: 1)
            }
            return hits + hits.prefix(1)
        }
    }

    /// Reads only the first line as the role, and nothing else.
    struct FirstLineParser: JDParser {
        func parse(_ text: String) async throws -> JobRequirements {
            let line = text.split(separator: "\n").first.map(String.init) ?? ""
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { throw ScoutError.badInput("empty") }
            return JobRequirements(roleTitle: line, titleKeywords: [line])
        }
    }

    @Test func webSearchSuiteCatchesIgnoredLimitsAndDomains() async throws {
        await withKnownIssue { try await WebSearchConformance.run(CarelessWebSearch(), query: "anything") }
    }

    @Test func jdParserSuiteCatchesUnfilledFields() async throws {
        await withKnownIssue { try await JDParserConformance.run(FirstLineParser()) }
        let misses = JDParserConformance.samples[2].misses(
            in: try await FirstLineParser().parse(JDParserConformance.samples[2].text))
        #expect(
            misses.map { $0.prefix(while: { $0 != " " }) } == [
                "role_title", "seniority_levels", "must_have_skills", "location",
            ])
    }

    @Test func evaluatorCheckCatchesAFailureReasonOutOfPlace() {
        let dossier = EvaluatorSamples.strong
        var failed = Evaluation.failed(evaluator: "x", reason: "boom")
        EvaluatorConformance.check(failed, dossier: dossier)
        failed.failureReason = " "
        withKnownIssue { EvaluatorConformance.check(failed, dossier: dossier) }
        var ok = Evaluation(
            overall: 5, domainFit: 5, experienceMatch: 5, strengths: [], concerns: [],
            recommendation: .moderateFit, summary: "middling", evaluator: "x")
        EvaluatorConformance.check(ok, dossier: dossier)
        ok.failureReason = "left over"
        withKnownIssue { EvaluatorConformance.check(ok, dossier: dossier) }
    }
}
