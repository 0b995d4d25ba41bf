/// The candidates one load-more collects and evaluates at once, shared by its slices: a slice started ahead (the next
/// batch's, while the current one finishes) takes a slot only when one is free, so the window stays full across batch
/// boundaries without ever exceeding `session.concurrency`. After an error no candidate can get past (a rejected key,
/// an exhausted balance), no slot is given any more: nothing new is bought in any slice.
actor EvaluationSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var stopped: (any Error)?

    init(_ count: Int) { free = max(1, count) }

    /// Waits for a free slot and takes it; returns the stopping error instead once the slots are stopped.
    func acquire() async -> (any Error)? {
        if let stopped { return stopped }
        if free > 0 {
            free -= 1
            return nil
        }
        await withCheckedContinuation { waiting.append($0) }
        if let stopped {
            release()
            return stopped
        }
        return nil
    }

    /// Gives a slot back, to the longest waiter first.
    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }

    /// No slot is given after `error`; the waiters are woken to give up.
    func stop(_ error: any Error) {
        if stopped == nil { stopped = error }
    }
}
