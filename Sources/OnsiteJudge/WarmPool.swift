import Foundation
import Synchronization

/// Pre-started sandboxed interpreters (harness and sqlite3 imported, numpy too in the numpy pool) waiting for a
/// job, each used for exactly one submission and replaced in the background. Each holds a judge
/// slot, so it runs under that slot's own unprivileged uid.
final class WarmPool: Sendable {
    private struct State {
        var slotsInUse: [Bool]
        var ready: [SpawnedProcess] = []
        var refilling = false
    }

    private let command: @Sendable (Int) -> [String]
    private let state: Mutex<State>
    private let target: Int
    /// Slot numbers start here, so two pools never share a slot's uid.
    private let firstSlot: Int

    /// - Parameter startWarm: start the interpreters now; otherwise at `warmUp()` or after the first submission.
    init(concurrency: Int, warm: Int, firstSlot: Int = 0, startWarm: Bool = true, command: @escaping @Sendable (Int) -> [String]) {
        self.command = command
        self.firstSlot = firstSlot
        target = min(warm, concurrency)
        state = Mutex(State(slotsInUse: Array(repeating: false, count: concurrency)))
        if startWarm { refillSoon() }
    }

    /// Starts the interpreters the pool keeps waiting, in the background.
    func warmUp() { refillSoon() }

    /// A warm interpreter when one is ready, else a cold start (waiting for a free slot).
    func take() throws -> SpawnedProcess {
        // No refill here: starting a replacement now would compete with this submission for the
        // CPU. `release` refills once the submission is judged.
        while let process = state.withLock({ $0.ready.popLast() }) {
            if process.isRunning { return process }
            release(process)
        }
        let slot = acquireSlot()
        do {
            return try spawn(slot: slot)
        } catch {
            state.withLock { $0.slotsInUse[slot - firstSlot] = false }
            throw error
        }
    }

    /// After a submission: the process's slot is free again, and the pool refills.
    func release(_ process: SpawnedProcess) {
        process.kill()
        process.wait()
        state.withLock { $0.slotsInUse[process.slot - firstSlot] = false }
        refillSoon()
    }

    private func spawn(slot: Int) throws -> SpawnedProcess {
        let arguments = command(slot)
        return try SpawnerThread.shared.run { try SpawnedProcess(arguments: arguments, slot: slot) }
    }

    private func acquireSlot() -> Int {
        while true {
            if let slot = tryAcquireSlot() { return slot }
            // Every slot busy: a warm process may be idle in the pool; use its slot's turn later.
            if let idle = state.withLock({ $0.ready.isEmpty ? nil : $0.ready.removeFirst() }) {
                idle.kill()
                idle.wait()
                state.withLock { $0.slotsInUse[idle.slot - firstSlot] = false }
                continue
            }
            usleep(2000)
        }
    }

    private func tryAcquireSlot() -> Int? {
        state.withLock { state in
            guard let free = state.slotsInUse.firstIndex(of: false) else { return nil }
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
                state.withLock { $0.slotsInUse[slot - firstSlot] = false }
                return
            }
            state.withLock { $0.ready.append(process) }
        }
    }
}
