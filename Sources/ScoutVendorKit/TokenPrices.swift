import Foundation
public import ScoutCore

/// An LLM plugin's prices for the ledger's LLM spend, USD per million tokens (`input_usd_per_mtok`,
/// `output_usd_per_mtok`), and the report of one reply's usage to the running step (``VendorSpend``).
public struct TokenPrices: Sendable, Equatable {
    public var inputUSDPerMTok: Double
    public var outputUSDPerMTok: Double

    public init(input: Double, output: Double) {
        inputUSDPerMTok = input
        outputUSDPerMTok = output
    }

    /// The two keys, with these prices as defaults; `note` says what the defaults are.
    public func keys(note: String) -> [ConfigKey] {
        [
            ConfigKey(
                "input_usd_per_mtok", "number", default: Self.number(inputUSDPerMTok),
                "USD per million input tokens, for the ledger's LLM spend, \(note) (0–1000)"),
            ConfigKey(
                "output_usd_per_mtok", "number", default: Self.number(outputUSDPerMTok),
                "USD per million output tokens, for the ledger's LLM spend, \(note) (0–1000)"),
        ]
    }

    private enum CodingKeys: String, CodingKey {
        case input = "input_usd_per_mtok", output = "output_usd_per_mtok"
    }

    /// Overlays the keys present in the plugin's mapping.
    public mutating func overlay(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inputUSDPerMTok = try container.decode(.input, default: inputUSDPerMTok)
        outputUSDPerMTok = try container.decode(.output, default: outputUSDPerMTok)
    }

    public func validate() -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        problems.check("input_usd_per_mtok", inputUSDPerMTok, in: 0...1000)
        problems.check("output_usd_per_mtok", outputUSDPerMTok, in: 0...1000)
        return problems
    }

    /// Reports one reply's tokens and their price (micro-dollars) for the call `label`; nothing when no usage came.
    public func report(inputTokens: Int, outputTokens: Int, label: String) {
        guard inputTokens > 0 || outputTokens > 0 else { return }
        VendorSpend.report(.llmInputTokens, subject: label, credits: inputTokens)
        VendorSpend.report(.llmOutputTokens, subject: label, credits: outputTokens)
        let micros = Double(inputTokens) * inputUSDPerMTok + Double(outputTokens) * outputUSDPerMTok
        VendorSpend.report(.llmMicroUSD, subject: label, credits: Int(micros.rounded()))
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
