import Foundation
import ScoutCore

/// Machine-readable output (`--json`): the same shapes as the HTTP API (``ScoutPayloads``).
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let data = try ScoutPayloads.encoder(pretty: true).encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    /// The answer of `search` and `more`, as the HTTP API's domain-search and load-more.
    static func load(_ result: LoadResult, orchestrator: Orchestrator, includeCompanies: Bool) -> ScoutPayloads.Load {
        ScoutPayloads.Load(result, usdPerCredit: orchestrator.pipeline.pricing.usdPerCredit, includeCompanies: includeCompanies)
    }
}
