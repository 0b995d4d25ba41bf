import Foundation
public import ScoutCore
public import Testing

/// Checks every ``BatchingMode`` must pass:
///
///     try await BatchingConformance.run(mode, companies: companies, coverage: .exactlyOnce)
public enum BatchingConformance {
    /// How a mode spreads companies over batches.
    public enum Coverage: Sendable, Equatable {
        /// Every company in exactly one batch, in input order (`company_batch`).
        case exactlyOnce
        /// The first `cap` companies, in input order, in every batch (`seniority_variation`).
        case everyBatch(cap: Int)
    }

    /// Runs the checks: deterministic, indexes 0..<n in order, no empty batch, the coverage holds, and no companies
    /// give no batches. `companies` should be non-empty with distinct keys.
    public static func run(
        _ mode: any BatchingMode, companies: [Company],
        requirements: JobRequirements = JobRequirements(roleTitle: "Engineer"),
        coverage: Coverage, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let batches = mode.plan(companies, for: requirements)
        #expect(
            mode.plan(companies, for: requirements) == batches, "planning twice must give the same batches",
            sourceLocation: sourceLocation)
        #expect(!batches.isEmpty, "companies given, but no batches planned", sourceLocation: sourceLocation)
        #expect(
            batches.map(\.index) == Array(batches.indices), "batch indexes must be 0..<n in order",
            sourceLocation: sourceLocation)
        #expect(batches.allSatisfy { !$0.companies.isEmpty }, "a batch is empty", sourceLocation: sourceLocation)

        let keys = companies.map(\.key)
        switch coverage {
        case .exactlyOnce:
            #expect(
                batches.flatMap(\.companies).map(\.key) == keys,
                "every company must appear exactly once, in order", sourceLocation: sourceLocation)
        case .everyBatch(let cap):
            let expected = Array(keys.prefix(cap))
            for batch in batches {
                #expect(
                    batch.companies.map(\.key) == expected,
                    "batch \(batch.index) must hold the first \(cap) companies, in order",
                    sourceLocation: sourceLocation)
            }
        }

        #expect(
            mode.plan([], for: requirements).isEmpty, "no companies must give no batches",
            sourceLocation: sourceLocation)
    }
}
