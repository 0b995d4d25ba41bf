import ArgumentParser
import Foundation
import Logging
import SampleWorld
import ScoutCore
import ScoutPlugins
import ScoutQuality

struct ABCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ab",
        abstract: "Compare configurations (arms) on the same JDs: search quality, credits and time.",
        discussion: """
            Every arm runs every JD to the same target in its own sessions; arms share one record cache, and each \
            reports cold-equivalent credits (what it would have cost on an empty cache). On the sample world every \
            candidate is graded by the world's ground truth (docs/quality.md); elsewhere the evaluator's own \
            recommendations stand in, and the output says so.

              scout ab --suite --arm size3:batching.batch_size=3 --arm size5:batching.batch_size=5 --svg ab.svg
              scout ab --jd my-jd.md --arm base --arm sen:batching.type=seniority_variation
              scout ab --experiment experiment.yaml --json
            """)

    @OptionGroup var options: ConfigOptions

    @Option(
        name: .long, parsing: .singleValue,
        help:
            "An arm: NAME or NAME:PATH=VALUE[,PATH=VALUE…] (plugins.yaml overrides). Repeatable; default: one arm, the config as is."
    )
    var arm: [String] = []

    @Option(name: .long, help: "An experiment YAML file: arms, suite/jds, target, worlds.")
    var experiment: String?

    @Flag(name: .long, help: "Run the JD suite (--suite-dir) with its ground truth.")
    var suite = false

    @Option(name: .customLong("suite-dir"), help: "The JD suite's directory.")
    var suiteDir = "docs/quality/suite"

    @Option(
        name: .long, parsing: .singleValue, help: "A JD file to run (repeatable); graded by the evaluator (no truth).")
    var jd: [String] = []

    @Option(
        name: .long,
        help:
            "Target: candidates per JD (search, then load more) (default 120: the first 20 plus one load-more of 100).")
    var count: Int?

    @Option(name: .long, help: "Target: cold-equivalent credits per JD instead of a candidate count.")
    var credits: Int?

    @Option(
        name: .long, help: "Sample-world variants, comma-separated: standard, paraphrased (default with --suite: both)."
    )
    var world: String?

    @Option(name: .customLong("set"), parsing: .singleValue, help: "PATH=VALUE applied to every arm (repeatable).")
    var set: [String] = []

    @Flag(name: .customLong("fresh-cache"), help: "Run on an empty in-memory store instead of the configured one.")
    var freshCache = false

    @Option(name: .long, help: "Arms run at once (default: the cores on the sample world, 1 on real vendors).")
    var jobs: Int?

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Flag(name: .long, help: "Print one CSV row per run.")
    var csv = false

    @Option(name: .long, help: "Write a self-contained SVG chart to this file.")
    var svg: String?

    @Flag(name: .long, help: "Do not show progress on stderr.")
    var quiet = false

    func validate() throws {
        if let count, !(1...1_000).contains(count) {
            throw ValidationError("--count must be between 1 and 1000, got \(count)")
        }
        if let credits, credits < 1 { throw ValidationError("--credits must be 1 or more, got \(credits)") }
        if count != nil, credits != nil { throw ValidationError("give --count or --credits, not both") }
        if json, csv { throw ValidationError("give --json or --csv, not both") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, got \(jobs)") }
    }

    func run() async throws {
        let file = try experiment.map(ExperimentFile.load(path:))
        var arms = try arm.map(ExperimentArm.init(parsing:))
        arms = (file?.arms ?? []) + arms
        if arms.isEmpty { arms = [ExperimentArm(name: "current", overrides: [])] }
        if let duplicate = Dictionary(grouping: arms, by: \.name).first(where: { $0.value.count > 1 })?.key {
            throw ScoutError.badInput("two arms are named '\(duplicate)'; give each arm its own name")
        }
        var cases: [ExperimentCase] = []
        if suite { cases += try ExperimentCase.suite(directory: suiteDir) }
        if let dir = file?.suite { cases += try ExperimentCase.suite(directory: dir) }
        cases += try (jd + (file?.jds ?? [])).map(ExperimentCase.file)
        guard !cases.isEmpty else {
            throw ScoutError.badInput("no JDs: use --suite, --jd FILE or an --experiment file with suite/jds")
        }
        let (yaml, name) = try options.text()
        var base = try set.map { try ConfigOverride(parsing: $0, source: "--set \($0)") }
        if freshCache { base.append(try ConfigOverride(parsing: "store={type: memory}", source: "--fresh-cache")) }
        let runner = ExperimentRunner(
            registry: try BuiltinPlugins.registry(), baseYAML: yaml, baseFile: name, baseOverrides: base,
            runtime: RuntimeContext(logger: Logger(label: "scout.ab")), workspace: "ab")
        let sample = try runner.usesSampleWorld()
        let worlds = try worldList(file: file, suite: suite || file?.suite != nil, sample: sample)
        let target: ExperimentTarget =
            credits.map(ExperimentTarget.credits) ?? count.map(ExperimentTarget.candidates)
            ?? file?.target ?? .candidates(120)
        let plan = ExperimentPlan(
            arms: arms, cases: cases, worlds: worlds, target: target,
            concurrency: jobs ?? (sample ? ProcessInfo.processInfo.activeProcessorCount : 1))
        try runner.validate(plan)
        let showProgress = !quiet
        if showProgress {
            Terminal.note(
                "scout ab: \(arms.count) arm(s) × \(cases.count) JD(s) × \(max(1, worlds.count)) world(s), target \(target.label)"
            )
        }
        let report = try await runner.run(plan) { line in if showProgress { Terminal.note(line) } }
        if let svg {
            do {
                try SVGChart.render(report).write(toFile: svg, atomically: true, encoding: .utf8)
            } catch {
                throw ScoutError.badInput("cannot write '\(svg)': \((error as NSError).localizedDescription)")
            }
            if showProgress { Terminal.note("chart written to \(svg)") }
        }
        if json {
            print(try ReportRenderer.json(report))
        } else if csv {
            print(ReportRenderer.csv(report), terminator: "")
        } else {
            print(ReportRenderer.table(report))
        }
    }

    private func worldList(file: ExperimentFile?, suite: Bool, sample: Bool) throws -> [WorldVariant] {
        if let world {
            guard sample else { throw ScoutError.badInput("--world needs the sample people source and web search") }
            return try world.split(separator: ",").map { word in
                let name = word.trimmingCharacters(in: .whitespaces)
                guard let variant = WorldVariant(rawValue: name) else {
                    throw ScoutError.badInput(
                        "--world: unknown world '\(name)'"
                            + Suggestion.hint(for: name, valid: WorldVariant.allCases.map(\.rawValue)))
                }
                return variant
            }
        }
        if let worlds = file?.worlds { return sample ? worlds : [] }
        return suite && sample ? WorldVariant.allCases : []
    }
}
