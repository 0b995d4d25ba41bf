import Foundation
import Yams

/// Describes one registered plugin type, for listings and suggestions.
public struct PluginDescription: Sendable, Equatable {
    public var kind: StageKind
    public var type: String
    public var summary: String
    public var keys: [ConfigKey]
    public var configType: any PluginConfig.Type

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.kind == rhs.kind && lhs.type == rhs.type && lhs.summary == rhs.summary && lhs.keys == rhs.keys
            && ObjectIdentifier(lhs.configType) == ObjectIdentifier(rhs.configType)
    }
}

/// Factories keyed by type name, one table per stage kind. Filled explicitly by a composition root;
/// registering a name twice for one kind is an error.
public struct PluginRegistry: Sendable {
    public private(set) var jdParsers: [String: PluginFactory<any JDParser>] = [:]
    public private(set) var webSearches: [String: PluginFactory<any WebSearch>] = [:]
    public private(set) var discoveries: [String: PluginFactory<any DiscoveryStrategy>] = [:]
    public private(set) var batchings: [String: PluginFactory<any BatchingMode>] = [:]
    public private(set) var peopleSources: [String: PluginFactory<any PeopleSource>] = [:]
    public private(set) var stores: [String: PluginFactory<any ScoutStore>] = [:]
    public private(set) var evaluators: [String: PluginFactory<any CandidateEvaluator>] = [:]

    public init() {}

    public mutating func register(_ factory: PluginFactory<any JDParser>) throws {
        try Self.insert(factory, into: &jdParsers, kind: .jdParser)
    }
    public mutating func register(_ factory: PluginFactory<any WebSearch>) throws {
        try Self.insert(factory, into: &webSearches, kind: .webSearch)
    }
    public mutating func register(_ factory: PluginFactory<any DiscoveryStrategy>) throws {
        try Self.insert(factory, into: &discoveries, kind: .discovery)
    }
    public mutating func register(_ factory: PluginFactory<any BatchingMode>) throws {
        try Self.insert(factory, into: &batchings, kind: .batching)
    }
    public mutating func register(_ factory: PluginFactory<any PeopleSource>) throws {
        try Self.insert(factory, into: &peopleSources, kind: .people)
    }
    public mutating func register(_ factory: PluginFactory<any ScoutStore>) throws {
        try Self.insert(factory, into: &stores, kind: .store)
    }
    public mutating func register(_ factory: PluginFactory<any CandidateEvaluator>) throws {
        try Self.insert(factory, into: &evaluators, kind: .evaluator)
    }

    private static func insert<S>(
        _ factory: PluginFactory<S>, into table: inout [String: PluginFactory<S>], kind: StageKind
    ) throws {
        guard isValidTypeName(factory.type) else {
            throw ScoutError(.config, "plugin type '\(factory.type)' is not lower_snake_case ([a-z][a-z0-9_]{0,62})")
        }
        guard table[factory.type] == nil else {
            throw ScoutError(.config, "\(kind.rawValue) plugin type '\(factory.type)' is registered twice")
        }
        table[factory.type] = factory
    }

    /// `^[a-z][a-z0-9_]{0,62}$`.
    public static func isValidTypeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63,
            ("a"..."z").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Every registered type of a kind, sorted by name.
    public func descriptions(of kind: StageKind) -> [PluginDescription] {
        func list<S>(_ table: [String: PluginFactory<S>]) -> [PluginDescription] {
            table.values.map {
                PluginDescription(
                    kind: kind, type: $0.type, summary: $0.summary, keys: $0.keys, configType: $0.configType)
            }
            .sorted { $0.type < $1.type }
        }
        switch kind {
        case .jdParser: return list(jdParsers)
        case .webSearch: return list(webSearches)
        case .discovery: return list(discoveries)
        case .batching: return list(batchings)
        case .people: return list(peopleSources)
        case .store: return list(stores)
        case .evaluator: return list(evaluators)
        }
    }

    /// Type names of a kind, sorted.
    public func typeNames(of kind: StageKind) -> [String] { descriptions(of: kind).map(\.type) }

    /// The config decoder and key list of a type, erased; nil when the type is unknown.
    func configSchema(
        kind: StageKind, type: String
    ) -> (keys: [ConfigKey], decode: @Sendable (Yams.Node?) throws -> any PluginConfig)? {
        func find<S>(
            _ table: [String: PluginFactory<S>]
        ) -> ([ConfigKey], @Sendable (Yams.Node?) throws -> any PluginConfig)? {
            table[type].map { ($0.keys, $0.decodeConfig) }
        }
        switch kind {
        case .jdParser: return find(jdParsers)
        case .webSearch: return find(webSearches)
        case .discovery: return find(discoveries)
        case .batching: return find(batchings)
        case .people: return find(peopleSources)
        case .store: return find(stores)
        case .evaluator: return find(evaluators)
        }
    }
}
