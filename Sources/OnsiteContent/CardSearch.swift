import Foundation
public import OnsiteCore

/// Finds cards by words: every word must appear somewhere in the card; matches in the
/// question rank above matches in phrasings, topics and the answer.
public struct CardSearch: Sendable {
    private struct Entry: Sendable {
        var card: ConceptCard
        var question: String
        var phrasings: String
        var rest: String
    }

    private let entries: [Entry]

    public init(cards: [ConceptCard]) {
        entries = cards.map {
            Entry(
                card: $0,
                question: $0.question.lowercased(),
                phrasings: $0.phrasings.joined(separator: " ").lowercased(),
                rest: ([$0.answer, $0.id] + $0.topics + $0.followUps.map(\.question)).joined(separator: " ").lowercased())
        }
    }

    public func search(_ query: String, limit: Int = 50) -> [ConceptCard] {
        let words = query.lowercased().split { $0.isWhitespace }.map(String.init)
        guard !words.isEmpty else { return [] }
        let scored: [(ConceptCard, Int)] = entries.compactMap { entry in
            var score = 0
            for word in words {
                if entry.question.contains(word) { score += 3 }
                else if entry.phrasings.contains(word) { score += 2 }
                else if entry.rest.contains(word) { score += 1 }
                else { return nil }
            }
            return (entry.card, score)
        }
        return scored.enumerated()
            .sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }
            .prefix(limit).map(\.element.0)
    }
}
