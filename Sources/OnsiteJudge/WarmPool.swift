import Foundation
import Synchronization

/// Pre-started sandboxed interpreters (harness and sqlite3 imported, numpy too in the numpy pool) waiting for a
/// job, each used for exactly one submission and replaced in the background. Each holds a judge
/// slot, so it runs under that slot's own unprivileged uid.
///
/// Admission: a submission takes a warm interpreter or a free slot at once; when every slot is busy
/// it waits, suspended (no thread blocked, no polling), in a queue of at most `queueLimit`
/// submissions, and a slot freed by a finished one is handed straight to the first in line. When
/// the queue is full the submission is refused at once with `JudgeBusy`.
final class WarmPool: Sendable {
    /// What a submission is admitted with: a started interpreter, or a slot to start one in.
    enum Grant: Sendable {
        case process(SpawnedProcess)
        case slot(Int)
    }

    private struct State {
        var slotsInUse: [Bool]
        var ready: [SpawnedProcess] = []
        var refilling = false
        /// Submissions waiting for a slot, first come first served.
        var waiting: [CheckedContinuation<Grant, Never>] = []
    }

    private let command: @Sendable (Int) -> [String]
    private let state: Mutex<State>
    private let target: Int
    /// Slot numbers start here, so two pools never share a slot's uid.
    private let firstSlot: Int
    /// Submissions that may wait for a slot; one more is refused with `JudgeBusy`.
    let queueLimit: Int
    /// What a refused submission is told to wait before trying again.
    let retryAfterSeconds: Int

    /// - Parameter startWarm: start the interpreters now; otherwise at `warmUp()` or after the first submission.
    init(
        concurrency: Int, warm: Int, queueLimit: Int, retryAfterSeconds: Int = 2, firstSlot: Int = 0, startWarm: Bool = true,
        command: @escaping @Sendable (Int) -> [String]
    ) {
        self.command = command
        self.firstSlot = firstSlot
        self.queueLimit = max(0, queueLimit)
        self.retryAfterSeconds = retryAfterSeconds
        target = min(warm, concurrency)
        state = Mutex(State(slotsInUse: Array(repeating: false, count: concurrency)))
        if startWarm { refillSoon() }
    }

    /// Starts the interpreters the pool keeps waiting, in the background.
    func warmUp() { refillSoon() }

    /// Submissions waiting for a slot now (for tests and diagnostics).
    var waitingCount: Int { state.withLock { $0.waiting.count } }

    /// Admits a submission: a warm interpreter when one is ready, else a free slot, else a place in
    /// the queue until a slot frees up. Throws `JudgeBusy` at once when the queue is full.
    func admit() async throws(JudgeBusy) -> Grant {
        // No refill here: starting a replacement now would compete with this submission for the
        // CPU. `release` refills once the submission is judged.
        enum Immediate { case grant(Grant), wait, busy }
        while true {
            let immediate = state.withLock { state -> Immediate in
                if let process = state.ready.popLast() { return .grant(.process(process)) }
                if let free = state.slotsInUse.firstIndex(of: false) {
                    state.slotsInUse[free] = true
                    return .grant(.slot(firstSlot + free))
                }
                return state.waiting.count < queueLimit ? .wait : .busy
            }
            switch immediate {
            case .grant(.process(let process)) where !process.isRunning:
                release(process)  // a warm interpreter that died: its slot goes to the next in line
                continue
            case .grant(let grant):
                return grant
            case .busy:
                throw JudgeBusy(retryAfterSeconds: retryAfterSeconds)
            case .wait:
                break
            }
            // Between the check above and enqueueing here a slot may have been freed: enqueueing
            // re-checks under the lock, so no wake-up is lost.
            return await withCheckedContinuation { (continuation: CheckedContinuation<Grant, Never>) in
                let now = state.withLock { state -> Grant? in
                    if let process = state.ready.popLast() { return .process(process) }
                    if let free = state.slotsInUse.firstIndex(of: false) {
                        state.slotsInUse[free] = true
                        return .slot(firstSlot + free)
                    }
                    state.waiting.append(continuation)
                    return nil
                }
                if let now { continuation.resume(returning: now) }
            }
        }
    }

    /// The interpreter for a grant: the warm one, or one started now in the granted slot.
    func process(for grant: Grant) throws -> SpawnedProcess {
        switch grant {
        case .process(let process):
            return process
        case .slot(let slot):
            do {
                return try spawn(slot: slot)
            } catch {
                freeSlot(slot)
                throw error
            }
        }
    }

    /// After a submission: the process's slot is free again (or goes to the first waiting), and the pool refills.
    func release(_ process: SpawnedProcess) {
        process.kill()
        process.wait()
        freeSlot(process.slot)
    }

    /// Hands the slot to the first waiting submission, or marks it free and refills.
    private func freeSlot(_ slot: Int) {
        let next = state.withLock { state -> CheckedContinuation<Grant, Never>? in
            if !state.waiting.isEmpty { return state.waiting.removeFirst() }
            state.slotsInUse[slot - firstSlot] = false
            return nil
        }
        if let next {
            next.resume(returning: .slot(slot))
        } else {
            refillSoon()
        }
    }

    private func spawn(slot: Int) throws -> SpawnedProcess {
        let arguments = command(slot)
        return try SpawnerThread.shared.run { try SpawnedProcess(arguments: arguments, slot: slot) }
    }

    private func tryAcquireSlot() -> Int? {
        state.withLock { state in
            guard state.waiting.isEmpty, let free = state.slotsInUse.firstIndex(of: false) else { return nil }
            state.slotsInUse[free] = true
            return firstSlot + free
        }
    }

    private func refillSoon() {
        let start = state.withLock { state -> Bool in
            guard !state.refilling, state.ready.count < target else { return false }
            state.refilling = true
            return true
        }
        guard start else { return }
        DispatchQueue.global(qos: .utility).async { self.refill() }
    }

    private func refill() {
        defer { state.withLock { $0.refilling = false } }
        while state.withLock({ $0.ready.count }) < target, let slot = tryAcquireSlot() {
            guard let process = try? spawn(slot: slot) else {
                freeSlot(slot)
                return
            }
            // A submission that started waiting meanwhile takes the new interpreter at once.
            let waiter = state.withLock { state -> CheckedContinuation<Grant, Never>? in
                if !state.waiting.isEmpty { return state.waiting.removeFirst() }
                state.ready.append(process)
                return nil
            }
            waiter?.resume(returning: .process(process))
        }
    }
}

/// Every judge slot is busy and the queue of waiting submissions is full: try again shortly.
public struct JudgeBusy: Error, CustomStringConvertible, Sendable, Equatable {
    /// Seconds to wait before trying again (a `Retry-After` header's value).
    public var retryAfterSeconds: Int

    public init(retryAfterSeconds: Int) {
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String {
        "the judge is busy with other submissions; try again in a moment"
    }
}
