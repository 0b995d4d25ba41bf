import Foundation

/// The kinds of stage a pipeline is made of, with their section names in plugins.yaml.
public enum StageKind: String, Sendable, CaseIterable, Codable {
    case jdParser = "jd_parser"
    case webSearch = "web_search"
    case discovery
    case batching
    case people
    case store
    case evaluator

    /// What the stage does, for `scout plugins`.
    public var title: String {
        switch self {
        case .jdParser: "JD parsers"
        case .webSearch: "Web search"
        case .discovery: "Discovery strategies"
        case .batching: "Batching modes"
        case .people: "People sources"
        case .store: "Stores"
        case .evaluator: "Evaluators"
        }
    }
}
