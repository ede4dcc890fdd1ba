import Foundation
import OnsiteCore

/// Finds cards that ask the same thing in other words, so the bank never quietly repeats itself.
enum NearDuplicates {
    /// Word-set overlap (Jaccard) at or above which two questions count as the same question.
    static let threshold = 0.75

    static func find(in cards: [ConceptCard]) -> [ContentDiagnostic] {
        let texts = cards.flatMap { card in ([card.question] + card.phrasings).map { (card, words($0)) } }
        var problems: [ContentDiagnostic] = []
        var reported = Set<[String]>()
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].0.id != texts[j].0.id {
                let (a, b) = (texts[i], texts[j])
                guard a.1.count >= 3, b.1.count >= 3 else { continue }
                let shared = Double(a.1.intersection(b.1).count)
                let score = shared / Double(a.1.union(b.1).count)
                let pair = [a.0.id, b.0.id].sorted()
                if score >= threshold, reported.insert(pair).inserted {
                    let later = a.0.path < b.0.path ? b.0 : a.0
                    let earlier = later.id == a.0.id ? b.0 : a.0
                    problems.append(ContentDiagnostic(
                        path: later.path, line: 1,
                        message: "near-duplicate question: `\(later.id)` asks what `\(earlier.id)` (\(earlier.path)) asks; merge them or move one into `phrasings`"))
                }
            }
        }
        return problems
    }

    private static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "do", "does",
        "what", "why", "how", "when", "which", "you", "your", "would", "it", "its", "with", "that", "this",
        "can", "as", "by", "from", "at", "vs", "versus", "between", "about", "i", "we",
    ]

    static func words(_ text: String) -> Set<String> {
        let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(tokens.filter { !stopWords.contains($0) })
    }
}
