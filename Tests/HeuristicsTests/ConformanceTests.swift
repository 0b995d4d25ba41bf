import CoreMetrics
import Foundation
import HeuristicEvaluator
import HeuristicJDParser
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// The shared suites, run against the heuristic plugins and through their factories.
@Suite struct ConformanceTests {
    @Test func evaluatorConformance() async throws {
        try await EvaluatorConformance.run(
            HeuristicEvaluator(now: YearMonth(year: 2025, month: 6)), deterministic: true)
    }

    @Test func jdParserConformance() async throws {
        try await JDParserConformance.run(HeuristicJDParser())
    }

    @Test func factories() async throws {
        let context = BuildContext(
            id: "heuristic_eval", path: "evaluators[0]", logger: Logger(label: "scout.tests.heuristics"),
            metrics: NOOPMetricsHandler.instance,
            clock: ManualClock(), secrets: SecretResolver(environment: [:]), dataDirectory: URL(fileURLWithPath: "/tmp")
        )
        #expect(HeuristicEvaluator.factory.type == "heuristic")
        #expect(HeuristicJDParser.factory.type == "heuristic")
        let evaluator = try await HeuristicEvaluator.factory.makeDefault(context: context)
        let e = try await evaluator.evaluate(EvaluatorSamples.strong, for: EvaluatorSamples.requirements)
        #expect(e.evaluator == "heuristic_eval")
        let parser = try await HeuristicJDParser.factory.makeDefault(context: context)
        #expect(try await parser.parse("Title: Data Engineer").roleTitle == "Data Engineer")
    }
}
