/// A sentence of an answer, with its words normalised for matching.
public struct DesignSentence: Sendable, Hashable {
    /// The sentence as written (trimmed), shown back to the person.
    public var text: String
    /// The words as written, lower-cased, in order.
    public var words: [String]
    /// The stem of each word.
    public var stems: [String]
    /// Whether it reads as prose: the only place a rubric point counts.
    public var isProse: Bool
}

/// Sentences, words and stems: the normalisation every phrase and every answer goes through.
public enum DesignText {
    /// Splits text into sentences: `.`, `!` or `?` before a space or the end, a line break, a list bullet,
    /// or a `;` ends one. Markdown heading and emphasis marks are dropped.
    public static func sentences(_ text: String) -> [DesignSentence] {
        var result: [DesignSentence] = []
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = Substring(rawLine).drop { $0 == " " || $0 == "\t" || $0 == "#" || $0 == ">" }
            // A bullet or a numbered item starts its own sentence.
            if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { line = line.dropFirst(2) }
            let digits = line.prefix { $0.isNumber }
            if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { line = line.dropFirst(digits.count + 2) }
            var current = ""
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if ("!?;".contains(character) || (character == "." && !isAbbreviation(current))) && next.isWhitespace {
                    append(current, to: &result)
                    current = ""
                }
            }
            append(current, to: &result)
        }
        return result
    }

    private static func isAbbreviation(_ text: String) -> Bool {
        let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["e.g.", "i.e.", "vs.", "etc.", "approx.", "(e.g.", "(i.e."].contains(last)
    }

    private static func append(_ raw: String, to result: inout [DesignSentence]) {
        let text = raw.trimmingWhitespace
        let words = self.words(text)
        guard !words.isEmpty else { return }
        result.append(DesignSentence(text: text, words: words, stems: words.map(stem), isProse: isProse(text, words: words)))
    }

    /// Lower-cased words: letters and digits; hyphens, slashes and other marks split words, apostrophes vanish (`don't` → `dont`).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A sentence reads as prose when it has at least 5 words, at least 2 function words (`we`, `the`, `to`, …)
    /// making up at least a sixth of it, and is not a comma-separated list of short fragments.
    /// A bare list of buzzwords fails all three, so rubric points written that way never count.
    public static func isProse(_ text: String, words: [String]) -> Bool {
        guard words.count >= 5 else { return false }
        let function = words.filter { functionWords.contains($0) }.count
        guard function >= 2, function * 6 >= words.count else { return false }
        let fragments = text.split(whereSeparator: { ",;|".contains($0) }).map { self.words(String($0)).count }.filter { $0 > 0 }
        if fragments.count >= 4, fragments.allSatisfy({ $0 <= 3 }) { return false }
        return true
    }

    /// The words of a phrase that must appear: its stems without stop words (all of them if it is only stop words).
    public static func contentStems(_ phrase: String) -> [String] {
        let words = self.words(phrase)
        let content = words.filter { !stopWords.contains($0) }
        var seen = Set<String>()
        return (content.isEmpty ? words : content).map(stem).filter { seen.insert($0).inserted }
    }

    /// A light English stemmer: plural, `-ed`, `-ing`, `-ation`, a final `e` and a doubled final letter go,
    /// so `labels`, `labelled`, `labeling` and `label` all become `label`. Short words stay as they are.
    public static func stem(_ word: String) -> String {
        var w = word
        guard w.count > 3, w.allSatisfy(\.isLetter) else { return w }
        if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3); w += "y"
        } else if w.count > 5, w.hasSuffix("ses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.hasSuffix("ied"), w.count > 4 {
            w.removeLast(3); w += "y"
        } else if w.hasSuffix("ing"), w.count >= 6 {
            w.removeLast(3)
        } else if w.hasSuffix("ed"), w.count >= 5 {
            w.removeLast(2)
        } else if w.hasSuffix("ation"), w.count >= 7 {
            w.removeLast(3)
        }
        if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
        if w.count > 3, let last = w.last, w.dropLast().last == last, !"aeiou".contains(last) { w.removeLast() }
        return w
    }

    /// Words too common to show a point.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "from", "as", "is", "are", "be", "it", "its",
        "this", "that", "we", "our", "you", "your", "i", "my", "their", "they", "per", "into", "than", "then", "so", "do", "does",
    ]

    /// Words that glue prose together and are rare in a keyword list.
    static let functionWords: Set<String> = stopWords.union([
        "was", "were", "been", "being", "will", "would", "should", "can", "could", "must", "may", "might", "because", "if", "when",
        "which", "who", "what", "how", "why", "where", "each", "every", "all", "some", "any", "more", "most", "less", "not", "no",
        "but", "also", "only", "before", "after", "about", "over", "under", "between", "them", "these", "those", "there", "here",
        "has", "have", "had", "me", "us", "he", "she", "one", "two", "first", "while", "until", "both", "via", "up", "out", "just",
        "through", "without", "within", "against", "such", "other", "than", "too", "very", "own", "same", "get", "gets", "let",
    ])
}
