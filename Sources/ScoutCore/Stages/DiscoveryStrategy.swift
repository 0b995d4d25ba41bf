import Foundation
public import Logging

/// What a discovery strategy gets to work with.
public struct DiscoveryContext: Sendable {
    public var webSearch: any WebSearch
    public var logger: Logger
    /// The JD as given, for strategies that read more than the parsed requirements.
    public var jobDescription: String
    /// 1: from the JD. 2: a second round, run when the first found too few companies, whose requirements name the
    /// companies round 1 found as `mentionedCompanies`; a strategy whose queries do not depend on those returns nothing,
    /// and every company it returns must show that it is in the JD's market.
    public var round: Int

    public init(webSearch: any WebSearch, logger: Logger, jobDescription: String = "", round: Int = 1) {
        self.webSearch = webSearch
        self.logger = logger
        self.jobDescription = jobDescription
        self.round = round
    }
}

/// What one strategy found, with the queries it ran (shown to the user as progress).
public struct DiscoveryResult: Sendable, Equatable {
    public var companies: [Company]
    public var queries: [String]
    /// Queries that failed after their retries: the companies may be incomplete.
    public var failedQueries: [String]

    public init(companies: [Company], queries: [String], failedQueries: [String] = []) {
        self.companies = companies
        self.queries = queries
        self.failedQueries = failedQueries
    }
}

/// Proposes companies whose people may fit the JD. Several strategies can run together; the orchestrator
/// merges and deduplicates their output and drops excluded companies.
/// Conformance: `DiscoveryConformance` in ScoutTesting.
public protocol DiscoveryStrategy: Sendable {
    func discover(_ requirements: JobRequirements, context: DiscoveryContext) async throws -> DiscoveryResult
}
