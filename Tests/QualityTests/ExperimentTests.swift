import Foundation
import Logging
import SampleWorld
import ScoutCore
import ScoutPlugins
import ScoutQuality
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("scout ab experiments")
struct ExperimentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func runner() throws -> ExperimentRunner {
        ExperimentRunner(
            registry: try BuiltinPlugins.registry(), baseYAML: DefaultConfig.yaml, baseFile: "plugins.yaml",
            baseOverrides: [try ConfigOverride(parsing: "store={type: memory}")],
            runtime: RuntimeContext(logger: Logger(label: "test")), workspace: "ab-test")
    }

    func voiceCase() throws -> ExperimentCase {
        let suite = try ExperimentCase.suite(directory: Self.root.appendingPathComponent("docs/quality/suite").path)
        return try #require(suite.first { $0.truth?.domain == "voice_ai" })
    }

    @Test func armsParseOverridesAndNameTheirErrors() throws {
        let arm = try ExperimentArm(parsing: "wide:discovery[1].max_queries=2,session.candidates_per_batch=10")
        #expect(arm.name == "wide")
        #expect(arm.overrides.map(\.path) == ["discovery[1].max_queries", "session.candidates_per_batch"])
        #expect(try ExperimentArm(parsing: "base").overrides.isEmpty)
        #expect(throws: ScoutError.self) { try ExperimentArm(parsing: "x:store.path=/tmp/a") }
        #expect(throws: ScoutError.self) { try ExperimentArm(parsing: "x:batching.batch_size") }
        do {
            _ = try runner().config(try ExperimentArm(parsing: "size3:batching.batch_sise=3").overrides)
            Issue.record("accepted a misspelt key")
        } catch let error as ConfigError {
            #expect(
                error.description
                    == "--arm size3:batching.batch_sise=3: batching.batch_sise: unknown key; did you mean 'batch_size'? (valid: type, id, enabled, batch_size)"
            )
        }
        let config = try runner().config(try ExperimentArm(parsing: "sen:batching.type=seniority_variation").overrides)
        #expect(config.batching.type == "seniority_variation")
    }

    @Test func sameSeedSameConfigSameNumbers() async throws {
        let plan = ExperimentPlan(
            arms: [try ExperimentArm(parsing: "size3:batching.batch_size=3"), try ExperimentArm(parsing: "size5")],
            cases: [try voiceCase()], worlds: [.standard, .paraphrased], target: .candidates(40), concurrency: 2)
        let first = try await runner().run(plan), second = try await runner().run(plan)
        func stable(_ report: ExperimentReport) -> [RunMeasurement] {
            report.runs.map {
                var run = $0; run.seconds = 0; run.sessionID = nil; run.creditsSpent = 0; run.cacheHits = 0;
                run.vendorCalls = 0; return run
            }
        }
        #expect(stable(first) == stable(second))
        #expect(first.runs.count == 4)
        #expect(first.judge == "truth")
        let standard = try #require(first.runs.first { $0.arm == "size5" && $0.world == "standard" })
        #expect(standard.candidates == 40)
        #expect((standard.world3 ?? 0) > 0)
        #expect(standard.creditsCold > 0)
        // Where recall is lost: every relevance-3 person not surfaced is listed (up to 20), and grades follow the ranking.
        let world3 = standard.world3 ?? 0, found3 = Int(((standard.recall3 ?? 0) * Double(world3)).rounded())
        #expect(standard.unfound.count == min(20, world3 - found3))
        #expect(standard.unfound.allSatisfy { $0.hasSuffix("(in session)") || $0.hasSuffix("(not discovered)") })
        #expect(standard.grades.count == standard.candidates && standard.grades.allSatisfy { (0...3).contains($0) })
        #expect(first.summary(arm: "size3", world: "all")?.runs == 2)
        #expect(first.overlaps.count == 1)
        let svg = SVGChart.render(first)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<script"))
        #expect(XMLParser(data: Data(svg.utf8)).parse(), "the SVG is not well-formed XML")
        #expect(ReportRenderer.csv(first).split(separator: "\n").count == 5)
        #expect(try ReportRenderer.json(first).contains("\"p10\""))
    }

    @Test func withoutTruthTheEvaluatorStandsInAndSaysSo() async throws {
        let file = Self.root.appendingPathComponent("docs/examples/voice-ai-ml-engineer.md").path
        let plan = ExperimentPlan(
            arms: [try ExperimentArm(parsing: "base")], cases: [try ExperimentCase.file(file)],
            worlds: [], target: .credits(30))
        let report = try await runner().run(plan)
        #expect(report.judge == "evaluator")
        let run = try #require(report.runs.first)
        #expect(run.recall3 == nil)
        #expect(run.creditsCold >= 30)
        #expect(ReportRenderer.table(report).contains("no ground truth"))
    }
}

@Suite("Experiment files")
struct ExperimentFileTests {
    func write(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scout-ab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("experiment.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func armsJDsTargetAndWorldsInOneFile() throws {
        let path = try write(
            """
            arms:
              size3: {batching.batch_size: 3}
              sen: {batching.type: seniority_variation, session.max_batches: 4}
              base: {}
            suite: suite
            jds: [a.md, /abs/b.md]
            target: {credits: 200}
            worlds: [paraphrased]
            """)
        let file = try ExperimentFile.load(path: path)
        #expect(file.arms.map(\.name) == ["size3", "sen", "base"])
        #expect(
            file.arms[1].overrides.map(\.description) == ["batching.type=seniority_variation", "session.max_batches=4"])
        #expect(
            file.suite == URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("suite").path)
        #expect(file.jds.last == "/abs/b.md")
        #expect(file.target == .credits(200))
        #expect(file.worlds == [.paraphrased])
    }

    @Test func mistakesNameTheFileLineAndNearestKey() throws {
        do {
            _ = try ExperimentFile.load(path: try write("arms: {}\ntargte: {candidates: 20}\n"))
            Issue.record("accepted an unknown key")
        } catch let error as ScoutError {
            #expect(
                error.message.hasSuffix(
                    ":2: unknown key 'targte'; did you mean 'target'? (valid: arms, suite, jds, target, worlds)"))
        }
        #expect(throws: ScoutError.self) { try ExperimentFile.load(path: try write("worlds: [paraphrase]\n")) }
        #expect(throws: ScoutError.self) {
            try ExperimentFile.load(path: try write("arms:\n  x: {store.type: memory}\n"))
        }
        #expect(throws: ScoutError.self) { try ExperimentFile.load(path: "/nonexistent/experiment.yaml") }
    }
}
