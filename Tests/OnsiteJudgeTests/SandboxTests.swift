import Foundation
import OnsiteCore
import OnsiteJudge
import Testing

/// The sandboxed judge, when this machine has bubblewrap and Python. (Outside the suite: a suite's
/// trait cannot name the suite's own members.)
let sandboxJudge: Judge? = try? JudgeSetup.make(allowUnsandboxed: false)
let sandboxMissing: Comment = "bubblewrap or /usr/bin/python3 is not installed (apt-get install bubblewrap python3)"

/// The judge on real submissions in the real sandbox. Without bubblewrap these are reported as
/// skipped, with the reason.
@Suite(.serialized, .enabled(if: sandboxJudge != nil, sandboxMissing))
struct SandboxTests {
    static var setup: Judge? { sandboxJudge }
    static var missing: Comment { sandboxMissing }

    static func problem(
        language: ProblemLanguage = .python, checker: CheckerKind = .exact, numpy: Bool = false, limit: Double = 1,
        schema: String = "", tests: [ProblemTest]
    ) -> CodingProblem {
        CodingProblem(
            id: "fixture", title: "Fixture", round: language == .sql ? .sql : .dsa, difficulty: .easy, patterns: [],
            language: language, entry: "solve", checker: checker, tolerance: 1e-6, ordered: false, numpy: numpy,
            timeLimitSeconds: limit, memoryLimitMB: 128, hints: [], statement: "", editorial: "", starter: "", solution: "", schema: schema, wrongSolutions: [], tests: tests, path: "")
    }

    static let add = problem(tests: [
        ProblemTest(name: "small", visible: true, args: [.int(1), .int(2)], expected: .int(3)),
        ProblemTest(name: "negative", visible: true, args: [.int(-5), .int(2)], expected: .int(-3)),
        ProblemTest(name: "hidden", visible: false, args: [.int(10), .int(20)], expected: .int(30)),
    ])

    func run(_ code: String, _ problem: CodingProblem = SandboxTests.add) async throws -> JudgeReport {
        let judge = try #require(Self.setup)
        return try await judge.judge(problem, code: code, tests: problem.tests)
    }

    @Test func acceptsACorrectSolution() async throws {
        let report = try await run("def solve(a, b):\n    return a + b\n")
        #expect(report.verdict == .accepted, "\(report.summary)")
        #expect(report.sandboxed)
        #expect(report.outcomes.count == 3)
    }

    @Test func wrongAnswerShowsAVisibleTestButHidesAHiddenOne() async throws {
        let visible = try await run("def solve(a, b):\n    return a - b\n")
        #expect(visible.verdict == .wrongAnswer)
        #expect(visible.failedTest == 1 && visible.input == "1, 2" && visible.expected == "3" && visible.got == "-1")
        #expect(visible.summary == "Wrong Answer: 0 of 3 tests passed; the first failing is test 1 (small).")
        let hidden = try await run("def solve(a, b):\n    return 30 - 1 if a == 10 else a + b\n")
        #expect(hidden.verdict == .wrongAnswer && hidden.failedTest == 3 && !hidden.failedTestVisible)
        #expect(hidden.summary == "Wrong Answer: 2 of 3 tests passed; the first failing is hidden test 3.")
        #expect(hidden.input == nil && hidden.expected == nil && hidden.got == nil)
        #expect(hidden.outcomes.map(\.name) == ["small", "negative", "hidden test 3"])
    }

    @Test func everyTestRunsAfterAFailure() async throws {
        let report = try await run("def solve(a, b):\n    return 0 if a == 1 else a + b\n")
        #expect(report.verdict == .wrongAnswer && report.failedTest == 1)
        #expect(report.outcomes.map(\.passed) == [false, true, true])
        #expect(report.summary.hasPrefix("Wrong Answer: 2 of 3 tests passed"))
    }

    @Test func peakMemoryCountsWhatTheCodeTouched() async throws {
        let hungry = "def solve(a, b):\n    blob = b'x' * 60_000_000\n    return a + b\n"
        let big = try await run(hungry)
        let small = try await run("def solve(a, b):\n    return a + b\n")
        #expect(big.verdict == .accepted, "\(big.summary)")
        #expect(big.peakMemoryBytes >= 60_000_000, "peak \(big.peakMemoryBytes)")
        #expect(small.peakMemoryBytes > 0 && small.peakMemoryBytes < big.peakMemoryBytes - 40_000_000, "small \(small.peakMemoryBytes)")
    }

    @Test func floatResultsPassAnIntegerExpectation() async throws {
        let report = try await run("def solve(a, b):\n    return float(a + b)\n")
        #expect(report.verdict == .accepted, "\(report.summary)")
    }

    @Test func runtimeErrorCarriesTheTypeMessageAndUserLines() async throws {
        let report = try await run("def solve(a, b):\n    x = {}\n    return x['missing']\n")
        #expect(report.verdict == .runtimeError)
        #expect(report.errorType == "KeyError")
        #expect(report.trace.contains { $0 == "line 3, in solve: return x['missing']" }, "\(report.trace)")
    }

    @Test func syntaxErrorNamesLineAndColumn() async throws {
        let report = try await run("def solve(a, b):\n    return (a +\n")
        #expect(report.verdict == .syntaxError)
        #expect(report.summary.contains("line 2"))
    }

    @Test func wrongFunctionNameIsAClearRuntimeError() async throws {
        let report = try await run("def add(a, b):\n    return a + b\n")
        #expect(report.verdict == .runtimeError)
        #expect(report.summary.contains("define a function named `solve`"))
    }

    @Test func numpyValuesAreConverted() async throws {
        let problem = Self.problem(checker: .float, numpy: true, tests: [
            ProblemTest(name: "array", visible: true, args: [.array([.int(1), .int(2)])], expected: .array([.double(0.5), .double(1)])),
        ])
        let report = try await run("import numpy as np\ndef solve(xs):\n    return np.array(xs) / 2\n", problem)
        #expect(report.verdict == .accepted, "\(report.summary)")
    }

    @Test func numpyIsRefusedWhereTheProblemDoesNotAllowIt() async throws {
        let report = try await run("import numpy as np\ndef solve(a, b):\n    return a + b\n")
        #expect(report.verdict == .runtimeError)
        #expect(report.errorType == "ImportError" && report.errorMessage == "numpy is not allowed in this problem", "\(report.summary)")
    }

    @Test func sqlRunsOnAFreshDatabaseAndDeniesAttach() async throws {
        let problem = Self.problem(language: .sql, checker: .rows, schema: "CREATE TABLE t (x INTEGER);", tests: [
            ProblemTest(name: "sum", visible: true, data: "INSERT INTO t VALUES (1), (2);",
                        expected: .object(["columns": .array([.string("s")]), "rows": .array([.array([.int(3)])])])),
        ])
        let good = try await run("SELECT SUM(x) AS s FROM t;", problem)
        #expect(good.verdict == .accepted, "\(good.summary)")
        let attach = try await run("ATTACH DATABASE '/tmp/x.db' AS other", problem)
        #expect(attach.verdict == .runtimeError, "\(attach.summary)")
        #expect(attach.summary.contains("not authorized"))
    }
}
