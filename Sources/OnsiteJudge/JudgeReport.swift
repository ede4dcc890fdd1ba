public import OnsiteCore

/// What happened on one test.
public struct TestOutcome: Sendable, Codable {
    public var number: Int
    public var name: String
    public var visible: Bool
    public var passed: Bool
    public var seconds: Double
}

/// The judge's answer for one submission. A hidden test is named only by its number: its input,
/// expected output and what the code returned stay out of the report.
public struct JudgeReport: Sendable, Codable {
    public var verdict: VerdictKind
    /// One line a person reads: what went wrong and where, or how fast it passed.
    public var summary: String
    /// The first test that failed (1-based), when one did.
    public var failedTest: Int?
    public var failedTestVisible: Bool
    /// Only for a visible failing test: its input, what was expected and what came back.
    public var input: String?
    public var expected: String?
    public var got: String?
    /// For runtime and syntax errors: the exception and the lines of the person's code.
    public var errorType: String?
    public var errorMessage: String?
    public var trace: [String]
    public var outcomes: [TestOutcome]
    public var seconds: Double
    /// Peak resident memory of the process that ran the code (interpreter included); 0 when the
    /// run ended before the harness could measure it (a verdict decided early, a killed sandbox).
    public var peakMemoryBytes: Int
    public var sandboxed: Bool
}
