public import OnsiteCore
public import OnsiteJudge
import Synchronization

/// A judge that runs nothing: it answers each submission with the verdict `decide` gives its code
/// (nil: the judge is busy), and counts what it was asked. For tests that need no sandbox.
public final class ScriptedJudge: CodeJudge {
    public let mode = ExecutionMode.unsandboxedLocal(python: "scripted")
    private let decide: @Sendable (String) -> VerdictKind?
    private let judged = Mutex(0)

    public init(decide: @escaping @Sendable (String) -> VerdictKind?) { self.decide = decide }

    /// How many submissions it judged.
    public var count: Int { judged.withLock { $0 } }

    public func judge(
        _ problem: CodingProblem, code: String, tests: [ProblemTest], progress: @escaping @Sendable (TestOutcome) -> Void
    ) async throws -> JudgeReport {
        guard let verdict = decide(code) else { throw JudgeBusy(retryAfterSeconds: 2) }
        judged.withLock { $0 += 1 }
        return .decided(verdict, summary: verdict == .accepted ? "Accepted" : verdict.title)
    }

    public func referenceValue(_ problem: CodingProblem, on input: ProblemTest) async throws -> Result<JSONValue, ReferenceFailure> {
        .success(.null)
    }

    public func warmUp() {}
}
