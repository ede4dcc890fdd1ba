public import Foundation
public import OnsiteContent
public import OnsiteCore
public import OnsiteStore

/// Drilling concept cards: what is due, answering a card, and the day's summary. The web pages,
/// the JSON API and the terminal drill all go through here.
public struct DrillService: Sendable {
    public let bundle: ContentBundle
    public let store: Store
    public let scheduler: Scheduler
    public let calendar: StudyCalendar
    public let clock: WallClock
    public let newPerDay: Int
    /// Building the queue was a fifth of a drill request's CPU; it changes only with the data or the time.
    private let queues = QueueMemo()

    public init(
        bundle: ContentBundle, store: Store, scheduler: Scheduler, calendar: StudyCalendar,
        clock: WallClock = .system, newPerDay: Int = 20
    ) {
        self.bundle = bundle
        self.store = store
        self.scheduler = scheduler
        self.calendar = calendar
        self.clock = clock
        self.newPerDay = newPerDay
    }

    /// Today's queue over all cards, or over one topic's.
    public func queue(topic: String? = nil) async throws -> DrillQueue {
        let now = clock.now()
        return try queue(topic: topic, snapshot: await snapshot(now: now), now: now)
    }

    private func snapshot(now: Date) async throws -> ReviewSnapshot {
        try await store.snapshot(dayStart: calendar.start(of: calendar.day(of: now)))
    }

    private func queue(topic: String?, snapshot: ReviewSnapshot, now: Date) throws -> DrillQueue {
        let ids = try cardIDs(topic: topic)
        return queues.queue(topic: topic ?? "", generation: snapshot.generation, now: now) {
            let queue = DrillQueue(
                itemIDs: ids, states: snapshot.states, now: now, calendar: calendar,
                newPerDay: newPerDay, newIntroducedToday: snapshot.newSinceDayStart, answeredToday: snapshot.answeredSinceDayStart)
            return (queue, DrillQueue.stableUntil(itemIDs: ids, states: snapshot.states, now: now, calendar: calendar))
        }
    }

    /// The next card to drill with what each rating would schedule, or nil when today is done.
    public func next(topic: String? = nil) async throws -> DrillPrompt? {
        let now = clock.now()
        let snapshot = try await snapshot(now: now)
        let queue = try queue(topic: topic, snapshot: snapshot, now: now)
        guard let id = queue.next, let card = bundle.card(id: id) else { return nil }
        let state = snapshot.states[id]
        // Shown without fuzz, as Anki does: the interval each button gives, give or take a little.
        let preview = scheduler.previewIntervals(for: state ?? Card(due: now), at: now)
        let intervals = Rating.allCases.map { ($0, preview[$0]!.timeIntervalSince(now)) }
        return DrillPrompt(card: card, isNew: state == nil, intervals: intervals, queue: queue)
    }

    /// Rates a card now; the review is saved before this returns.
    @discardableResult
    public func answer(cardID: String, rating: Rating, duration: TimeInterval? = nil) async throws -> Card {
        guard bundle.card(id: cardID) != nil else { throw DrillError.unknownCard(cardID) }
        return try await store.recordReview(
            itemID: cardID, rating: rating, at: clock.now(), duration: duration, scheduler: scheduler)
    }

    /// The home page's figures: what is due, streak and the year's activity.
    public func today() async throws -> TodaySummary {
        let now = clock.now()
        let queue = try await queue()
        let today = calendar.day(of: now)
        let since = calendar.start(of: today.adding(days: -7 * TodaySummary.heatmapWeeks))
        let counts = try await store.dailyCounts(since: since, calendar: calendar)
        return TodaySummary(
            dueNow: queue.learningCount + queue.reviews.count, newToday: queue.new.count,
            unseen: queue.unseenTotal, activity: ReviewActivity(countsByDay: counts, today: today),
            totalReviews: try await store.reviewCount())
    }

    /// Cards recently forgotten, newest first.
    public func lapses(limit: Int = 100) async throws -> [(card: ConceptCard, lapse: Lapse)] {
        try await store.lapses(limit: limit).compactMap { lapse in bundle.card(id: lapse.itemID).map { ($0, lapse) } }
    }

    /// For every topic: how many cards, how many seen, how many in long-term review, how many due.
    public func topicProgress() async throws -> [TopicProgress] {
        topicProgress(states: try await store.itemStates())
    }

    /// The same, from states the caller already read.
    public func topicProgress(states: [String: Card]) -> [TopicProgress] {
        let endOfDay = calendar.endOfDay(containing: clock.now())
        return bundle.topics.map { topic in
            let cards = bundle.cards(inTopic: topic.id)
            let seen = cards.compactMap { states[$0.id] }
            return TopicProgress(
                topic: topic, total: cards.count, seen: seen.count,
                inReview: seen.filter { $0.state == .review }.count,
                due: seen.filter { $0.due < endOfDay }.count)
        }
    }

    /// Cards for a quick-fire round: what is due first, then new cards, then the rest soonest-due first.
    public func quickFire(count: Int, topic: String? = nil) async throws -> [ConceptCard] {
        let pool = try cards(topic: topic)
        let states = try await store.itemStates()
        let queue = try await queue(topic: topic)
        let first = queue.learning + queue.reviews + queue.new + queue.learningAhead
        let rest = pool.map(\.id).filter { !first.contains($0) }
            .sorted { (states[$0]?.due ?? .distantFuture) < (states[$1]?.due ?? .distantFuture) }
        return (first + rest).prefix(count).compactMap { bundle.card(id: $0) }
    }

    private func cardIDs(topic: String?) throws -> [String] {
        guard let topic, !topic.isEmpty else { return bundle.cardIDs }
        guard bundle.topic(id: topic) != nil else { throw DrillError.unknownTopic(topic) }
        return bundle.cardIDs(inTopic: topic)
    }

    /// The selection of cards: all, or one topic's (throwing for a topic the bank does not have).
    public func cards(topic: String?) throws -> [ConceptCard] {
        guard let topic, !topic.isEmpty else { return bundle.cards }
        guard bundle.topic(id: topic) != nil else { throw DrillError.unknownTopic(topic) }
        return bundle.cards(inTopic: topic)
    }
}

/// A card ready to be drilled.
public struct DrillPrompt: Sendable {
    public var card: ConceptCard
    public var isNew: Bool
    /// What each rating would schedule, in order Again, Hard, Good, Easy.
    public var intervals: [(rating: Rating, interval: TimeInterval)]
    public var queue: DrillQueue
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

/// Progress through one topic.
public struct TopicProgress: Sendable {
    public var topic: Topic
    public var total: Int
    public var seen: Int
    public var inReview: Int
    public var due: Int
}

/// A request about drilling that names something the bank does not have.
public enum DrillError: Error, CustomStringConvertible, Equatable {
    case unknownCard(String)
    case unknownTopic(String)

    public var description: String {
        switch self {
        case .unknownCard(let id): "no card with id '\(id)' in the content bundle"
        case .unknownTopic(let id): "no topic '\(id)'; the Topics page (or `onsite content stats`) lists them"
        }
    }
}
