public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// The due queue with numeric drills mixed in among the cards: a drill is scheduled like a card and
/// a new drill counts against the daily new limit like a new card. The JSON API's `next` stays card-only.
extension DrillService {
    /// Queue keys: a card by its id, a numeric drill by this prefix and its id (ids are slugs, without `:`).
    static let numericPrefix = "numeric:"

    /// The next card or numeric drill, or nil when today is done. A numeric drill comes with a fresh instance.
    public func nextItem(topic: String? = nil, numeric: NumericDrillService) async throws -> DrillItem? {
        let now = clock.now()
        let snapshot = try await snapshot(now: now)
        let ids = try mixedIDs(topic: topic)
        let states = mixedStates(snapshot.states)
        let queue = queues.queue(topic: "mixed|" + (topic ?? ""), generation: snapshot.generation, now: now) {
            let queue = DrillQueue(
                itemIDs: ids, states: states, now: now, calendar: calendar,
                newPerDay: newPerDay, newIntroducedToday: snapshot.newSinceDayStart, answeredToday: snapshot.answeredSinceDayStart)
            return (queue, DrillQueue.stableUntil(itemIDs: ids, states: states, now: now, calendar: calendar))
        }
        guard let key = queue.next else { return nil }
        if key.hasPrefix(Self.numericPrefix) {
            let id = String(key.dropFirst(Self.numericPrefix.count))
            let drill = try numeric.drill(id)
            return .numeric(NumericPrompt(drill: drill, instance: try numeric.draw(drillID: id), isNew: states[key] == nil, queue: queue))
        }
        guard let card = bundle.card(id: key) else { return nil }
        let state = snapshot.states[.card(key)]
        let preview = scheduler.previewIntervals(for: state ?? Card(due: now), at: now)
        return .card(DrillPrompt(card: card, isNew: state == nil, intervals: Rating.allCases.map { ($0, preview[$0]!.timeIntervalSince(now)) }, queue: queue))
    }

    /// When the soonest card or numeric drill of the selection comes back.
    public func soonestDueMixed(topic: String? = nil) async throws -> Date? {
        let states = mixedStates(try await store.itemStates())
        return try mixedIDs(topic: topic).compactMap { states[$0]?.due }.min()
    }

    /// A quick-fire round over cards and numeric drills: due first, then new, then soonest due.
    public func quickFireItems(count: Int, topic: String? = nil, numeric: NumericDrillService) async throws -> [QuickFireItem] {
        let now = clock.now()
        let snapshot = try await snapshot(now: now)
        let ids = try mixedIDs(topic: topic)
        let states = mixedStates(snapshot.states)
        let queue = DrillQueue(
            itemIDs: ids, states: states, now: now, calendar: calendar, newPerDay: newPerDay,
            newIntroducedToday: snapshot.newSinceDayStart, answeredToday: snapshot.answeredSinceDayStart)
        return try queue.quickFireOrder(pool: ids, states: states).prefix(count).compactMap { key in
            if key.hasPrefix(Self.numericPrefix) {
                return .numeric(try numeric.draw(drillID: String(key.dropFirst(Self.numericPrefix.count))))
            }
            return bundle.card(id: key).map(QuickFireItem.card)
        }
    }

    /// Cards and numeric drills in bank order: each topic's cards, then its drills (all topics, or one).
    func mixedIDs(topic: String?) throws -> [String] {
        let drills = bundle.numericDrills
        guard let topic, !topic.isEmpty else {
            var ids: [String] = []
            var byTopic: [String: [String]] = [:]
            for card in bundle.cards { byTopic[card.topics[0], default: []].append(card.id) }
            for drill in drills { byTopic[drill.topics[0], default: []].append(Self.numericPrefix + drill.id) }
            for topic in bundle.topics { ids += byTopic[topic.id] ?? [] }
            return ids
        }
        guard bundle.topic(id: topic) != nil else { throw DrillError.unknownTopic(topic) }
        return bundle.cardIDs(inTopic: topic) + drills.filter { $0.topics.contains(topic) }.map { Self.numericPrefix + $0.id }
    }

    func mixedStates(_ states: ItemStates) -> [String: Card] {
        var merged = states.of(.card)
        for (id, card) in states.of(.numeric) { merged[Self.numericPrefix + id] = card }
        return merged
    }
}

/// What the due queue shows next.
public enum DrillItem: Sendable {
    case card(DrillPrompt)
    case numeric(NumericPrompt)
}

/// A numeric drill ready to answer: the instance drawn for this showing, which the form carries by its seed.
public struct NumericPrompt: Sendable {
    public var drill: NumericDrill
    public var instance: NumericInstance
    public var isNew: Bool
    public var queue: DrillQueue
}

/// One item of a quick-fire round.
public enum QuickFireItem: Sendable {
    case card(ConceptCard)
    case numeric(NumericInstance)
}
