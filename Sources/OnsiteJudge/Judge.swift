public import Foundation
public import OnsiteCore
import Synchronization

/// Runs a submission against a problem's tests in the sandbox and decides the verdict. The
/// expected outputs stay in this process: the sandbox receives the code and the inputs only.
public final class Judge: Sendable {
    public let mode: ExecutionMode
    /// The harness file on the host, for the unsandboxed local mode.
    let harness: String
    /// Seconds allowed for the interpreter to start before the first test's own limit begins.
    public let startupAllowance: Double
    /// Interpreters with numpy imported, for problems that use it, and without, for the rest:
    /// importing numpy is ~80 ms of CPU per interpreter, most of what a submission costs.
    private let numpyPool: WarmPool
    private let plainPool: WarmPool

    /// - Parameters:
    ///   - concurrency: submissions judged at once per pool, each in its own slot (and uid, as root).
    ///   - warm: interpreters kept started and waiting in each pool; 0 starts one per submission.
    ///   - queueLimit: submissions that may wait for a slot in each pool when all are busy (default
    ///     twice `concurrency`); one more is refused at once with `JudgeBusy`.
    ///   - startWarm: start the warm interpreters now; a server passes false and calls `warmUp()`
    ///     once it listens, so their start does not compete with its own.
    public init(
        mode: ExecutionMode, harness: String, concurrency: Int = 8, warm: Int = 2, queueLimit: Int? = nil, startWarm: Bool = true,
        startupAllowance: Double = 10
    ) {
        let mode = Self.preparingCgroups(mode, slots: 2 * concurrency)
        self.mode = mode
        self.harness = harness
        self.startupAllowance = startupAllowance
        func command(numpy: Bool) -> @Sendable (Int) -> [String] {
            let flags = numpy ? ["numpy"] : []
            return { slot in
                switch mode {
                case .sandboxed(let profile): profile.command(slot: slot, python: SandboxProfile.harnessArguments + flags)
                case .unsandboxedLocal(let python): [python, "-I", "-S", "-B", harness] + flags
                }
            }
        }
        let queueLimit = queueLimit ?? 2 * concurrency
        numpyPool = WarmPool(
            concurrency: concurrency, warm: warm, queueLimit: queueLimit, firstSlot: 0, startWarm: startWarm, command: command(numpy: true))
        plainPool = WarmPool(
            concurrency: concurrency, warm: warm, queueLimit: queueLimit, firstSlot: concurrency, startWarm: startWarm,
            command: command(numpy: false))
    }

    /// The mode with one pids group made per slot of both pools; without them (nil cgroup) the
    /// runs rely on the slot's uid and RLIMIT_NPROC alone.
    private static func preparingCgroups(_ mode: ExecutionMode, slots: Int) -> ExecutionMode {
        guard case .sandboxed(var profile) = mode, let cgroup = profile.cgroup,
              !cgroup.prepare(uids: profile.firstUID..<(profile.firstUID + slots)) else { return mode }
        profile.cgroup = nil
        return .sandboxed(profile)
    }

    /// Starts the warm interpreters of both pools in the background.
    public func warmUp() {
        numpyPool.warmUp()
        plainPool.warmUp()
    }

    /// Judges `code` on the given tests (all of them for Submit, the visible ones for Run). Every
    /// test runs, unless one ends the run (a timeout, memory, a crash). `progress` hears about each
    /// test as it passes (for a progress line); the report decides.
    ///
    /// Throws `JudgeBusy` (and nothing else) at once when every slot is busy and the queue of
    /// waiting submissions is full; otherwise waits in that queue for a slot.
    public func judge(
        _ problem: CodingProblem, code: String, tests: [ProblemTest],
        progress: @escaping @Sendable (TestOutcome) -> Void = { _ in }
    ) async throws -> JudgeReport {
        try await judgeAdmitted(problem, code: code, tests: tests, progress: progress).report
    }

    /// What the reference solution returns on an input the person typed, to be the expected
    /// output of their custom test. Runs in the sandbox like any code: the input is untrusted.
    /// Fails with the reference's report when it cannot answer (the input breaks the contract).
    /// Throws `JudgeBusy` (and nothing else) like `judge`.
    public func referenceValue(_ problem: CodingProblem, on input: ProblemTest) async throws -> Result<JSONValue, ReferenceFailure> {
        let (report, value) = try await judgeAdmitted(problem, code: problem.solution, tests: [input], progress: { _ in })
        if let value, report.verdict == .accepted || report.verdict == .wrongAnswer {
            return .success(value)
        }
        return .failure(ReferenceFailure(report: report))
    }

