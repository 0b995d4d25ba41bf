import Foundation
public import ScoutCore
public import Testing

/// Checks every ``DiscoveryStrategy`` must pass. Call from a `@Test` with a web search that has results for the
/// strategy's queries (a ``StaticWebSearch``), so the checks see real output:
///
///     try await DiscoveryConformance.run(SeedExpansion(), requirements: jd, context: context)
public enum DiscoveryConformance {
    /// Runs the checks: no duplicate keys, keys match names, confidences in 0...1, excluded and hiring companies
    /// never returned, an empty web search gives no companies (and no error), concurrent calls give the same result.
    /// - Parameter expectsCompanies: require the first run to find at least one company (so the checks mean something).
    public static func run(
        _ strategy: any DiscoveryStrategy, requirements: JobRequirements, context: DiscoveryContext,
        expectsCompanies: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let result = try await strategy.discover(requirements, context: context)
        if expectsCompanies {
            #expect(
                !result.companies.isEmpty, "the strategy found no companies; give it a web search with results",
                sourceLocation: sourceLocation)
        }
        checkShape(result, excluded: requirements.excludedKeys, sourceLocation: sourceLocation)

        // Exclusions: drop the first two companies found, one as excluded and one as the hiring company.
        var narrowed = requirements
        if let hiring = narrowed.hiringCompany { narrowed.excludedCompanies.append(hiring) }
        narrowed.excludedCompanies += result.companies.prefix(1).map(\.name)
        narrowed.hiringCompany = result.companies.dropFirst().first?.name
        let excludedResult = try await strategy.discover(narrowed, context: context)
        checkShape(excludedResult, excluded: narrowed.excludedKeys, sourceLocation: sourceLocation)

        // An empty web search is not an error.
        var emptyContext = context
        emptyContext.webSearch = StaticWebSearch()
        let empty = try await strategy.discover(requirements, context: emptyContext)
        #expect(empty.companies.isEmpty, "an empty web search must give no companies", sourceLocation: sourceLocation)

        // Concurrent calls are safe and deterministic.
        let concurrent = try await withThrowingTaskGroup(of: DiscoveryResult.self) { group in
            for _ in 0..<4 { group.addTask { try await strategy.discover(requirements, context: context) } }
            var all: [DiscoveryResult] = []
            for try await one in group { all.append(one) }
            return all
        }
        for one in concurrent {
            #expect(
                one.companies == result.companies, "concurrent calls must give the same companies",
                sourceLocation: sourceLocation)
            #expect(
                Set(one.queries) == Set(result.queries), "concurrent calls must run the same queries",
                sourceLocation: sourceLocation)
        }
    }

    /// Keys unique and normalised, names non-empty, confidences in 0...1, nothing excluded.
    public static func checkShape(
        _ result: DiscoveryResult, excluded: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var seen = Set<String>()
        for company in result.companies {
            #expect(
                seen.insert(company.key).inserted, "duplicate company key '\(company.key)'",
                sourceLocation: sourceLocation)
            #expect(
                !company.name.isEmpty && company.key == CompanyKey.normalize(company.name),
                "key '\(company.key)' does not match name '\(company.name)'", sourceLocation: sourceLocation)
            #expect(
                (0.0...1.0).contains(company.confidence),
                "confidence \(company.confidence) of '\(company.name)' is outside 0...1", sourceLocation: sourceLocation
            )
            #expect(
                !excluded.contains(company.key), "excluded company '\(company.name)' was returned",
                sourceLocation: sourceLocation)
        }
    }
}
