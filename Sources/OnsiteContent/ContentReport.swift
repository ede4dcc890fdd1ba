public import Foundation
public import OnsiteCore

/// What the bank holds, per kind of item, as `onsite content stats --json` prints it.
public struct ContentStats: Sendable, Codable, Equatable {
    public struct Counts: Sendable, Codable, Equatable {
        public var total: Int
        public var byTopic: [String: Int]
        public var byDifficulty: [String: Int]
        public var byRound: [String: Int]
        public var withPhrasings: Int
        public var followUps: Int
    }

    public var cards: Counts

    public init(bundle: ContentBundle) {
        var byTopic: [String: Int] = [:]
        for card in bundle.cards { for topic in card.topics { byTopic[topic, default: 0] += 1 } }
        var byDifficulty = Dictionary(uniqueKeysWithValues: Difficulty.allCases.map { ($0.rawValue, 0) })
        for card in bundle.cards { byDifficulty[card.difficulty.rawValue, default: 0] += 1 }
        cards = Counts(
            total: bundle.cards.count,
            byTopic: byTopic,
            byDifficulty: byDifficulty,
            byRound: Dictionary(grouping: bundle.cards, by: \.round.rawValue).mapValues(\.count),
            withPhrasings: bundle.cards.filter { !$0.phrasings.isEmpty }.count,
            followUps: bundle.cards.reduce(0) { $0 + $1.followUps.count })
    }
}

/// The whole bank as one JSON document, every item with all its fields.
public struct ContentExport: Sendable, Codable {
    public var topics: [Topic]
    public var cards: [ConceptCard]

    public init(bundle: ContentBundle) {
        topics = bundle.topics
        cards = bundle.cards
    }
}

/// JSON as the CLI prints it: sorted keys so output is stable and diffable.
public enum ContentJSON {
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
