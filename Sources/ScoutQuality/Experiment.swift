import Foundation
public import SampleWorld
public import ScoutCore
import Yams

/// One arm of an experiment: a name and the plugins.yaml overrides that make it.
public struct ExperimentArm: Sendable, Equatable {
    public var name: String
    public var overrides: [ConfigOverride]

    public init(name: String, overrides: [ConfigOverride]) {
        self.name = name
        self.overrides = overrides
    }

    /// Parses `NAME:PATH=VALUE[,PATH=VALUE…]` (`size3:batching.batch_size=3`); a bare `NAME` is the config unchanged.
    public init(parsing text: String) throws {
        let source = "--arm \(text)"
        let colon = text.firstIndex(of: ":")
        let name = String(colon.map { text[..<$0] } ?? Substring(text)).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains("=") else {
            throw ScoutError.badInput("\(source): expected NAME:PATH=VALUE, e.g. size3:batching.batch_size=3")
        }
        var parts: [String] = []
        // Split on commas that start a new PATH=VALUE, so a value may hold commas ("[a, b]").
        for piece in (colon.map { String(text[text.index(after: $0)...]) } ?? "").split(separator: ",") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            if let last = parts.last, !Self.startsOverride(trimmed) {
                parts[parts.count - 1] = last + "," + piece
            } else if !trimmed.isEmpty {
                parts.append(trimmed)
            }
        }
        try self.init(name: name, overrides: parts.map { try ConfigOverride(parsing: $0, source: source) })
        try Self.checkStore(overrides, source: source)
    }

    static func startsOverride(_ text: String) -> Bool {
        guard let equals = text.firstIndex(of: "=") else { return false }
        return text[..<equals].allSatisfy { $0.isLetter || $0.isNumber || "_.[]".contains($0) }
    }

    /// Arms share one store (sessions, cache, ledger); only the base config may choose it.
    static func checkStore(_ overrides: [ConfigOverride], source: String) throws {
        if overrides.contains(where: { $0.steps.first == .key("store") }) {
            throw ScoutError.badInput(
                "\(source): arms share the experiment's store; set store.* with --set or in the config, not per arm")
        }
    }
}

/// One JD of an experiment, with its truth spec when it has one.
public struct ExperimentCase: Sendable {
    /// Short stable id (the file name without extension).
    public var id: String
    public var title: String
    public var jdText: String
    public var truth: TruthSpec?

    public init(id: String, title: String, jdText: String, truth: TruthSpec?) {
        self.id = id
        self.title = title
        self.jdText = jdText
        self.truth = truth
    }

    /// Every `*.truth.yaml` of a directory with the JD it names, in file-name order.
    public static func suite(directory: String) throws -> [ExperimentCase] {
        let url = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ScoutError.badInput(
                "cannot read the JD suite '\(directory)': \((error as NSError).localizedDescription)")
        }
        let specs = names.filter { $0.hasSuffix(".truth.yaml") }.sorted()
        guard !specs.isEmpty else { throw ScoutError.badInput("no *.truth.yaml in '\(directory)'") }
        return try specs.map { name in
            let file = url.appendingPathComponent(name).path
            let spec = try TruthSpec.load(yaml: try read(file), file: file)
            let jdFile = url.appendingPathComponent(spec.jd).path
            let id = String(name.dropLast(".truth.yaml".count))
            return ExperimentCase(id: id, title: spec.title, jdText: try read(jdFile), truth: spec)
        }
    }

    /// A JD file without truth: graded by the evaluator's own recommendations.
    public static func file(_ path: String) throws -> ExperimentCase {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ExperimentCase(id: name, title: name, jdText: try read(path), truth: nil)
    }

    static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ScoutError.badInput("cannot read '\(path)': \((error as NSError).localizedDescription)")
        }
    }
}

/// How far each arm loads each JD.
public enum ExperimentTarget: Sendable, Equatable, Codable {
    /// Search, then load more until this many candidates (or the session is exhausted).
    case candidates(Int)
    /// Search, then load more 20 at a time until this many cold-equivalent credits are spent (or exhausted).
    case credits(Int)

