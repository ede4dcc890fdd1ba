public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// Where the person stands: today's figures, progress per topic and the errors log.
public struct ProgressService: Sendable {
    let bundle: ContentBundle
    let store: any Store
    let drill: DrillService
    let calendar: StudyCalendar
    let clock: WallClock

    /// New cards introduced per day.
    public var newPerDay: Int { drill.newPerDay }

    /// The home page's figures: what is due, streak and the year's activity.
    public func today() async throws -> TodaySummary {
        let now = clock.now()
        let queue = try await drill.queue()
        let today = calendar.day(of: now)
        let since = calendar.start(of: today.adding(days: -7 * TodaySummary.heatmapWeeks))
        let counts = try await store.dailyCounts(since: since, calendar: calendar)
        return TodaySummary(
            dueNow: queue.learningCount + queue.reviews.count, newToday: queue.new.count,
            unseen: queue.unseenTotal, activity: ReviewActivity(countsByDay: counts, today: today),
            totalReviews: try await store.reviewCount())
    }

    /// The cards as a whole and per topic.
    public func overview() async throws -> ProgressOverview {
        let states = try await store.itemStates().of(.card)
        let seen = bundle.cards.compactMap { states[$0.id] }
        return ProgressOverview(
            today: try await today(), cards: bundle.cards.count, seen: seen.count,
            inReview: seen.filter { $0.state == .review }.count, topics: topicProgress(states: states))
    }

    /// For every topic: how many cards, how many seen, how many in long-term review, how many due.
    public func topicProgress() async throws -> [TopicProgress] {
        topicProgress(states: try await store.itemStates().of(.card))
    }

    private func topicProgress(states: [String: Card]) -> [TopicProgress] {
        TopicProgress.compute(
            topics: bundle.topics, cardIDs: { bundle.cardIDs(inTopic: $0) }, states: states,
            endOfDay: calendar.endOfDay(containing: clock.now()))
    }

    /// Cards recently forgotten, newest first.
    public func lapses(limit: Int = 100) async throws -> [(card: ConceptCard, lapse: Lapse)] {
        try await store.lapses(of: .card, limit: limit).compactMap { lapse in bundle.card(id: lapse.item.id).map { ($0, lapse) } }
    }
}

/// The figures of the home page.
public struct TodaySummary: Sendable {
    public static let heatmapWeeks = 26
    public var dueNow: Int
    public var newToday: Int
    public var unseen: Int
    public var activity: ReviewActivity
    public var totalReviews: Int
}

/// The progress page's figures.
public struct ProgressOverview: Sendable {
    public var today: TodaySummary
    public var cards: Int
    public var seen: Int
    public var inReview: Int
    public var topics: [TopicProgress]
}
