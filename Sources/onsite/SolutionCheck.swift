import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge

/// `onsite content check --run-solutions`: every reference is Accepted and every known-wrong
/// solution gets exactly the verdict it declares, in the real judge.
enum SolutionCheck {
    struct Outcome: Sendable { var problem: CodingProblem; var failures: [String]; var wrongRejected: Int }

    static func run(bundle: ContentBundle, judge: Judge, parallel: Int = 2) async throws -> (failures: [String], references: Int, wrongRejected: Int, wrongTotal: Int) {
        var failures: [String] = []
        var wrongRejected = 0
        var done = 0
        let problems = bundle.problems
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var next = 0
            func start() throws {
                guard next < problems.count else { return }
                let problem = problems[next]
                let tests = try bundle.tests(for: problem)
                next += 1
                group.addTask { try await check(problem, tests: tests, judge: judge) }
            }
            for _ in 0..<parallel { try start() }
            while let outcome = try await group.next() {
                done += 1
                failures += outcome.failures
                wrongRejected += outcome.wrongRejected
                let mark = outcome.failures.isEmpty ? "ok  " : "FAIL"
                print("[\(done)/\(problems.count)] \(mark) \(outcome.problem.path): reference \(outcome.failures.isEmpty ? "accepted" : "checked"), \(outcome.wrongRejected)/\(outcome.problem.wrongSolutions.count) wrong solutions got their verdicts")
                try start()
            }
        }
        return (failures, problems.count, wrongRejected, problems.reduce(0) { $0 + $1.wrongSolutions.count })
    }

    /// Throws `JudgeBusy` only if the judge refused a submission, which `parallel` below its queue never causes.
    static func check(_ problem: CodingProblem, tests: [ProblemTest], judge: Judge) async throws -> Outcome {
        var failures: [String] = []
        let reference = try await judge.judge(problem, code: problem.solution, tests: tests)
        let ext = problem.language == .sql ? "sql" : "py"
        if reference.verdict != .accepted {
            failures.append("\(problem.path)/solution.\(ext):1: the reference got \(reference.summary)")
        }
        var rejected = 0
        for wrong in problem.wrongSolutions {
            let report = try await judge.judge(problem, code: wrong.code, tests: tests)
            if report.verdict == wrong.verdict {
                rejected += 1
            } else {
                failures.append("\(problem.path)/\(wrong.file):1: expected \(wrong.verdict.title), got \(report.summary)")
            }
        }
        return Outcome(problem: problem, failures: failures, wrongRejected: rejected)
    }
}
