/// Words, sentences and quantities in the prose of a story or a pitch: what the linters count.
public enum StoryText {
    /// Words as a listener hears them: whitespace-separated tokens with a letter or a digit.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    /// Lower-cased words with surrounding punctuation stripped and curly apostrophes made straight.
    public static func words(_ text: String) -> [String] {
        text.replacingApostrophes().lowercased().split(whereSeparator: \.isWhitespace).compactMap { token -> String? in
            let trimmed = token.storyTrimmed(where: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "%" || $0 == "$") })
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Abbreviations whose dot never ends a sentence.
    static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "vs.", "cf.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "no.", "fig.", "approx.", "al.", "eg.", "ie.",
    ]
    /// Abbreviations that end a sentence only when the next word starts with a capital.
    static let softAbbreviations: Set<String> = ["etc.", "inc.", "ltd.", "co.", "corp."]

    /// Sentences, in order: split after `.`, `!` or `?` followed by a space, at blank lines and at list items.
    /// A dot inside a token (`0.5`, `e.g.`) or after a known abbreviation does not split; `p99.` at the end of
    /// a sentence does.
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs(text) {
            let tokens = paragraph.split(whereSeparator: \.isWhitespace).map(String.init)
            var current: [String] = []
            for (index, token) in tokens.enumerated() {
                current.append(token)
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                if endsSentence(token, next: next) {
                    result.append(current.joined(separator: " "))
                    current = []
                }
            }
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
        }
        return result
    }

    static func endsSentence(_ token: String, next: String?) -> Bool {
        guard let next else { return true }
        let bare = token.storyTrimmed(where: { $0 == "\"" || $0 == "'" || $0 == ")" || $0 == "”" || $0 == "’" })
        guard let last = bare.last, ".!?".contains(last) else { return false }
        if last != "." { return true }
        let word = bare.lowercased().storyTrimmed(where: { $0 == "(" || $0 == "\"" || $0 == "“" })
        if abbreviations.contains(word) { return false }
        let startsCapital = next.first(where: { $0.isLetter || $0.isNumber })?.isUppercase ?? false
        if softAbbreviations.contains(word) { return startsCapital }
        // An initial such as "J." before a capitalised name.
        if word.count == 2, word.first!.isLetter, startsCapital, bare.first!.isUppercase { return false }
        return true
    }

    /// Blank-line separated paragraphs, with each list item (`- `, `* `, `1. `) its own paragraph.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.storyTrimmed(where: \.isWhitespace)
            if line.isEmpty { flush(); continue }
            if isListItem(line) { flush() }
            current.append(line)
        }
        flush()
        return paragraphs
    }

    static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix(while: \.isNumber)
        return !digits.isEmpty && (line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") "))
    }

    // MARK: Quantities

    /// Words that state a quantity without digits.
    public static let numberWords: Set<String> = [
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "dozen", "dozens", "half", "halves", "third", "thirds", "quarter",
        "quarters", "twice", "double", "doubled", "doubling", "triple", "tripled", "quadrupled", "halved", "percent",
    ]
    /// Units after "a", "an" or "one" that make a time span: "within a week".
    public static let timeUnits: Set<String> = [
        "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint", "weekend", "night",
    ]

    /// The first quantity in the text, as written, or nil: a token starting with a digit (after an optional
    /// `$ € £ ~ + -`: `800`, `40k`, `3x`, `12%`), a number word (`two`, `doubled`, `half`), `-fold`, or
    /// `a`/`an`/`one` before a time unit (`a week`). Not `p99` or `L2`: a metric's name is not its value.
    public static func firstQuantity(_ text: String) -> String? {
        let tokens = words(text)
        for (index, word) in tokens.enumerated() {
            let body = word.drop(while: { "$€£~+-".contains($0) })
            if let first = body.first, first.isNumber { return word }
            if numberWords.contains(word) || word.hasSuffix("fold") && word.count > 4 { return word }
            if ["a", "an", "one"].contains(word), index + 1 < tokens.count {
                let unit = tokens[index + 1]
                if timeUnits.contains(unit) { return word + " " + unit }
            }
        }
        return nil
    }

    /// Speaking time at 150 words a minute, as `2 min 10 s`.
    public static func speakingTime(words: Int) -> String {
        let seconds = Int((Double(words) * 60 / 150).rounded())
        if seconds < 60 { return "\(seconds) s" }
        return seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds / 60) min \(seconds % 60) s"
    }
}

extension String {
    func replacingApostrophes() -> String {
        String(map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }

    func storyTrimmed(where predicate: (Character) -> Bool) -> String {
        var slice = Substring(self)
        while let first = slice.first, predicate(first) { slice = slice.dropFirst() }
        while let last = slice.last, predicate(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension Substring {
    func storyTrimmed(where predicate: (Character) -> Bool) -> String {
        String(self).storyTrimmed(where: predicate)
    }
}
