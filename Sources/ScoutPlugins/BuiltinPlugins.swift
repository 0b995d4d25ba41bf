import ClaudeEvaluator
import ClaudeJDParser
import CompanyBatchBatching
import CoreSignalPeopleSource
import DomainQueriesDiscovery
import HeuristicEvaluator
import HeuristicJDParser
import MemoryStore
import OpenAICompatibleEvaluator
import PostgresStore
import SQLiteStore
import SamplePeopleSource
import SampleWebSearch
public import ScoutCore
import SeedExpansionDiscovery
import SeniorityVariationBatching
import TavilyWebSearch

/// The composition root: every built-in plugin, registered explicitly. Embedders call `register(into:)` and then
/// add their own factories to the same registry.
public enum BuiltinPlugins {
    public static func register(into registry: inout PluginRegistry) throws {
        try registry.register(HeuristicJDParser.factory)
        try registry.register(ClaudeJDParser.factory)
        try registry.register(SampleWebSearch.factory)
        try registry.register(TavilyWebSearch.factory)
        try registry.register(SeedExpansion.factory)
        try registry.register(DomainQueries.factory)
        try registry.register(CompanyBatch.factory)
        try registry.register(SeniorityVariation.factory)
        try registry.register(SamplePeopleSource.factory)
        try registry.register(CoreSignalPeopleSource.factory)
        try registry.register(MemoryStore.factory)
        try registry.register(SQLiteStore.factory)
        try registry.register(PostgresStore.factory)
        try registry.register(HeuristicEvaluator.factory)
        try registry.register(ClaudeEvaluator.factory)
        try registry.register(OpenAICompatibleEvaluator.factory)
    }

    /// A registry holding every built-in plugin.
    public static func registry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        try register(into: &registry)
        return registry
    }
}
