public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// Drilling concept cards: what is due, answering a card, quick-fire rounds. The web pages, the
/// JSON API and the terminal drill all go through here.
public struct DrillService: Sendable {
    public let bundle: ContentBundle
    let store: any Store
    public let scheduler: Scheduler
    public let calendar: StudyCalendar
    public let clock: WallClock
    let generators: Generators
    public let newPerDay: Int
    /// Building the queue was a fifth of a drill request's CPU; it changes only with the data or the time.
    let queues = QueueMemo()

    init(
        bundle: ContentBundle, store: any Store, scheduler: Scheduler, calendar: StudyCalendar, clock: WallClock,
        generators: Generators, newPerDay: Int
    ) {
        self.bundle = bundle
        self.store = store
        self.scheduler = scheduler
        self.calendar = calendar
        self.clock = clock
        self.generators = generators
        self.newPerDay = newPerDay
    }

    /// Today's queue over all cards, or over one topic's.
    public func queue(topic: String? = nil) async throws -> DrillQueue {
        let now = clock.now()
        return try queue(topic: topic, snapshot: await snapshot(now: now), now: now)
    }

    func snapshot(now: Date) async throws -> ReviewSnapshot {
        try await store.snapshot(dayStart: calendar.start(of: calendar.day(of: now)))
    }

    private func queue(topic: String?, snapshot: ReviewSnapshot, now: Date) throws -> DrillQueue {
        let ids = try cardIDs(topic: topic)
        let states = snapshot.states.of(.card)
        return queues.queue(topic: topic ?? "", generation: snapshot.generation, now: now) {
            let queue = DrillQueue(
                itemIDs: ids, states: states, now: now, calendar: calendar,
                newPerDay: newPerDay, newIntroducedToday: snapshot.newSinceDayStart, answeredToday: snapshot.answeredSinceDayStart)
            return (queue, DrillQueue.stableUntil(itemIDs: ids, states: states, now: now, calendar: calendar))
        }
    }

    /// The next card to drill with what each rating would schedule, or nil when today is done.
    public func next(topic: String? = nil) async throws -> DrillPrompt? {
        let now = clock.now()
        let snapshot = try await snapshot(now: now)
        let queue = try queue(topic: topic, snapshot: snapshot, now: now)
        guard let id = queue.next, let card = bundle.card(id: id) else { return nil }
        let state = snapshot.states[.card(id)]
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
            .card(cardID), .by(scheduler, generators: generators, rating: rating, at: clock.now(), duration: duration))
    }

    /// When the soonest card of the selection comes back, once today's queue is done.
    public func soonestDue(topic: String? = nil) async throws -> Date? {
        let states = try await store.itemStates().of(.card)
        return try cards(topic: topic).compactMap { states[$0.id]?.due }.min()
    }

    /// A card's schedule (nil while new) and its reviews, oldest first.
    public func history(cardID: String) async throws -> (state: Card?, log: [ReviewLog]) {
        guard bundle.card(id: cardID) != nil else { throw DrillError.unknownCard(cardID) }
        return (try await store.itemStates()[.card(cardID)], try await store.reviewLog(.card(cardID)))
    }

    /// Every card's schedule, by card id.
    public func cardStates() async throws -> [String: Card] {
        try await store.itemStates().of(.card)
    }

    /// Cards for a quick-fire round: what is due first, then new cards, then the rest soonest-due first.
    public func quickFire(count: Int, topic: String? = nil) async throws -> [ConceptCard] {
        let pool = try cardIDs(topic: topic)
        let states = try await cardStates()
        let order = try await queue(topic: topic).quickFireOrder(pool: pool, states: states)
        return order.prefix(count).compactMap { bundle.card(id: $0) }
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
