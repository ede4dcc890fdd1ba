public import Foundation

/// A card's scheduling state (FSRS memory state plus due date); callers key cards themselves.
public struct Card: Sendable, Codable, Equatable, Hashable {
    /// Current learning phase.
    public var state: State
    /// Index of the current (re)learning step; nil in the review state.
    public var step: Int?
    /// Memory stability in days; nil until the first review.
    public var stability: Double?
    /// Memory difficulty in [1, 10]; nil until the first review.
    public var difficulty: Double?
    /// When the card is next due.
    public var due: Date
    /// When the card was last reviewed; nil if never.
    public var lastReview: Date?

    /// A new, never-reviewed card due at `due`.
    public init(due: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }

    /// A card with an explicit state; a learning card with no step starts at step 0 (as in py-fsrs).
    public init(
        state: State,
        step: Int?,
        stability: Double?,
        difficulty: Double?,
        due: Date,
        lastReview: Date?
    ) {
        self.state = state
        self.step = (state == .learning && step == nil) ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }
}
