import Foundation

/// Turns a job description (plain text, markdown, or a structured YAML/JSON document) into requirements.
/// Conformance: `JDParserConformance` in ScoutTesting.
public protocol JDParser: Sendable {
    /// Throws ``ScoutError/badInput(_:)`` when the text holds no usable role.
    func parse(_ text: String) async throws -> JobRequirements
}
