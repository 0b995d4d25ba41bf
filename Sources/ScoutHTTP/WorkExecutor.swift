import Foundation

/// The threads API work runs on (``ServerLimits/workThreads``): each request's handler and each stream's work
/// prefer this executor, so CPU-heavy stretches (a long JD's parse, encoding a large answer) never occupy the
/// concurrency pool that health checks, readiness and the connection plumbing run on. Jobs run in arrival order.
/// Its threads live as long as the process (a service is made once per server).
final class WorkExecutor: TaskExecutor, @unchecked Sendable {
    // @unchecked: `jobs` is only touched with `condition` held.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    init(threads: Int) {
        for index in 0..<max(1, threads) {
            let thread = Thread { self.work() }
            thread.name = "scout-work-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
