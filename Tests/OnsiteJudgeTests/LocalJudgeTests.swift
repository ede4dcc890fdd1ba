import Foundation
import OnsiteCore
@testable import OnsiteJudge
import Testing

/// The judge's own logic (admission, every test run, what a report may say, numpy's refusal) in
/// the unsandboxed local mode, so it is tested wherever Python is, bubblewrap or not. The code run
/// here is the tests' own.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "no /usr/bin/python3 (apt-get install python3)"))
struct LocalJudgeTests {
    static let python = "/usr/bin/python3"

    static func judge(concurrency: Int = 2, queueLimit: Int? = nil) throws -> Judge {
        Judge(mode: .unsandboxedLocal(python: python), harness: try JudgeSetup.installHarness(), concurrency: concurrency, warm: 0, queueLimit: queueLimit)
    }

    static let add = SandboxTests.add

    // MARK: Admission

    enum Answer: Sendable { case report(JudgeReport), busy(JudgeBusy), other(String) }

    @Test func aFullQueueIsRefusedAtOnceAndAFreedSlotAdmitsAgain() async throws {
        let judge = try Self.judge(concurrency: 1, queueLimit: 1)
        let problem = SandboxTests.problem(limit: 10, tests: [ProblemTest(name: "slow", visible: true, args: [.int(1), .int(2)], expected: .int(3))])
        let slow = "import time\ndef solve(a, b):\n    time.sleep(1.5)\n    return a + b\n"
        let answers = await withTaskGroup(of: (Answer, Double).self) { group in
            for _ in 0..<3 {
                group.addTask {
                    let started = ContinuousClock.now
                    let answer: Answer
                    do {
                        answer = .report(try await judge.judge(problem, code: slow, tests: problem.tests))
                    } catch let busy as JudgeBusy {
                        answer = .busy(busy)
                    } catch {
                        answer = .other(String(describing: error))
                    }
                    return (answer, (ContinuousClock.now - started).seconds)
                }
            }
            var all: [(Answer, Double)] = []
            for await answer in group { all.append(answer) }
            return all
        }
        let refused = answers.compactMap { answer, seconds -> (JudgeBusy, Double)? in
            if case .busy(let busy) = answer { (busy, seconds) } else { nil }
        }
        let judged = answers.compactMap { answer, _ -> JudgeReport? in if case .report(let report) = answer { report } else { nil } }
        // One slot and one place in the queue: the third of three is refused, at once.
        #expect(refused.count == 1 && judged.count == 2, "\(answers.map(\.0))")
        #expect(judged.allSatisfy { $0.verdict == .accepted }, "\(judged.map(\.summary))")
        if let (busy, seconds) = refused.first {
            #expect(seconds < 1.0, "the refusal took \(seconds) s")
            #expect(busy.retryAfterSeconds > 0)
            #expect(busy.description == "the judge is busy with other submissions; try again in a moment")
        }
        // Both slow ones are done: a new submission is admitted and judged.
        #expect(judge.waitingSubmissions == 0)
        let after = try await judge.judge(problem, code: "def solve(a, b):\n    return a + b\n", tests: problem.tests)
        #expect(after.verdict == .accepted, "\(after.summary)")
    }

