import Foundation
import Logging
import SampleWorld
import ScoutCore
import ScoutPlugins

// scout-bench: times the embedded default's main job in-process.
//   swift run -c release scout-bench [--jd FILE] [--runs N]
//   swift run -c release scout-bench w1 [--jd FILE] [--config plugins.sandbox.yaml]   (issue #10's W1, W1.swift)
// Prints the sample world's generation and web-index time (a seed the runs do not use), then, per run: a cold search (empty cache, new SQLite file) and a warm repeat, with credits.

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "w1" {
    do {
        try await W1.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("scout-bench w1: \(error)\n".utf8))
        exit(1)
    }
}

func argument(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return nil }
    return args[index + 1]
}

let jdPath = argument("--jd") ?? "docs/examples/voice-ai-ml-engineer.md"
let runs = Int(argument("--runs") ?? "5") ?? 5
guard let jd = try? String(contentsOfFile: jdPath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("scout-bench: cannot read \(jdPath)\n".utf8))
    exit(2)
}

func milliseconds(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

func pipeline(sqlite path: String) async throws -> Orchestrator {
    let registry = try BuiltinPlugins.registry()
    let yaml = DefaultConfig.yaml.replacingOccurrences(of: "path: .scout/scout.sqlite", with: "path: \"\(path)\"")
    let config = try ConfigLoader(registry: registry).load(yaml: yaml, file: "plugins.yaml")
    let logger = Logger(label: "scout-bench")
    return Orchestrator(
        pipeline: try await Pipeline.build(config, registry: registry, runtime: RuntimeContext(logger: logger)),
        logger: logger)
}

let worldStart = ContinuousClock.now
let world = SampleWorld(seed: 4242)
let worldBuilt = milliseconds(worldStart)
let indexStart = ContinuousClock.now
_ = world.searchWeb(WebQuery("Echowave competitors"))
print(
    String(
        format:
            "sample world (seed 4242): %d people, %d companies generated in %.0f ms; web index built by the first search in %.0f ms",
        world.people.count, world.companies.count, worldBuilt, milliseconds(indexStart)))

var cold: [Double] = [], warm: [Double] = [], build: [Double] = []
var creditsCold = 0, creditsWarm = 0
for run in 0..<runs {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scout-bench-\(UUID().uuidString)")
    let t0 = ContinuousClock.now
    let orchestrator = try await pipeline(sqlite: dir.appendingPathComponent("scout.sqlite").path)
    build.append(milliseconds(t0))
    let t1 = ContinuousClock.now
    let first = try await orchestrator.search(jd: jd)
    cold.append(milliseconds(t1))
    let t2 = ContinuousClock.now
    let second = try await orchestrator.search(jd: jd)
    warm.append(milliseconds(t2))
    creditsCold = first.ledger.creditsUsed
    creditsWarm = second.ledger.creditsUsed
    print(
        String(
            format:
                "run %d: pipeline build %.0f ms, cold search %.0f ms (%d candidates, %d credits; run 1 includes generating the sample world), repeat %.0f ms (%d credits)",
            run + 1, build.last!, cold.last!, first.newCandidates.count, creditsCold, warm.last!, creditsWarm))
    try? FileManager.default.removeItem(at: dir)
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
print(
    String(
        format:
            "first cold search (generates the sample world) %.0f ms; median of runs 2…: cold search (discovery + 20 evaluated) %.0f ms, repeat %.0f ms; credits %d then %d",
        cold[0], median(Array(cold.dropFirst().isEmpty ? cold : Array(cold.dropFirst()))), median(warm), creditsCold,
        creditsWarm))
