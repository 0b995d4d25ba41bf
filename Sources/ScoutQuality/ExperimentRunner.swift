import Foundation
import Logging
import SampleWorld
public import ScoutCore

/// Runs an experiment: every arm runs every JD (on every world) to the same target, in its own sessions, all arms
/// sharing one store so a record is bought once for the whole experiment; then measures each run.
public struct ExperimentRunner: Sendable {
    public let registry: PluginRegistry
    /// The base plugins.yaml text and how to name it in messages.
    public let baseYAML: String
    public let baseFile: String
    /// Overrides applied to every arm (`--set`), before the arm's own.
    public let baseOverrides: [ConfigOverride]
    public let runtime: RuntimeContext
    /// Workspace of the experiment's sessions, apart from everyone else's.
    public let workspace: String

    public init(
        registry: PluginRegistry, baseYAML: String, baseFile: String, baseOverrides: [ConfigOverride] = [],
        runtime: RuntimeContext, workspace: String = "ab"
    ) {
        self.registry = registry
        self.baseYAML = baseYAML
        self.baseFile = baseFile
        self.baseOverrides = baseOverrides
        self.runtime = runtime
        self.workspace = workspace
    }

    /// The base config with `overrides`; errors name the override they come from.
    public func config(_ overrides: [ConfigOverride]) throws -> PipelineConfig {
        try ConfigLoader(registry: registry).load(yaml: baseYAML, file: baseFile, overrides: baseOverrides + overrides)
    }

    /// True when the base config serves the sample world, so worlds can be switched and truth is known.
    public func usesSampleWorld() throws -> Bool {
        let base = try config([])
        return base.people.type == "sample" && base.webSearch.type == "sample"
    }

    /// Checks every arm × world config before anything runs, reporting every problem at once.
    public func validate(_ plan: ExperimentPlan) throws {
        var issues: [ConfigIssue] = []
        for arm in plan.arms {
            for world in plan.worlds.isEmpty ? [nil] : plan.worlds.map(Optional.some) {
                do { _ = try config(Self.worldOverrides(world) + arm.overrides) } catch let error as ConfigError {
                    issues += error.issues.filter { !issues.contains($0) }
                }
            }
        }
        if !issues.isEmpty { throw ConfigError(issues: issues) }
    }