    /// Submissions waiting for a slot now, in both pools.
    public var waitingSubmissions: Int { numpyPool.waitingCount + plainPool.waitingCount }

    private func pool(for problem: CodingProblem) -> WarmPool {
        problem.numpy ? numpyPool : plainPool
    }

    /// Waits (suspended) for admission, then judges on a thread of its own: reading the sandbox's
    /// answers blocks.
    private func judgeAdmitted(
        _ problem: CodingProblem, code: String, tests: [ProblemTest], progress: @escaping @Sendable (TestOutcome) -> Void
    ) async throws(JudgeBusy) -> (report: JudgeReport, lastValue: JSONValue?) {
        let grant = try await pool(for: problem).admit()
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: self.judgeBlocking(problem, code: code, tests: tests, grant: grant, progress: progress))
            }
        }
    }

    private func judgeBlocking(
        _ problem: CodingProblem, code: String, tests: [ProblemTest], grant: WarmPool.Grant, progress: (TestOutcome) -> Void
    ) -> (report: JudgeReport, lastValue: JSONValue?) {
        var run = JudgeRun(problem: problem, tests: tests, sandboxed: mode.isSandboxed)
        let job = Data(HarnessJob(problem: problem, code: code, tests: tests).json.jsonBytes)
        let process: SpawnedProcess
        do {
            process = try pool(for: problem).process(for: grant)
        } catch {
            return (run.internalError(String(describing: error)), nil)
        }
        // The verdict does not wait for the sandbox to be torn down and reaped, nor for the pool
        // to start a replacement: both happen after it, off the submission's clock, on a thread of
        // their own (the global queue's threads may all be blocked judging; a zombie must not wait).
        defer {
            process.kill()
            let pool = pool(for: problem)
            Thread.detachNewThread { pool.release(process) }
        }
        let started = ContinuousClock.now
        process.send(job)
        var ended: JudgeReport?
        var deadline = started + .seconds(startupAllowance + problem.timeLimitSeconds)
        var testStarted = started
        // The code's peak memory as the harness's wait4 saw it, when the run got that far. The
        // sandbox's own wait4 figure is no use: a spawned process inherits its parent's high-water
        // mark at exec, so it would report this server's memory.
        var childPeak = 0
        for index in tests.indices {
            let next = Frames.next(from: process, deadline: deadline)
            if case .message(let message) = next, let bytes = message.maxResidentBytes { childPeak = bytes }
            guard case .message(let message) = next else {
                ended = run.silent(next, index: index)
                break
            }
            let now = ContinuousClock.now
            if let end = run.record(message, index: index, seconds: (now - testStarted).seconds) {
                ended = end
                break
            }
            if let outcome = run.outcomes.last, outcome.passed { progress(outcome) }
            testStarted = now
            deadline = now + .seconds(problem.timeLimitSeconds)
        }
        if ended == nil, case .message(let last) = Frames.next(from: process, deadline: .now + .seconds(5)) {
            childPeak = last.maxResidentBytes ?? 0
            if last.crash != nil { ended = run.crashed(last, index: tests.count - 1) }
        }
        var final = run.finish(ended: ended)
        final.seconds = (ContinuousClock.now - started).seconds
        final.peakMemoryBytes = childPeak
        return (final, run.lastValue)
    }
}

/// The reference solution could not answer a custom input: the report says how it failed.
public struct ReferenceFailure: Error {
    public var report: JudgeReport
}

/// The job the harness reads on stdin: code and inputs, never expected outputs.
struct HarnessJob {
    let json: JSONValue

    init(problem: CodingProblem, code: String, tests: [ProblemTest]) {
        let inputs: [JSONValue] = tests.map { test in
            problem.language == .sql ? .string(test.data ?? "") : .array(test.args ?? [])
        }
        let cpuSeconds = Int((problem.timeLimitSeconds * Double(max(1, tests.count))).rounded(.up)) + 2
        json = .object([
            "language": .string(problem.language.rawValue),
            "code": .string(code),
            "entry": .string(problem.entry),
            "numpy": .bool(problem.numpy),
            "schema": .string(problem.schema),
            "tests": .array(inputs),
            "limits": .object([
                "memoryBytes": .int(problem.memoryLimitMB << 20),
                "cpuSeconds": .int(cpuSeconds),
                "outputBytes": .int(1 << 20),
            ]),
        ])
    }
}
