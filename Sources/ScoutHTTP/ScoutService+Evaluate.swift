import Foundation
import HTTPTypes
import Hummingbird
import ScoutCore

extension ScoutService {
    struct EvaluationStarted: Encodable { var sessionId: String; var total: Int; var resumeAfter: Int? }
    struct CandidateEvent: Encodable { var index: Int; var total: Int; var candidate: SessionCandidate }
    struct Progress: Encodable { var evaluated: Int; var total: Int }
    struct EvaluationComplete: Encodable {
        var sessionId: String
        var evaluatedCount: Int
        var failedCount: Int
        var ranking: [Payloads.Ranked]
    }

    static let lastEventID = HTTPField.Name("Last-Event-ID")!

    /// `POST /api/jd/evaluate-stream`: replays the session's evaluated candidates in discovery order as SSE
    /// (`id:` = the candidate's ordinal), with progress events, then a final ranking. `Last-Event-ID` resumes after
    /// that ordinal, so a reconnecting client sees no candidate twice.
    func evaluateStream(_ request: Request, principal: Principal, body: Data) async throws -> Response {
        let session = try SessionRequest(try JSONBody(data: body, allowed: SessionRequest.fields))
        var resumeAfter: Int?
        if let header = request.headers[Self.lastEventID], !header.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let value = Int(header.trimmingCharacters(in: .whitespaces)), value >= -1 else {
                throw ScoutHTTPError.invalid(
                    "Last-Event-ID", "Last-Event-ID must be an event id this stream sent (an integer)")
            }
            resumeAfter = value
        }
        let report = try await orchestrator.report(sessionID: try session.id(), workspace: principal.workspace)
        guard !shutdown.isShuttingDown else { throw Self.shuttingDown }
        let evaluated = report.ranked.sorted { $0.ordinal < $1.ordinal }
        let pending = evaluated.filter { $0.ordinal > (resumeAfter ?? -1) }
        let total = evaluated.count
        let sessionID = session.sessionID
        let resume = resumeAfter
        return stream(route: "evaluate_stream", request: request) { channel in
            channel.send(
                SSEEvent(
                    "evaluation_started", EvaluationStarted(sessionId: sessionID, total: total, resumeAfter: resume)))
            var done = total - pending.count
            for candidate in pending {
                if Task.isCancelled { return }
                done += 1
                channel.send(
                    SSEEvent(
                        "candidate_evaluated", id: String(candidate.ordinal),
                        CandidateEvent(index: done, total: total, candidate: candidate)))
                channel.send(SSEEvent("progress", Progress(evaluated: done, total: total)))
                await Task.yield()
            }
            let ranking = report.ranked.enumerated().map { Payloads.Ranked(rank: $0.offset + 1, $0.element) }
            channel.send(
                SSEEvent(
                    "evaluation_complete",
                    EvaluationComplete(
                        sessionId: sessionID, evaluatedCount: evaluated.filter { $0.evaluation?.status == .ok }.count,
                        failedCount: evaluated.filter { $0.evaluation?.status == .failed }.count, ranking: ranking)))
        }
    }
}
