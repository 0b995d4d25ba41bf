import Foundation
import ScoutCore

/// Response bodies (encoded with snake_case keys and ISO-8601 dates).
enum Payloads {
    typealias Load = ScoutPayloads.Load
    typealias SessionSummary = ScoutPayloads.SessionSummary
    typealias Report = ScoutPayloads.Report

    struct SessionList: Encodable {
        var sessions: [SessionSummary]
        var limit: Int
        var offset: Int
        var nextOffset: Int?
    }

    struct Cleared: Encodable {
        var sessionId: String?
        var cleared: Int
    }

    /// A session's shortlist: employee ids in the order they were starred.
    struct Shortlist: Encodable {
        var sessionId: String
        var shortlist: [Int]
    }

    struct Health: Encodable {
        var status: String
        var store: String?
    }

    /// One line of a ranking: the final event of evaluate-stream.
    struct Ranked: Encodable {
        var rank: Int
        var ordinal: Int
        var employeeId: Int
        var name: String
        var overall: Double?
        var recommendation: String?
        var evaluationStatus: String?

        init(rank: Int, _ c: SessionCandidate) {
            self.rank = rank
            ordinal = c.ordinal
            employeeId = c.employeeID
            name = c.preview.name
            overall = c.evaluation?.overall
            recommendation = c.evaluation?.recommendation.rawValue
            evaluationStatus = c.evaluation?.status.rawValue
        }
    }
}
