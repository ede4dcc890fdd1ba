import Foundation
import OnsiteCore

/// The verdict logic for one run, test by test: the first failure decides.
struct JudgeRun {
    let problem: CodingProblem
    let tests: [ProblemTest]
    let sandboxed: Bool
    private(set) var outcomes: [TestOutcome] = []
    /// What the code returned on the latest test; only `Judge.referenceValue` reads it.
    private(set) var lastValue: JSONValue?

    init(problem: CodingProblem, tests: [ProblemTest], sandboxed: Bool) {
        self.problem = problem
        self.tests = tests
        self.sandboxed = sandboxed
    }

    var checker: Checker {
        Checker(kind: problem.checker, tolerance: problem.tolerance, ordered: problem.ordered)
    }

    /// Records a test's message; returns the report when it decides the verdict.
    mutating func record(_ next: Frames.Next, index: Int, seconds: Double) -> JudgeReport? {
        guard case .message(let message) = next else { return nil }
        let test = tests[index]
        if let value = message.ok {
            lastValue = value
            let passed = checker.accepts(value, expected: test.expected)
            outcomes.append(TestOutcome(number: index + 1, name: test.name, visible: test.visible, passed: passed, seconds: seconds))
            if passed { return nil }
            var report = make(.wrongAnswer, test: index, test.visible ? "Wrong Answer on test \(index + 1) (\(test.name))." : "Wrong Answer on hidden test \(index + 1).")
            if test.visible {
                report.input = describe(test)
                report.expected = test.expected.description
                report.got = value.description
            }
            return report
        }
        if let error = message.error {
            if error.type == "OutputLimitExceeded" {
                return make(.outputLimitExceeded, test: index, "Output Limit Exceeded on test \(index + 1): the program printed more than 1 MB.")
            }
            let kind: VerdictKind = error.type == "MemoryError" ? .memoryLimitExceeded : .runtimeError
            let summary = kind == .memoryLimitExceeded
                ? "Memory Limit Exceeded on test \(index + 1): the code asked for more than \(problem.memoryLimitMB) MB."
                : "Runtime Error on test \(index + 1): \(error.type): \(error.message)"
            var report = make(kind, test: index, summary)
            report.errorType = error.type
            report.errorMessage = error.message
            report.trace = error.trace.map { "line \($0.line), in \($0.function): \($0.code)" }
            if test.visible { report.input = describe(test) }
            return report
        }
        if let syntax = message.syntax {
            let location = syntax.line > 0 ? " at line \(syntax.line), column \(syntax.column)" : ""
            var report = make(.syntaxError, test: nil, "Syntax Error\(location): \(syntax.message)")
            report.errorType = "SyntaxError"
            report.errorMessage = syntax.message
            return report
        }
        if message.timeout == true {
            return make(.timeLimitExceeded, test: index, "Time Limit Exceeded on test \(index + 1): the query did too much work (a timeout, not a crash).")
        }
        if message.crash != nil { return crashed(message, index: index) }
        return make(.runtimeError, test: index, "Runtime Error on test \(index + 1): the program stopped before answering it (did it call os._exit?).")
    }

    /// No message came: either the deadline passed (a timeout) or the program ended the run.
    func silent(_ next: Frames.Next, index: Int) -> JudgeReport {
        if case .closed = next {
            return make(.runtimeError, test: index, "Runtime Error on test \(index + 1): the program ended the judge's process before answering.")
        }
        return make(.timeLimitExceeded, test: index, "Time Limit Exceeded on test \(index + 1): no answer within \(format(problem.timeLimitSeconds)) s (a timeout, not a crash).")
    }

    func crashed(_ message: HarnessMessage, index: Int) -> JudgeReport {
        let signal = message.crash?.signal ?? 0
        let shown = min(index, tests.count - 1) + 1
        switch signal {
        case SIGXCPU: return make(.timeLimitExceeded, test: shown - 1, "Time Limit Exceeded on test \(shown): the CPU time limit was reached (a timeout, not a crash).")
        case SIGXFSZ: return make(.outputLimitExceeded, test: shown - 1, "Output Limit Exceeded: the program printed more than 1 MB.")
        case SIGKILL: return make(.memoryLimitExceeded, test: shown - 1, "Memory Limit Exceeded on test \(shown): the program was killed for using too much memory.")
        case SIGSEGV: return make(.runtimeError, test: shown - 1, "Runtime Error on test \(shown): the program crashed (segmentation fault; very deep recursion or ctypes can cause it).")
        default: return make(.runtimeError, test: shown - 1, "Runtime Error on test \(shown): the program was stopped by signal \(signal).")
        }
    }

    func accepted() -> JudgeReport {
        make(.accepted, test: nil, "Accepted: all \(tests.count) tests passed.")
    }

    func internalError(_ detail: String) -> JudgeReport {
        make(.internalError, test: nil, "Internal Error: the judge could not run this submission (\(detail)). It is not your code's fault.")
    }

    private func make(_ verdict: VerdictKind, test: Int?, _ summary: String) -> JudgeReport {
        JudgeReport(
            verdict: verdict, summary: summary, failedTest: test.map { $0 + 1 },
            failedTestVisible: test.map { tests[$0].visible } ?? false,
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
