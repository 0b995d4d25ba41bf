import Foundation

/// A stage whose answers may be remembered: `answerIdentity` names everything its answers depend on besides the input
/// (plugin type, endpoint, model, prompt version). The orchestrator keys its answer caches with it (docs/architecture.md,
/// "Caches"); a stage without it (a local heuristic, the sample world) is never cached. The stage itself stays
/// unaware of any cache.
public protocol AnswerIdentity: Sendable {
    var answerIdentity: String { get }
}
