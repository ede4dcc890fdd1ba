import Foundation
import OnsiteCore

/// Finds cards that ask the same thing in other words, so the bank never quietly repeats itself.
enum NearDuplicates {
    /// Word-set overlap (Jaccard) at or above which two questions count as the same question.
    static let threshold = 0.75

    /// An item's id, file and the texts that ask its question.
    struct Item { var id: String; var path: String; var texts: [String] }

    static func find(in cards: [ConceptCard]) -> [ContentDiagnostic] {
        find(in: cards.map { Item(id: $0.id, path: $0.path, texts: [$0.question] + $0.phrasings) },
             advice: "merge them or move one into `phrasings`")
    }

    static func find(in cards: [Item], advice: String) -> [ContentDiagnostic] {
        // Words become small integers and each text a sorted array of them, so comparing every
        // pair (about 100,000 for the shipped bank) is a merge of two short arrays, not set hashing.
        var vocabulary: [String: Int] = [:]
        var texts: [(card: Int, words: [Int])] = []  // card by index: copying whole cards per pair was most of the cost
        for (index, card) in cards.enumerated() {
            for text in card.texts {
                var ids: [Int] = []
                for word in words(text) {
                    if vocabulary[word] == nil { vocabulary[word] = vocabulary.count }
                    ids.append(vocabulary[word]!)
                }
                texts.append((index, ids.sorted()))
            }
        }
        var problems: [ContentDiagnostic] = []
        var reported = Set<[String]>()
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].card != texts[j].card {
                let (a, b) = (texts[i].words, texts[j].words)
                guard a.count >= 3, b.count >= 3 else { continue }
                let shared = sharedCount(a, b)
                guard Double(shared) / Double(a.count + b.count - shared) >= threshold else { continue }
                let (first, second) = (cards[texts[i].card], cards[texts[j].card])
                if reported.insert([first.id, second.id].sorted()).inserted {
                    let later = first.path < second.path ? second : first
                    let earlier = later.id == first.id ? second : first
                    problems.append(ContentDiagnostic(
                        path: later.path, line: 1,
                        message: "near-duplicate question: `\(later.id)` asks what `\(earlier.id)` (\(earlier.path)) asks; \(advice)"))
                }
            }
        }
        return problems
    }

    /// How many values two sorted arrays of distinct values have in common.
    private static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
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
