public import Foundation

/// What to drill next: cards in (re)learning that are due, reviews due today, and new cards
/// within the daily limit, mixed so new material arrives steadily among the reviews.
public struct DrillQueue: Sendable, Equatable {
    /// Item ids in (re)learning whose step is due now, soonest first.
    public var learning: [String]
    /// Item ids in (re)learning due within the learn-ahead window: shown only when nothing else is
    /// left, as Anki does, so a card just answered does not come straight back.
    public var learningAhead: [String]
    /// Item ids in review whose due date falls before the end of today, most overdue first.
    public var reviews: [String]
    /// Item ids never seen, in bank order, already cut to what today's new-card limit allows.
    public var new: [String]
    /// New cards still unseen in the whole selection, before the daily limit.
    public var unseenTotal: Int
    /// Reviews answered so far today; spaces new cards among reviews.
    public var answeredToday: Int

    /// How far ahead a card in (re)learning may be shown when nothing else is left, as in Anki.
    public static let learnAhead: TimeInterval = 20 * 60

    /// Builds today's queue.
    /// - Parameters:
    ///   - itemIDs: the selection in bank order (all cards, or one topic's).
    ///   - states: the scheduler state of every item ever reviewed, by id.
    ///   - newIntroducedToday: how many new items were first seen today (they count against the limit).
    public init(
        itemIDs: [String], states: [String: Card], now: Date, calendar: StudyCalendar,
        newPerDay: Int, newIntroducedToday: Int, answeredToday: Int, learnAhead: TimeInterval = DrillQueue.learnAhead
    ) {
        let endOfDay = calendar.endOfDay(containing: now)
        var learning: [(String, Date)] = []
        var ahead: [(String, Date)] = []
        var reviews: [(String, Date)] = []
        var unseen: [String] = []
        for id in itemIDs {
            guard let card = states[id] else { unseen.append(id); continue }
            switch card.state {
            case .learning, .relearning:
                if card.due <= now {
                    learning.append((id, card.due))
                } else if card.due <= now.addingTimeInterval(learnAhead) {
                    ahead.append((id, card.due))
                }
            case .review:
                if card.due < endOfDay { reviews.append((id, card.due)) }
            }
        }
        self.learning = learning.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        self.learningAhead = ahead.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        self.reviews = reviews.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        self.new = Array(unseen.prefix(max(0, newPerDay - newIntroducedToday)))
        self.unseenTotal = unseen.count
        self.answeredToday = answeredToday
    }

    /// The first moment after `now` at which the same inputs build a different queue: a card in
    /// (re)learning falling due or entering the learn-ahead window, or the end of the day (which
    /// decides the reviews). Until then a queue built at `now` can be reused.
    public static func stableUntil(
        itemIDs: [String], states: [String: Card], now: Date, calendar: StudyCalendar, learnAhead: TimeInterval = DrillQueue.learnAhead
    ) -> Date {
        var until = calendar.endOfDay(containing: now)
        for id in itemIDs {
            guard let card = states[id], card.state != .review else { continue }
            for edge in [card.due.addingTimeInterval(-learnAhead), card.due] where edge > now && edge < until {
                until = edge
            }
        }
        return until
    }

    /// Cards in (re)learning, due now or within the learn-ahead window.
    public var learningCount: Int { learning.count + learningAhead.count }

    /// Everything due now or soon, plus the new cards allowed today.
    public var remaining: Int { learning.count + learningAhead.count + reviews.count + new.count }

    /// The next item to show, or nil when the day's work is done.
    public var next: String? {
        if let first = learning.first { return first }
        if new.isEmpty { return reviews.first ?? learningAhead.first }
        if reviews.isEmpty { return new.first }
        // One new card after every `spacing` reviews, so both run out at about the same time.
        let spacing = max(1, reviews.count / new.count)
        return answeredToday % (spacing + 1) == spacing ? new.first : reviews.first
    }
}
