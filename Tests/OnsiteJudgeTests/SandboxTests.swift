import Foundation
import OnsiteCore
import OnsiteJudge
import Testing

/// The judge on real submissions in the real sandbox. Without bubblewrap these skip with a reason.
@Suite(.serialized) struct SandboxTests {
    static let setup: Judge? = try? JudgeSetup.make(allowUnsandboxed: false)

    func judge() -> Judge? {
        guard let judge = Self.setup else {
            print("skipped sandbox test: bubblewrap or /usr/bin/python3 is not installed (apt-get install bubblewrap python3)")
            return nil
        }
        return judge
    }

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

    func run(_ code: String, _ problem: CodingProblem = SandboxTests.add) async -> JudgeReport? {
        guard let judge = judge() else { return nil }
        return await judge.judge(problem, code: code, tests: problem.tests)
    }

    @Test func acceptsACorrectSolution() async {
        guard let report = await run("def solve(a, b):\n    return a + b\n") else { return }
        #expect(report.verdict == .accepted, "\(report.summary)")
        #expect(report.sandboxed)
        #expect(report.outcomes.count == 3)
    }

    @Test func wrongAnswerShowsAVisibleTestButHidesAHiddenOne() async {
        guard let visible = await run("def solve(a, b):\n    return a - b\n") else { return }
        #expect(visible.verdict == .wrongAnswer)
        #expect(visible.failedTest == 1 && visible.input == "1, 2" && visible.expected == "3" && visible.got == "-1")
        guard let hidden = await run("def solve(a, b):\n    return 30 - 1 if a == 10 else a + b\n") else { return }
        #expect(hidden.verdict == .wrongAnswer && hidden.failedTest == 3)
        #expect(hidden.summary == "Wrong Answer on hidden test 3.")
        #expect(hidden.input == nil && hidden.expected == nil && hidden.got == nil)
    }

    @Test func peakMemoryCountsWhatTheCodeTouched() async {
        let hungry = "def solve(a, b):\n    blob = b'x' * 60_000_000\n    return a + b\n"
        guard let big = await run(hungry), let small = await run("def solve(a, b):\n    return a + b\n") else { return }
        #expect(big.verdict == .accepted, "\(big.summary)")
        #expect(big.peakMemoryBytes >= 60_000_000, "peak \(big.peakMemoryBytes)")
        #expect(small.peakMemoryBytes > 0 && small.peakMemoryBytes < big.peakMemoryBytes - 40_000_000, "small \(small.peakMemoryBytes)")
    }

    @Test func floatResultsPassAnIntegerExpectation() async {
        guard let report = await run("def solve(a, b):\n    return float(a + b)\n") else { return }
        #expect(report.verdict == .accepted, "\(report.summary)")
    }

    @Test func runtimeErrorCarriesTheTypeMessageAndUserLines() async {
        guard let report = await run("def solve(a, b):\n    x = {}\n    return x['missing']\n") else { return }
        #expect(report.verdict == .runtimeError)
        #expect(report.errorType == "KeyError")
        #expect(report.trace.contains { $0 == "line 3, in solve: return x['missing']" }, "\(report.trace)")
    }

    @Test func syntaxErrorNamesLineAndColumn() async {
        guard let report = await run("def solve(a, b):\n    return (a +\n") else { return }
        #expect(report.verdict == .syntaxError)
        #expect(report.summary.contains("line 2"))
    }

    @Test func wrongFunctionNameIsAClearRuntimeError() async {
        guard let report = await run("def add(a, b):\n    return a + b\n") else { return }
        #expect(report.verdict == .runtimeError)
        #expect(report.summary.contains("define a function named `solve`"))
    }

    @Test func numpyValuesAreConverted() async {
        let problem = Self.problem(checker: .float, numpy: true, tests: [
            ProblemTest(name: "array", visible: true, args: [.array([.int(1), .int(2)])], expected: .array([.double(0.5), .double(1)])),
        ])
        guard let report = await run("import numpy as np\ndef solve(xs):\n    return np.array(xs) / 2\n", problem) else { return }
        #expect(report.verdict == .accepted, "\(report.summary)")
    }

    @Test func sqlRunsOnAFreshDatabaseAndDeniesAttach() async {
        let problem = Self.problem(language: .sql, checker: .rows, schema: "CREATE TABLE t (x INTEGER);", tests: [
            ProblemTest(name: "sum", visible: true, data: "INSERT INTO t VALUES (1), (2);",
                        expected: .object(["columns": .array([.string("s")]), "rows": .array([.array([.int(3)])])])),
        ])
        guard let good = await run("SELECT SUM(x) AS s FROM t;", problem) else { return }
        #expect(good.verdict == .accepted, "\(good.summary)")
        guard let attach = await run("ATTACH DATABASE '/tmp/x.db' AS other", problem) else { return }
        #expect(attach.verdict == .runtimeError, "\(attach.summary)")
        #expect(attach.summary.contains("not authorized"))
    }
}
