import Foundation

/// Documentation of one configuration key, shown by `scout plugins` and checked against the decoder.
public struct ConfigKey: Sendable, Equatable {
    public var name: String
    /// "int", "string", "bool", "number", "[string]", "secret" …
    public var type: String
    /// The default as written in YAML, or "required".
    public var defaultValue: String
    public var doc: String

    public init(_ name: String, _ type: String, default defaultValue: String, _ doc: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.doc = doc
    }
}

/// A problem found by ``PluginConfig/validate()``: a key (relative to the config) and what is wrong.
public struct ConfigProblem: Sendable, Equatable {
    public var key: String
    public var message: String

    public init(key: String, _ message: String) {
        self.key = key
        self.message = message
    }
}

/// The typed configuration of a plugin (or a core section). `init()` gives the defaults; `init(from:)` overlays only
/// the keys present. Every key the decoder reads must be listed in `keys`: unknown keys are rejected before decoding.
public protocol PluginConfig: Decodable, Sendable {
    init()
    static var keys: [ConfigKey] { get }
    /// Pure checks of ranges and combinations, run after decoding. No I/O.
    func validate() -> [ConfigProblem]
}

extension PluginConfig {
    public func validate() -> [ConfigProblem] { [] }
}

/// A config with no keys, for plugins that need none.
public struct EmptyConfig: PluginConfig, Equatable {
    public init() {}
    public init(from decoder: any Decoder) throws {}
    public static let keys: [ConfigKey] = []
}

extension KeyedDecodingContainer {
    /// Decodes `key` when present, otherwise returns `fallback`: the overlay-on-defaults pattern.
    public func decode<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

extension Array where Element == ConfigProblem {
    /// Appends a range problem when `value` is outside `range`.
    public mutating func check<T: Comparable>(_ key: String, _ value: T, in range: ClosedRange<T>) {
        if !range.contains(value) {
            append(ConfigProblem(key: key, "must be between \(range.lowerBound) and \(range.upperBound), got \(value)"))
        }
    }
}
