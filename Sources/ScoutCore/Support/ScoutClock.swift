public import Foundation

/// Where the pipeline reads the time. Inject a manual clock in tests to move through cache windows.
public protocol ScoutClock: Sendable {
    func now() -> Date
}

/// The real wall clock.
public struct SystemClock: ScoutClock {
    public init() {}
    public func now() -> Date { Date() }
}

extension ScoutClock where Self == SystemClock {
    public static var system: SystemClock { SystemClock() }
}