    public var label: String {
        switch self {
        case .candidates(let n): return "\(n) candidates"
        case .credits(let n): return "\(n) credits"
        }
    }
}

/// Everything an experiment runs: arms × worlds × JDs, to one target.
public struct ExperimentPlan: Sendable {
    public var arms: [ExperimentArm]
    public var cases: [ExperimentCase]
    /// Sample-world variants to run every JD on; empty = the configured world only.
    public var worlds: [WorldVariant]
    public var target: ExperimentTarget
    /// Arms run at once.
    public var concurrency: Int

    public init(
        arms: [ExperimentArm], cases: [ExperimentCase], worlds: [WorldVariant], target: ExperimentTarget,
        concurrency: Int = 1
    ) {
        self.arms = arms
        self.cases = cases
        self.worlds = worlds
        self.target = target
        self.concurrency = max(1, concurrency)
    }
}

/// An experiment file: arms, JDs and target in one YAML document.
///
/// ```yaml
/// arms:
///   size3: {batching.batch_size: 3}
///   size5: {}
/// suite: docs/quality/suite          # and/or jds: [a.md, b.md]
/// target: {candidates: 120}          # or {credits: 200}
/// worlds: [standard, paraphrased]
/// ```
public struct ExperimentFile: Sendable {
    public var arms: [ExperimentArm]
    public var suite: String?
    public var jds: [String]
    public var target: ExperimentTarget?
    public var worlds: [WorldVariant]?

    static let keys = ["arms", "suite", "jds", "target", "worlds"]

    public static func load(path: String) throws -> ExperimentFile {
        let text = try ExperimentCase.read(path)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw ScoutError.badInput("\(path): not valid YAML: \(error)")
        }
        guard let top = root?.mapping else {
            throw ScoutError.badInput("\(path): an experiment file is a mapping (arms, suite, jds, target, worlds)")
        }
        var file = ExperimentFile(arms: [], suite: nil, jds: [], target: nil, worlds: nil)
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).path }
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            let at = "\(path):\((keyNode.mark?.line).map(String.init) ?? "?")"
            switch key {
            case "arms":
                guard let arms = value.mapping else {
                    throw ScoutError.badInput("\(at): arms: expected a mapping of NAME: {PATH: VALUE}")
                }
                for (nameNode, overrides) in arms {
                    let name = nameNode.string ?? ""
                    let source = "\(path):\((nameNode.mark?.line).map(String.init) ?? "?"): arms.\(name)"
                    var list: [ConfigOverride] = []
                    for (pathNode, valueNode) in overrides.mapping ?? Node.Mapping([]) {
                        let rendered = try Yams.serialize(node: valueNode).trimmingCharacters(
                            in: .whitespacesAndNewlines)
                        list.append(try ConfigOverride(parsing: "\(pathNode.string ?? "")=\(rendered)", source: source))
                    }
                    try ExperimentArm.checkStore(list, source: source)
                    file.arms.append(ExperimentArm(name: name, overrides: list))
                }
            case "suite": file.suite = value.string.map(resolve)
            case "jds": file.jds = (value.sequence.map(Array.init) ?? []).compactMap(\.string).map(resolve)
            case "target":
                if let n = value.mapping?["candidates"]?.int {
                    file.target = .candidates(n)
                } else if let n = value.mapping?["credits"]?.int {
                    file.target = .credits(n)
                } else {
                    throw ScoutError.badInput("\(at): target: expected {candidates: N} or {credits: N}")
                }
            case "worlds":
                file.worlds = try (value.sequence.map(Array.init) ?? []).map { node in
                    guard let v = node.string.flatMap(WorldVariant.init(rawValue:)) else {
                        throw ScoutError.badInput(
                            "\(at): worlds: unknown world '\(node.string ?? "?")'"
                                + Suggestion.hint(for: node.string ?? "", valid: WorldVariant.allCases.map(\.rawValue)))
                    }
                    return v
                }
            default:
                throw ScoutError.badInput("\(at): unknown key '\(key)'\(Suggestion.hint(for: key, valid: keys))")
            }
        }
        return file
    }
}
