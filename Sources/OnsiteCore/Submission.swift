public import Foundation

/// Run checks the visible tests (and a custom input); Submit checks them all and counts.
public enum SubmissionKind: String, Sendable, Codable {
    case run, submit
}

/// One judged submission of code to a problem, as saved.
public struct Submission: Sendable, Codable, Identifiable {
    public var id: UUID
    public var problemID: String
    public var kind: SubmissionKind
    public var code: String
    public var verdict: VerdictKind
    public var summary: String
    /// The judge's whole report as JSON, to show the verdict panel again later.
    public var report: String
    public var submittedAt: Date

    public init(
        id: UUID, problemID: String, kind: SubmissionKind, code: String, verdict: VerdictKind,
        summary: String, report: String, submittedAt: Date
    ) {
        self.id = id
        self.problemID = problemID
        self.kind = kind
        self.code = code
        self.verdict = verdict
        self.summary = summary
        self.report = report
        self.submittedAt = submittedAt
    }
}

/// How an attempt at a problem went, which decides its review rating: a solved problem comes
/// back like a card, sooner when it was a struggle.
public enum AttemptOutcome: Sendable, Equatable {
    case acceptedFirstTry
    case acceptedAfterFailures(Int)
    case gaveUp

    /// First-try accept is Good, accept after failed submits is Hard, giving up is Again. Easy is
    /// left to the person: a clean solve says nothing about how easy it felt.
    public var rating: Rating {
        switch self {
        case .acceptedFirstTry: .good
        case .acceptedAfterFailures: .hard
        case .gaveUp: .again
        }
    }

    /// The outcome of an accepted submit after `failures` failed submits in the same attempt.
    public static func accepted(after failures: Int) -> AttemptOutcome {
        failures == 0 ? .acceptedFirstTry : .acceptedAfterFailures(failures)
    }
}

extension Scheduler {
    /// The scheduler for coding problems: no learning steps, because solving the same problem
    /// again minutes later proves nothing. A solve goes straight to an interval of days, and
    /// giving up brings the problem back the next day.
    public static func forProblems(enableFuzzing: Bool = true) throws(FSRSError) -> Scheduler {
        try Scheduler(learningSteps: [], relearningSteps: [], enableFuzzing: enableFuzzing)
    }
}
