public import Foundation

/// Progress through one topic.
public struct TopicProgress: Sendable, Equatable {
    public var topic: Topic
    public var total: Int
    public var seen: Int
    public var inReview: Int
    public var due: Int

    /// For every topic: how many cards, how many seen, how many in long-term review, how many due
    /// before the end of today.
    public static func compute(
        topics: [Topic], cardIDs: (String) -> [String], states: [String: Card], endOfDay: Date
    ) -> [TopicProgress] {
        topics.map { topic in
            let ids = cardIDs(topic.id)
            let seen = ids.compactMap { states[$0] }
            return TopicProgress(
                topic: topic, total: ids.count, seen: seen.count,
                inReview: seen.filter { $0.state == .review }.count,
                due: seen.filter { $0.due < endOfDay }.count)
        }
    }
}

extension DrillQueue {
    /// The order of a quick-fire round: what the queue has first (due learning and reviews, then
    /// today's new cards, then learning ahead), then the rest of `pool`, soonest due first and
    /// never-seen cards last, in bank order among equals.
    public func quickFireOrder(pool: [String], states: [String: Card]) -> [String] {
        let first = learning + reviews + new + learningAhead
        let taken = Set(first)
        let rest = pool.enumerated().filter { !taken.contains($0.element) }
            .sorted { a, b in
                let (da, db) = (states[a.element]?.due ?? .distantFuture, states[b.element]?.due ?? .distantFuture)
                return da != db ? da < db : a.offset < b.offset
            }
            .map(\.element)
        return first + rest
    }
}