    @Test func aWaitingSubmissionGetsTheSlotOfTheOneBeforeIt() async throws {
        let judge = try Self.judge(concurrency: 1, queueLimit: 4)
        let code = "import time\ndef solve(a, b):\n    time.sleep(0.3)\n    return a + b\n"
        let verdicts = try await withThrowingTaskGroup(of: VerdictKind.self) { group in
            for _ in 0..<4 { group.addTask { try await judge.judge(Self.add, code: code, tests: Self.add.tests).verdict } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(verdicts == Array(repeating: .accepted, count: 4))
    }

    // MARK: Every test runs; hidden tests only by number

    @Test func everyTestRunsAndTheSummaryCountsThem() async throws {
        let report = try await Self.judge().judge(Self.add, code: "def solve(a, b):\n    return 0 if a == 1 else a + b\n", tests: Self.add.tests)
        #expect(report.verdict == .wrongAnswer && report.failedTest == 1 && report.got == "0")
        #expect(report.outcomes.map(\.passed) == [false, true, true])
        #expect(report.summary == "Wrong Answer: 2 of 3 tests passed; the first failing is test 1 (small).")
    }

    @Test func aRuntimeErrorOnOneTestDoesNotStopTheOthers() async throws {
        let code = "def solve(a, b):\n    if a == -5:\n        raise ValueError('no negatives')\n    return a + b\n"
        let report = try await Self.judge().judge(Self.add, code: code, tests: Self.add.tests)
        #expect(report.verdict == .runtimeError && report.failedTest == 2, "\(report.summary)")
        #expect(report.errorMessage == "no negatives")
        #expect(report.outcomes.map(\.passed) == [true, false, true])
        #expect(report.summary == "Runtime Error on test 2: ValueError: no negatives (2 of 3 tests passed.)")
    }

    @Test func aTimeoutStillEndsTheRun() async throws {
        let problem = SandboxTests.problem(limit: 0.5, tests: Self.add.tests)
        let code = "def solve(a, b):\n    while a == -5: pass\n    return a - b\n"
        let report = try await Self.judge().judge(problem, code: code, tests: problem.tests)
        // Test 1 is wrong, test 2 never answers: the first failure decides, and the run ended at 2.
        #expect(report.verdict == .wrongAnswer && report.failedTest == 1, "\(report.summary)")
        #expect(report.outcomes.count == 1)
        #expect(report.summary.contains("test 2 then ended the run (Time Limit Exceeded)"), "\(report.summary)")
    }

    static let hiddenName = "hidden-name-6b1f"
    static let hiddenInput = 917_263_541
    static let hiddenExpected = 404_404_404

    static let withHidden = SandboxTests.problem(tests: [
        ProblemTest(name: "small", visible: true, args: [.int(1), .int(2)], expected: .int(3)),
        ProblemTest(name: hiddenName, visible: false, args: [.int(hiddenInput), .int(0)], expected: .int(hiddenExpected)),
    ])

    /// The report as the API would send it: no trace of the hidden test but its number.
    func expectNoHiddenData(_ report: JudgeReport, _ code: String) throws {
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for secret in [Self.hiddenName, String(Self.hiddenInput), String(Self.hiddenExpected), String(Self.hiddenInput + 1)] {
            #expect(!json.contains(secret), "the report carries `\(secret)` of a hidden test: \(json)")
        }
        #expect(report.failedTest == 2 && !report.failedTestVisible)
        #expect(report.outcomes.last?.name == "hidden test 2")
    }

    @Test(arguments: [
        // A wrong value (it is the input plus one).
        "def solve(a, b):\n    return a + b if a == 1 else a + 1\n",
        // The input in the exception's message.
        "def solve(a, b):\n    if a == 1: return 3\n    raise ValueError(f'{a} {a + 1}')\n",
        // The input as the name of an exception class of the code's own.
        "def solve(a, b):\n    if a == 1: return 3\n    raise type(f'E{a}', (Exception,), {})()\n",
        // The input in a function name in the traceback.
        "def solve(a, b):\n    if a == 1: return 3\n    ns = {}\n    exec(compile(f'def f{a}(): raise KeyError({a})', 'solution.py', 'exec'), ns)\n    ns[f'f{a}']()\n",
    ])
    func aHiddenFailureCarriesItsNumberOnly(_ code: String) async throws {
        let report = try await Self.judge().judge(Self.withHidden, code: code, tests: Self.withHidden.tests)
        #expect(report.verdict == .wrongAnswer || report.verdict == .runtimeError, "\(report.summary)")
        try expectNoHiddenData(report, code)
    }

    @Test func aHiddenBuiltinExceptionShowsItsTypeOnly() async throws {
        let code = "def solve(a, b):\n    if a == 1: return 3\n    raise KeyError(a)\n"
        let report = try await Self.judge().judge(Self.withHidden, code: code, tests: Self.withHidden.tests)
        #expect(report.errorType == "KeyError" && report.errorMessage == nil && report.trace.isEmpty)
        #expect(report.summary.hasPrefix("Runtime Error on hidden test 2: KeyError"), "\(report.summary)")
    }

    // MARK: numpy

    @Test func importingNumpyInAProblemWithoutItIsARuntimeErrorSayingSo() async throws {
        let report = try await Self.judge().judge(Self.add, code: "import numpy as np\ndef solve(a, b):\n    return a + b\n", tests: Self.add.tests)
        #expect(report.verdict == .runtimeError, "\(report.summary)")
        #expect(report.errorType == "ImportError")
        #expect(report.errorMessage?.contains("not allowed") == true, "\(report.summary)")
        let late = try await Self.judge().judge(Self.add, code: "def solve(a, b):\n    from numpy import linalg\n    return a + b\n", tests: Self.add.tests)
        #expect(late.errorMessage == "numpy is not allowed in this problem", "\(late.summary)")
    }

    static let numpyInstalled = FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/numpy")

    @Test(.enabled(if: LocalJudgeTests.numpyInstalled, "numpy is not installed (apt-get install python3-numpy)"))
    func numpyStaysAvailableWhereTheProblemAllowsIt() async throws {
        let problem = SandboxTests.problem(numpy: true, tests: Self.add.tests)
        let report = try await Self.judge().judge(problem, code: "import numpy as np\ndef solve(a, b):\n    return int(np.add(a, b))\n", tests: problem.tests)
        #expect(report.verdict == .accepted, "\(report.summary)")
    }

    // MARK: The server's environment

    @Test func theServersEnvironmentIsNotPassedOnEvenUnsandboxed() async throws {
        let name = "ONSITE_LOCAL_TEST_SECRET", secret = "local-\(UUID().uuidString)"
        setenv(name, secret, 1)
        #expect(String(cString: getenv(name)) == secret)
        let problem = SandboxTests.problem(tests: [ProblemTest(name: "env", visible: true, args: [.string(name)], expected: .string(secret))])
        let code = "import os\ndef solve(name):\n    return os.environ.get(name, 'absent')\n"
        let report = try await Self.judge().judge(problem, code: code, tests: problem.tests)
        #expect(report.verdict == .wrongAnswer && report.got == #""absent""#, "\(report.summary)")
    }
}
