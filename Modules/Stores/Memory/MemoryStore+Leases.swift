public import ScoutCore

/// Slice leases in the process: the store's actor takes and renews them in one turn.
extension MemoryStore: SliceLeases {
    public func acquireSliceLease(sessionID: String, owner: String, ttl: Duration) -> Bool {
        let now = ContinuousClock.now
        if let held = sliceLeases[sessionID], held.owner != owner, held.expires > now { return false }
        sliceLeases[sessionID] = SliceLease(owner: owner, expires: now + ttl)
        return true
    }

    @discardableResult
    public func releaseSliceLease(sessionID: String, owner: String) -> Bool {
        guard let held = sliceLeases[sessionID], held.owner == owner else { return false }
        sliceLeases[sessionID] = nil
        return true
    }
}

/// Who holds a session's slice lease, and until when.
struct SliceLease: Sendable {
    var owner: String
    var expires: ContinuousClock.Instant
}
