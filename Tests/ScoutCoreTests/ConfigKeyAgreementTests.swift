import Foundation
import GrowingBatch
import ScoutCore
import ScoutPlugins
import Testing
import Yams

/// Each config key is written in four places — the property default, its ``ConfigKey`` (name, default, doc with the
/// range), the decoder and `validate()` — and docs/configuration.md's plugin reference is generated from the
/// ``ConfigKey``s. This suite makes them agree for every registered plugin and core section, so a key added, renamed,
/// re-defaulted or re-ranged in one place only fails here.
@Suite("config keys: declaration, decoder, defaults, validation and reference agree")
struct ConfigKeyAgreementTests {
    static let sections: [(label: String, keys: [ConfigKey], type: any PluginConfig.Type)] = {
        let registry = try! BuiltinPlugins.registry()
        let plugins = StageKind.allCases.flatMap { kind in
            registry.descriptions(of: kind).map { ("\(kind.rawValue): \($0.type)", $0.keys, $0.configType) }
        }
        let core: [(String, [ConfigKey], any PluginConfig.Type)] = [
            ("session", SessionConfig.keys, SessionConfig.self), ("cache", CachePolicy.keys, CachePolicy.self),
            ("pricing", PricingConfig.keys, PricingConfig.self), ("budget", BudgetConfig.keys, BudgetConfig.self),
        ]
        let example: (String, [ConfigKey], any PluginConfig.Type) = (
            "batching: growing_batch (Examples/)", GrowingBatch.factory.keys, GrowingBatch.Config.self
        )
        return plugins + core + [example]
    }()

    static var labels: [String] { sections.map(\.label) }

    static func section(_ label: String) -> (keys: [ConfigKey], type: any PluginConfig.Type) {
        let found = sections.first { $0.label == label }!
        return (found.keys, found.type)
    }

    @Test("the decoder reads exactly the declared keys", arguments: labels)
    func decoderKeys(label: String) throws {
        let (keys, type) = Self.section(label)
        let asked = try KeyRecorder.keysRead(by: type)
        #expect(Set(keys.map(\.name)).count == keys.count, "\(label): a key is declared twice")
        #expect(
            asked == Set(keys.map(\.name)),
            "\(label): read but not declared \(asked.subtracting(keys.map(\.name)).sorted()); declared but not read \(Set(keys.map(\.name)).subtracting(asked).sorted())"
        )
    }

    @Test("each declared default is the config's default", arguments: labels)
    func defaults(label: String) throws {
        let (keys, type) = Self.section(label)
        let defaults = Probe.describe(type.init())
        for key in keys {
            switch Probe.defaultKind(key) {
            case .value:
                let decoded = try Probe.decode(type, "\(key.name): \(key.defaultValue)")
                #expect(
                    Probe.describe(decoded) == defaults,
                    "\(label).\(key.name): declared default \(key.defaultValue) is not the config's")
            case .required:
                #expect(
                    type.init().validate().contains { $0.key == key.name },
                    "\(label).\(key.name): 'required' but the default config passes")
            case .described:
                break
            }
        }
    }

    @Test(
        "each documented range is the one validate() enforces, and validate() enforces none undocumented",
        arguments: labels)
    func ranges(label: String) throws {
        let (keys, type) = Self.section(label)
        for key in keys where ["int", "number"].contains(key.type) {
            let step = key.type == "int" ? 1.0 : 0.001
            /// The range `validate()` states for `value` ("must be between a and b"), nil when it states none.
            /// Cross-key rules (max_queries ≤ queries) have their own messages and are not ranges.
            func enforced(_ value: Double) throws -> ClosedRange<Double>? {
                let text = key.type == "int" ? String(Int(value)) : String(value)
                let problems = try Probe.decode(type, "\(key.name): \(text)").validate().filter { $0.key == key.name }
                return problems.lazy.compactMap { Probe.statedRange($0.message) }.first
            }
            if let range = Probe.documentedRange(key.doc) {
                #expect(
                    try enforced(range.lowerBound) == nil && enforced(range.upperBound) == nil,
                    "\(label).\(key.name): the documented bounds \(range) are rejected")
                #expect(
                    try enforced(range.lowerBound - step) == range && enforced(range.upperBound + step) == range,
                    "\(label).\(key.name): validate() does not enforce the documented \(range)")
            } else {
                let stated = try enforced(-1_000_000_000) ?? enforced(1_000_000_000)
                #expect(
                    stated == nil,
                    "\(label).\(key.name): validate() enforces \(stated.map { "\($0)" } ?? "") but the doc names no range '(a–b)'"
                )
            }
        }
    }

    @Test("docs/configuration.md's plugin reference is the one generated from the registry")
    func reference() throws {
        let doc = try String(
            contentsOf: DocsTests.root.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        let generated = ConfigReference.markdown(try BuiltinPlugins.registry())
        let start = try #require(doc.range(of: ConfigReference.heading))
        let end = try #require(doc.range(of: "\n## ", range: start.upperBound..<doc.endIndex))
        let documented = String(doc[start.lowerBound..<end.lowerBound]).trimmingCharacters(in: .newlines)
        #expect(
            documented == generated.trimmingCharacters(in: .newlines),
            "docs/configuration.md's plugin reference is stale: replace it with `swift run scout plugins --markdown`")
    }

    @Test("the probes catch a key written in one place only")
    func probesCatchDisagreement() throws {
        #expect(try KeyRecorder.keysRead(by: Lopsided.self) == ["size", "undeclared"])
        #expect(try Probe.describe(Probe.decode(Lopsided.self, "size: 5")) != Probe.describe(Lopsided()))
        #expect(Probe.documentedRange("companies searched together (1–100)") == 1...100)
        #expect(Probe.documentedRange("queries run (1–6, at most queries)") == 1...6)
        #expect(Probe.documentedRange("weight (0.5–30)") == 0.5...30)
        #expect(Probe.documentedRange("no range here") == nil)
        var problems: [ConfigProblem] = []
        problems.check("size", 0.005, in: 0.01...100_000)
        #expect(Probe.statedRange(problems[0].message) == 0.01...100_000)
    }

    /// Declares `size` with the wrong default and reads a key it does not declare.
    struct Lopsided: PluginConfig {
        var size = 4
        var extra = 0
        init() {}
        static let keys = [ConfigKey("size", "int", default: "5", "size (1–10)")]
        enum CodingKeys: String, CodingKey { case size, extra = "undeclared" }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            size = try c.decode(.size, default: size)
            extra = try c.decode(.extra, default: extra)
        }
    }
}

