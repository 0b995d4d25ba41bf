import Foundation

/// Cuts a session's companies into batches. Pure and deterministic: the same input gives the same batches.
/// Conformance: `BatchingConformance` in ScoutTesting.
public protocol BatchingMode: Sendable {
    func plan(_ companies: [Company], for requirements: JobRequirements) -> [CompanyBatch]
}
