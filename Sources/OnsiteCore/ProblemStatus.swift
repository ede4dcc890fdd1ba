public import Foundation

/// Where a person stands on a problem.
public enum ProblemStatus: String, Sendable, CaseIterable {
    case new, attempted, solved, due

    public var title: String {
        switch self {
        case .new: "Not tried"
        case .attempted: "Attempted"
        case .solved: "Solved"
        case .due: "Due for review"
        }
    }

    /// The status from the problem's schedule and its submits: due when its review falls before
    /// the end of today; solved once a submit was accepted; attempted after any submit or review.
    public static func of(state: Card?, tally: ProblemTally?, endOfDay: Date) -> ProblemStatus {
        if let state, state.due < endOfDay { return .due }
        if tally?.accepted == true { return .solved }
        if tally != nil || state != nil { return .attempted }
        return .new
    }

    /// Solved, whether or not its review is due today.
    public var isSolved: Bool { self == .solved || self == .due }
}

/// A problem's submits so far.
public struct ProblemTally: Sendable, Equatable {
    public var submits: Int
    public var accepted: Bool

    public init(submits: Int, accepted: Bool) {
        self.submits = submits
        self.accepted = accepted
    }
}

/// When the current attempt at a problem began, which decides whether a submit is rated.
public enum AttemptWindow {
    /// The last review (or the beginning, for a problem never reviewed) while the problem is new or
    /// due today; nil while it is scheduled for a later day: solving it again then is practice.
    public static func start(state: Card?, endOfDay: Date) -> Date? {
        guard let state else { return .distantPast }
        guard state.due < endOfDay else { return nil }
        return state.lastReview ?? .distantPast
    }
}
