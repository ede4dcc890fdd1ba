import Foundation
import OnsiteCore

/// The verdict logic for one run, test by test. Every test runs unless one ends the run (the
/// process is gone or can no longer be trusted to answer: time, memory, output, a crash, a syntax
/// error, code that cannot even load). The decisive failure is the first failing visible test, or
/// else the first failing hidden one; a hidden test is named by its number only, and nothing it
/// holds (name, input, expected, output, the exception's message) reaches the report.
struct JudgeRun {
    let problem: CodingProblem
    let tests: [ProblemTest]
    let sandboxed: Bool
    private(set) var outcomes: [TestOutcome] = []
    /// What the code returned on the latest test; only `Judge.referenceValue` reads it.
    private(set) var lastValue: JSONValue?
    /// The reports of the first failing test and of the first failing visible test, as they failed.
    private var firstFailure: JudgeReport?
    private var firstVisibleFailure: JudgeReport?

    init(problem: CodingProblem, tests: [ProblemTest], sandboxed: Bool) {
        self.problem = problem
        self.tests = tests
        self.sandboxed = sandboxed
    }

    var checker: Checker {
        Checker(kind: problem.checker, tolerance: problem.tolerance, ordered: problem.ordered)
    }

    /// Records a test's message; returns a report when the message ends the run.
    mutating func record(_ message: HarnessMessage, index: Int, seconds: Double) -> JudgeReport? {
        let test = tests[index]
        if let value = message.ok {
            lastValue = value
            let passed = checker.accepts(value, expected: test.expected)
            outcomes.append(outcome(index, passed: passed, seconds: seconds))
            if !passed {
                var report = make(.wrongAnswer, test: index, "Wrong Answer")
                if test.visible {
                    report.input = describe(test)
                    report.expected = test.expected.description
                    report.got = value.description
                }
                failed(report, index: index)
            }
            return nil
        }
        if let error = message.error {
            if error.type == "OutputLimitExceeded" {
                return make(.outputLimitExceeded, test: index, "Output Limit Exceeded on \(label(index)): the program printed more than 1 MB.")
            }
            if error.type == "MemoryError" {
                return make(.memoryLimitExceeded, test: index, "Memory Limit Exceeded on \(label(index)): the code asked for more than \(problem.memoryLimitMB) MB.")
            }
            var report: JudgeReport
            if test.visible {
                report = make(.runtimeError, test: index, "Runtime Error on \(label(index)): \(error.type): \(error.message)")
                report.errorType = error.type
                report.errorMessage = error.message
                report.trace = error.trace.map { "line \($0.line), in \($0.function): \($0.code)" }
                report.input = describe(test)
            } else {
                // The message, the traceback and a class of the code's own can all carry the
                // test's data out: a hidden test shows a built-in exception's type, and no more.
                let type = error.builtin ? error.type : "an exception of the code's own class"
                report = make(.runtimeError, test: index, "Runtime Error on \(label(index)): \(type) (a hidden test's message and traceback are not shown).")
                report.errorType = error.builtin ? error.type : nil
            }
            // Code that did not load (or has no entry function) answers no test at all.
            if error.fatal { return report }
            outcomes.append(outcome(index, passed: false, seconds: seconds))
            failed(report, index: index)
            return nil
        }
        if let syntax = message.syntax {
            let location = syntax.line > 0 ? " at line \(syntax.line), column \(syntax.column)" : ""
            var report = make(.syntaxError, test: nil, "Syntax Error\(location): \(syntax.message)")
            report.errorType = "SyntaxError"
            report.errorMessage = syntax.message
            return report
        }
        if message.timeout == true {
            return make(.timeLimitExceeded, test: index, "Time Limit Exceeded on \(label(index)): the query did too much work (a timeout, not a crash).")
        }
        if message.crash != nil { return crashed(message, index: index) }
        return make(.runtimeError, test: index, "Runtime Error on \(label(index)): the program stopped before answering it (did it call os._exit?).")
    }

    /// No message came: either the deadline passed (a timeout) or the program ended the run.
    func silent(_ next: Frames.Next, index: Int) -> JudgeReport {
        if case .closed = next {
            return make(.runtimeError, test: index, "Runtime Error on \(label(index)): the program ended the judge's process before answering.")
        }
        return make(.timeLimitExceeded, test: index, "Time Limit Exceeded on \(label(index)): no answer within \(format(problem.timeLimitSeconds)) s (a timeout, not a crash).")
    }

