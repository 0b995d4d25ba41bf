public import Foundation
public import ScoutCore

/// A clock that only moves when told to, for walking through cache freshness windows.
public final class ManualClock: ScoutClock {
    private let current: LockedValue<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = LockedValue(start) }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(days: Double) { current.withLock { $0 += days * 86_400 } }

    public func set(_ date: Date) { current.withLock { $0 = date } }
}
