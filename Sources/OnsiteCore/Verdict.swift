/// The outcome of judging a submission, as LeetCode-style judges name them.
public enum VerdictKind: String, Sendable, Codable, CaseIterable {
    case accepted = "accepted"
    case wrongAnswer = "wrong-answer"
    case timeLimitExceeded = "time-limit-exceeded"
    case memoryLimitExceeded = "memory-limit-exceeded"
    case runtimeError = "runtime-error"
    case outputLimitExceeded = "output-limit-exceeded"
    case syntaxError = "syntax-error"
    case internalError = "internal-error"

    /// The name a person reads.
    public var title: String {
        switch self {
        case .accepted: "Accepted"
        case .wrongAnswer: "Wrong Answer"
        case .timeLimitExceeded: "Time Limit Exceeded"
        case .memoryLimitExceeded: "Memory Limit Exceeded"
        case .runtimeError: "Runtime Error"
        case .outputLimitExceeded: "Output Limit Exceeded"
        case .syntaxError: "Syntax Error"
        case .internalError: "Internal Error"
        }
    }
}
