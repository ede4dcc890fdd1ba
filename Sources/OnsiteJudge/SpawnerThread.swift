import Foundation
import Synchronization

/// Every sandbox is started from this one long-lived thread. `--die-with-parent` relies on
/// PR_SET_PDEATHSIG, which fires when the *thread* that started the child exits, and Dispatch
/// retires idle worker threads: a warm interpreter started on one would be killed under a job.
final class SpawnerThread: Sendable {
    static let shared = SpawnerThread()

    private let pending = Mutex<[@Sendable () -> Void]>([])
    private let wake = DispatchSemaphore(value: 0)

    private init() {
        let thread = Thread { [self] in
            while true {
                wake.wait()
                let work = pending.withLock { $0.isEmpty ? nil : $0.removeFirst() }
                work?()
            }
        }
        thread.name = "onsite-sandbox-spawner"
        thread.start()
    }

    /// Runs `body` on the spawner thread and returns its result.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<T, any Error>?>(nil)
        pending.withLock { $0.append { result.withLock { $0 = Result(catching: body) }; done.signal() } }
        wake.signal()
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