    /// Runs the plan; `progress` receives one line per finished run.
    public func run(
        _ plan: ExperimentPlan, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> ExperimentReport {
        try validate(plan)
        // One store for every arm (its records are shared, as in production); its services run for the whole plan.
        let base = try await Pipeline.build(try config([]), registry: registry, runtime: runtime)
        let meter = RecordMeter()
        let results = try await base.run(logger: runtime.logger) {
            try await runArms(plan, store: base.store, meter: meter, progress: progress)
        }
        let runs = plan.arms.indices.flatMap { results[$0] ?? [] }
        var credits: [String: Int] = [:]
        for arm in plan.arms {
            credits[arm.name] = meter.coldCredits(
                sessions: Set(runs.filter { $0.arm == arm.name }.compactMap(\.sessionID)))
        }
        return ExperimentReport(arms: plan.arms.map(\.name), target: plan.target, runs: runs, armCredits: credits)
    }

    /// Runs every arm × world × case of the plan against `store`; measurements by arm index.
    private func runArms(
        _ plan: ExperimentPlan, store: any ScoutStore, meter: RecordMeter,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> [Int: [RunMeasurement]] {
        let shared = MeteredStores.wrap(store, meter: meter)
        let worlds: [WorldVariant?] = plan.worlds.isEmpty ? [nil] : plan.worlds.map(Optional.some)
        let total = plan.arms.count * worlds.count * plan.cases.count
        let done = LockedValue(0)
        var results: [Int: [RunMeasurement]] = [:]
        try await withThrowingTaskGroup(of: (Int, [RunMeasurement]).self) { group in
            var next = 0
            func start() {
                guard next < plan.arms.count else { return }
                let index = next, arm = plan.arms[index]
                next += 1
                group.addTask {
                    var out: [RunMeasurement] = []
                    for world in worlds {
                        var pipeline = try await Pipeline.build(
                            try config(Self.worldOverrides(world) + arm.overrides), registry: registry, runtime: runtime
                        )
                        pipeline.store = shared
                        for jd in plan.cases {
                            let m = await measure(
                                arm: arm.name, pipeline: pipeline, jd: jd, target: plan.target, meter: meter)
                            out.append(m)
                            let n = done.withLock {
                                $0 += 1; return $0
                            }
                            progress(
                                "[\(n)/\(total)] \(arm.name) · \(m.world) · \(jd.id): "
                                    + (m.error.map { "failed: \($0)" }
                                        ?? "\(m.candidates) candidates, P@10 \(Format.fixed(m.precision10)), \(m.creditsCold) credits")
                            )
                        }
                    }
                    return (index, out)
                }
            }
            for _ in 0..<min(plan.concurrency, plan.arms.count) { start() }
            while let (index, runs) = try await group.next() {
                results[index] = runs
                start()
            }
        }
        return results
    }

    /// The overrides that switch both sample plugins to a world variant.
    static func worldOverrides(_ world: WorldVariant?) -> [ConfigOverride] {
        guard let world else { return [] }
        return ["people.variant", "web_search.variant"].map {
            ConfigOverride(
                steps: $0.split(separator: ".").map { .key(String($0)) }, value: world.rawValue,
                source: "--world \(world.rawValue)")
        }
    }

    /// Runs one JD on one arm's pipeline to the target and measures it.
    func measure(
        arm: String, pipeline: Pipeline, jd: ExperimentCase, target: ExperimentTarget, meter: RecordMeter
    ) async -> RunMeasurement {
        let world = (pipeline.people as? any SampleWorldSource)?.world
        let judge = jd.truth.map(RelevanceJudge.init(spec:))
        let worldName = world?.variant.rawValue ?? "configured"
        let truthGrades = world.flatMap { w in judge.map { $0.grades(in: w) } }
        let world3 = truthGrades.map { $0.values.filter { $0 == 3 }.count }
        let world2 = truthGrades.map { $0.values.filter { $0 >= 2 }.count }
        let judgeName = truthGrades == nil ? "evaluator" : "truth"
        let orchestrator = Orchestrator(pipeline: pipeline, clock: runtime.clock, logger: runtime.logger)
        let started = ContinuousClock.now
        func seconds() -> Double { Format.seconds(ContinuousClock.now - started) }
        let report: SessionReport
        do {
            let first = try await orchestrator.search(
                jd: jd.jdText, count: min(pipeline.session.initialCount, target.firstCount), workspace: workspace)
            let id = first.session.sessionID
            var loaded = try await orchestrator.report(sessionID: id, workspace: workspace)
            loading: while !loaded.session.isExhausted {
                let want: Int
                switch target {
                case .candidates(let n):
                    guard loaded.ranked.count < n else { break loading }
                    want = min(CandidateCount.range.upperBound, n - loaded.ranked.count)
                case .credits(let n):
                    guard meter.coldCredits(sessions: [id.rawValue]) < n else { break loading }
                    want = CandidateCount.loadMoreDefault
                }
                let more = try await orchestrator.loadMore(sessionID: id, count: want, workspace: workspace)
                loaded = try await orchestrator.report(sessionID: id, workspace: workspace)
                if let failure = more.failure { throw failure }
                if more.newCandidates.isEmpty, more.session.isExhausted { break loading }
            }
            report = loaded
        } catch {
            return .failed(
                arm: arm, world: worldName, jd: jd, judge: judgeName, error: Format.oneLine(error),
                seconds: seconds(), world3: world3, world2: world2)
        }
        return Measure.run(
            arm: arm, world: world, worldName: worldName, jd: jd, judge: judge, grades: truthGrades, report: report,
            cold: meter.coldCredits(sessions: [report.session.id]), seconds: seconds())
    }
}

extension ExperimentTarget {
    /// How many candidates the first search loads.
    var firstCount: Int {
        switch self {
        case .candidates(let n): return max(1, n)
        case .credits: return Int.max
        }
    }
}
