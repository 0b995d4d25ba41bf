import ArgumentParser
import ScoutCore

/// Scout's exit codes, the same for every command (README, "Exit codes"):
/// 0 done; 1 a vendor, store or internal failure; 2 bad input or configuration (with a one-line reason).
enum ExitStatus: Int32 {
    case done = 0
    case failure = 1
    case badInput = 2

    /// The status of a pipeline error: user errors (bad input, unknown session, config) are 2, the rest 1.
    init(_ error: ScoutError) { self = error.isUserError ? .badInput : .failure }

    /// Ends the command with this status once its message has been printed.
    var exit: ExitCode { ExitCode(rawValue) }
}