    func crashed(_ message: HarnessMessage, index: Int) -> JudgeReport {
        let signal = message.crash?.signal ?? 0
        let at = min(index, tests.count - 1)
        let shown = label(at)
        switch signal {
        case SIGXCPU: return make(.timeLimitExceeded, test: at, "Time Limit Exceeded on \(shown): the CPU time limit was reached (a timeout, not a crash).")
        case SIGXFSZ: return make(.outputLimitExceeded, test: at, "Output Limit Exceeded: the program printed more than 1 MB.")
        case SIGKILL: return make(.memoryLimitExceeded, test: at, "Memory Limit Exceeded on \(shown): the program was killed for using too much memory.")
        case SIGSEGV: return make(.runtimeError, test: at, "Runtime Error on \(shown): the program crashed (segmentation fault; very deep recursion or ctypes can cause it).")
        default: return make(.runtimeError, test: at, "Runtime Error on \(shown): the program was stopped by signal \(signal).")
        }
    }

    /// The report once the run is over (`ended` when a test ended it early): the decisive failure
    /// with how many tests passed, else what ended the run, else Accepted.
    func finish(ended: JudgeReport?) -> JudgeReport {
        let passed = outcomes.filter(\.passed).count
        let tally = "\(passed) of \(tests.count) tests passed"
        guard var report = firstVisibleFailure ?? firstFailure else {
            guard var ended else { return accepted() }
            ended.outcomes = outcomes
            return ended
        }
        report.outcomes = outcomes
        // A test after the decisive one ended the run: the ones after it did not run.
        let stop = ended.map { ended in
            (ended.failedTest.map { " \(label($0 - 1)) then ended the run (\(ended.verdict.title)); the tests after it did not run." }
                ?? " The run then ended (\(ended.verdict.title)).")
        } ?? ""
        let index = report.failedTest! - 1
        switch report.verdict {
        case .wrongAnswer:
            let first = tests[index].visible ? "test \(index + 1) (\(tests[index].name))" : label(index)
            report.summary = "Wrong Answer: \(tally); the first failing is \(first)." + stop
        default:
            report.summary += " (\(tally).)" + stop
        }
        return report
    }

    func accepted() -> JudgeReport {
        make(.accepted, test: nil, "Accepted: all \(tests.count) tests passed.")
    }

    func internalError(_ detail: String) -> JudgeReport {
        make(.internalError, test: nil, "Internal Error: the judge could not run this submission (\(detail)). It is not your code's fault.")
    }

    private mutating func failed(_ report: JudgeReport, index: Int) {
        if firstFailure == nil { firstFailure = report }
        if tests[index].visible, firstVisibleFailure == nil { firstVisibleFailure = report }
    }

    /// A hidden test's outcome carries its number only: its name stays here.
    private func outcome(_ index: Int, passed: Bool, seconds: Double) -> TestOutcome {
        let test = tests[index]
        return TestOutcome(number: index + 1, name: test.visible ? test.name : label(index), visible: test.visible, passed: passed, seconds: seconds)
    }

    /// "test 3", or "hidden test 3".
    private func label(_ index: Int) -> String {
        tests.indices.contains(index) && !tests[index].visible ? "hidden test \(index + 1)" : "test \(index + 1)"
    }

    private func make(_ verdict: VerdictKind, test: Int?, _ summary: String) -> JudgeReport {
        JudgeReport(
            verdict: verdict, summary: summary, failedTest: test.map { $0 + 1 },
            failedTestVisible: test.flatMap { tests.indices.contains($0) ? tests[$0].visible : nil } ?? false,
            input: nil, expected: nil, got: nil, errorType: nil, errorMessage: nil, trace: [],
            outcomes: outcomes, seconds: 0, peakMemoryBytes: 0, sandboxed: sandboxed)
    }

    private func describe(_ test: ProblemTest) -> String {
        if let data = test.data { return data }
        return (test.args ?? []).map(\.description).joined(separator: ", ")
    }

    private func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
