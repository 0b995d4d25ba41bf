import Foundation
import ScoutCore

/// Machine-readable output (`--json`, `export --format json`): one encoder (``ScoutPayloads/encoder(pretty:)``) and the
/// same shapes as the HTTP API.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        Swift.print(try text(value), terminator: "")
    }

    /// The value as pretty JSON with a final newline.
    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try ScoutPayloads.encoder(pretty: true).encode(value), as: UTF8.self) + "\n"
    }

    /// The answer of `search` and `more`, as the HTTP API's domain-search and load-more.
    static func load(_ result: LoadResult, orchestrator: Orchestrator, includeCompanies: Bool) -> ScoutPayloads.Load {
        ScoutPayloads.Load(
            result, usdPerCredit: orchestrator.pipeline.pricing.usdPerCredit, includeCompanies: includeCompanies)
    }
}
