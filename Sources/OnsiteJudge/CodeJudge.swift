public import OnsiteCore

/// What the problem service needs of a judge: the real one (`Judge`), or a fake in service tests
/// that need no sandbox (`OnsiteTestSupport`).
public protocol CodeJudge: Sendable {
    var mode: ExecutionMode { get }
    /// Judges `code` on `tests`; `progress` hears about each test as it passes.
    func judge(
        _ problem: CodingProblem, code: String, tests: [ProblemTest], progress: @escaping @Sendable (TestOutcome) -> Void
    ) async throws -> JudgeReport
    /// What the reference solution returns on an input the person typed.
    func referenceValue(_ problem: CodingProblem, on input: ProblemTest) async throws -> Result<JSONValue, ReferenceFailure>
    /// Starts warm interpreters in the background, where the judge keeps any.
    func warmUp()
}

extension Judge: CodeJudge {}

extension JudgeReport {
    /// A report that carries a verdict and its summary only: what a fake judge answers in tests.
    public static func decided(_ verdict: VerdictKind, summary: String) -> JudgeReport {
        JudgeReport(
            verdict: verdict, summary: summary, failedTest: nil, failedTestVisible: false, input: nil, expected: nil, got: nil,
            errorType: nil, errorMessage: nil, trace: [], outcomes: [], seconds: 0, peakMemoryBytes: 0, sandboxed: false)
    }
}
