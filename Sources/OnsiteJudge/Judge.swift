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
    private let pool: WarmPool

    /// - Parameters:
    ///   - concurrency: submissions judged at once, each in its own slot (and uid, as root).
    ///   - warm: interpreters kept started and waiting; 0 starts one per submission.
    public init(mode: ExecutionMode, harness: String, concurrency: Int = 8, warm: Int = 2, startupAllowance: Double = 10) {
        self.mode = mode
        self.harness = harness
        self.startupAllowance = startupAllowance
        pool = WarmPool(concurrency: concurrency, warm: warm) { slot in
            switch mode {
            case .sandboxed(let profile): profile.command(slot: slot)
            case .unsandboxedLocal(let python): [python, "-I", "-S", "-B", harness]
            }
        }
    }

    /// Judges `code` on the given tests (all of them for Submit, the visible ones for Run).
    /// `progress` hears about each test as it passes (for a progress line); the report decides.
    public func judge(
        _ problem: CodingProblem, code: String, tests: [ProblemTest],
        progress: @escaping @Sendable (TestOutcome) -> Void = { _ in }
    ) async -> JudgeReport {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: self.judgeBlocking(problem, code: code, tests: tests, progress: progress).report)
            }
        }
    }

    /// What the reference solution returns on an input the person typed, to be the expected
    /// output of their custom test. Runs in the sandbox like any code: the input is untrusted.
    /// Fails with the reference's report when it cannot answer (the input breaks the contract).
    public func referenceValue(_ problem: CodingProblem, on input: ProblemTest) async -> Result<JSONValue, ReferenceFailure> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let (report, value) = self.judgeBlocking(problem, code: problem.solution, tests: [input], progress: { _ in })
                if let value, report.verdict == .accepted || report.verdict == .wrongAnswer {
                    continuation.resume(returning: .success(value))
                } else {
                    continuation.resume(returning: .failure(ReferenceFailure(report: report)))
                }
            }
        }
    }

    private func judgeBlocking(
        _ problem: CodingProblem, code: String, tests: [ProblemTest], progress: (TestOutcome) -> Void
    ) -> (report: JudgeReport, lastValue: JSONValue?) {
        let setup = JudgeRun(problem: problem, tests: tests, sandboxed: mode.isSandboxed)
        let job: Data
        do {
            job = try JSONEncoder().encode(HarnessJob(problem: problem, code: code, tests: tests))
        } catch {
            return (setup.internalError("could not encode the job: \(error)"), nil)
        }
        let process: SpawnedProcess
        do {
            process = try pool.take()
        } catch {
            return (setup.internalError(String(describing: error)), nil)
        }
        defer { pool.release(process) }
        let started = ContinuousClock.now
        process.send(job)
        var run = JudgeRun(problem: problem, tests: tests, sandboxed: mode.isSandboxed)
        var report: JudgeReport?
        var deadline = started + .seconds(startupAllowance + problem.timeLimitSeconds)
        var testStarted = started
        for index in tests.indices {
            let next = Frames.next(from: process, deadline: deadline)
            guard case .message = next else {
                report = run.silent(next, index: index)
                break
            }
            let now = ContinuousClock.now
            if let decided = run.record(next, index: index, seconds: (now - testStarted).seconds) {
                report = decided
                break
            }
            if let passed = run.outcomes.last { progress(passed) }
            testStarted = now
            deadline = now + .seconds(problem.timeLimitSeconds)
        }
        if report == nil, case .message(let last) = Frames.next(from: process, deadline: .now + .seconds(5)), last.crash != nil {
            report = run.crashed(last, index: tests.count - 1)
        }
        process.kill()
        let (_, memory) = process.wait()
        var final = report ?? run.accepted()
        final.seconds = (ContinuousClock.now - started).seconds
        final.peakMemoryBytes = memory
        return (final, run.lastValue)
    }
}

/// The reference solution could not answer a custom input: the report says how it failed.
public struct ReferenceFailure: Error {
    public var report: JudgeReport
}

/// The job the harness reads on stdin: code and inputs, never expected outputs.
struct HarnessJob: Encodable {
    struct Limits: Encodable { var memoryBytes: Int; var cpuSeconds: Int; var outputBytes: Int }
    var language: String
    var code: String
    var entry: String
    var numpy: Bool
    var schema: String
    var tests: [JSONValue]
    var limits: Limits

    init(problem: CodingProblem, code: String, tests: [ProblemTest]) {
        language = problem.language.rawValue
        self.code = code
        entry = problem.entry
        numpy = problem.numpy
        schema = problem.schema
        self.tests = tests.map { test in
            problem.language == .sql ? .string(test.data ?? "") : .array(test.args ?? [])
        }
        limits = Limits(
            memoryBytes: problem.memoryLimitMB << 20,
            cpuSeconds: Int((problem.timeLimitSeconds * Double(max(1, tests.count))).rounded(.up)) + 2,
            outputBytes: 1 << 20)
    }
}