/// Decoding and describing configs whose type is known only at run time.
enum Probe {
    enum DefaultKind { case value, required, described }

    /// `required` must be reported by `validate()`; `none` and wording with spaces ("the query's", "from the JD")
    /// describe a computed or absent default; anything else is YAML for the default value.
    static func defaultKind(_ key: ConfigKey) -> DefaultKind {
        if key.defaultValue == "required" { return .required }
        if key.defaultValue == "none" || (key.defaultValue.contains(" ") && !key.defaultValue.hasPrefix("{")) {
            return .described
        }
        return .value
    }

    static func decode(_ type: any PluginConfig.Type, _ yaml: String) throws -> any PluginConfig {
        func open<C: PluginConfig>(_: C.Type) throws -> any PluginConfig {
            try YAMLDecoder().decode(C.self, from: yaml)
        }
        return try open(type)
    }

    static func describe(_ config: any PluginConfig) -> String {
        var text = ""
        dump(config, to: &text)
        return text
    }

    /// `a…b` of a range problem's message (`problems.check`: "must be between a and b, got c").
    static func statedRange(_ message: String) -> ClosedRange<Double>? {
        guard let match = message.firstMatch(of: /must be between (-?[0-9.]+) and (-?[0-9.]+), got/),
            let low = Double(match.1), let high = Double(match.2)
        else { return nil }
        return low...high
    }

    /// `(a–b)`, `(a–b, …)` or `(a–b; …)` in a key's doc.
    static func documentedRange(_ doc: String) -> ClosedRange<Double>? {
        guard let match = doc.firstMatch(of: /\((-?[0-9][0-9_.]*)–(-?[0-9][0-9_.]*)[,;)]/),
            let low = Double(match.1.replacingOccurrences(of: "_", with: "")),
            let high = Double(match.2.replacingOccurrences(of: "_", with: ""))
        else { return nil }
        return low...high
    }
}

/// A decoder with no keys present that records every key a config's `init(from:)` asks for.
final class KeyRecorder: Decoder, @unchecked Sendable {
    var keys = Set<String>()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func keysRead(by type: any PluginConfig.Type) throws -> Set<String> {
        let recorder = KeyRecorder()
        _ = try type.init(from: recorder)
        return recorder.keys
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container(recorder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "a config is a mapping"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "a config is a mapping"))
    }

    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let recorder: KeyRecorder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool {
            recorder.keys.insert(key.stringValue)
            return false
        }

        func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            recorder.keys.insert(key.stringValue)
            throw DecodingError.keyNotFound(
                key, .init(codingPath: [], debugDescription: "\(key.stringValue) must be optional"))
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            recorder.keys.insert(key.stringValue)
            return nil
        }

        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
            _ = contains(key)
            return KeyedDecodingContainer(Container<N>(recorder: recorder))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try recorder.unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { recorder }
        func superDecoder(forKey key: Key) throws -> any Decoder { recorder }
    }
}
