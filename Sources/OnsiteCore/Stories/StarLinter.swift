import Foundation

/// The STAR linter: deterministic checks that a story can be told well in about two minutes.
/// Every rule has a stable id; docs/stories.md lists them with their thresholds and word lists.
public enum StarLinter {
    /// Rule ids, in the order findings are reported.
    public static let rules = [
        "missing-part", "no-learning", "setup-longer-than-action", "we-not-i", "result-without-number", "part-length",
        "too-long", "blame", "no-themes",
    ]

    /// Usual length of each part in words; outside these a part is "far outside the usual length".
    public static let partBounds: [StoryPart: ClosedRange<Int>] = [
        .situation: 15...100, .task: 8...70, .action: 40...200, .result: 10...90, .learning: 8...70,
    ]
    /// About two minutes spoken at 150 words a minute.
    public static let maxWords = 300

    public static let singular: Set<String> = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]
    public static let plural: Set<String> = ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"]
    /// Themes in which blaming language is checked.
    public static let blameThemes: Set<String> = ["conflict", "technical-disagreement"]

    public static func lint(_ story: Story) -> [Finding] {
        var findings: [Finding] = []
        let counts = Dictionary(uniqueKeysWithValues: StoryPart.sections.map { ($0, StoryText.wordCount(story.text(of: $0))) })

        for part in StoryPart.sections where part != .learning && counts[part]! == 0 {
            findings.append(Finding(
                rule: "missing-part", severity: .error, part: part,
                message: "missing-part: the \(part.title) is missing or empty — \(missingFix[part]!)"))
        }
        if counts[.learning]! == 0 {
            findings.append(Finding(
                rule: "no-learning", severity: .warning, part: .learning,
                message: "no-learning: the story has no Learning — add one or two sentences on what you do differently since, the question interviewers ask next."))
        }

        let setup = counts[.situation]! + counts[.task]!
        if counts[.action]! > 0, setup > counts[.action]! {
            findings.append(Finding(
                rule: "setup-longer-than-action", severity: .warning, part: .story,
                message: "setup-longer-than-action: Situation and Task take \(setup) words, the Action \(counts[.action]!) — cut the setup to what the listener needs and spend the words on what you did."))
        }

        if let finding = weNotI(story.action) { findings.append(finding) }

        if counts[.result]! > 0, StoryText.firstQuantity(story.result) == nil {
            let sentence = StoryText.sentences(story.result).first
            findings.append(Finding(
                rule: "result-without-number", severity: .warning, part: .result, sentence: sentence,
                message: "result-without-number: the Result has no number, percentage, money or time (\(quote(sentence ?? ""))) — say how much: \"cut p99 from 800 ms to 120 ms\", \"saved $40k a month\", \"in 3 weeks\"."))
        }

        for part in StoryPart.sections {
            let words = counts[part]!, bounds = partBounds[part]!
            guard words > 0, !bounds.contains(words) else { continue }
            let fix = words < bounds.lowerBound
                ? "say more: \(part == .action ? "an" : "a") \(part.title) usually takes \(bounds.lowerBound)–\(bounds.upperBound) words"
                : "cut it to \(bounds.upperBound) words or fewer (about \(StoryText.speakingTime(words: bounds.upperBound)) spoken)"
            findings.append(Finding(
                rule: "part-length", severity: .warning, part: part,
                message: "part-length: the \(part.title) is \(words) words (about \(StoryText.speakingTime(words: words)) spoken) — \(fix)."))
        }

        let total = counts.values.reduce(0, +)
        if total > maxWords {
            findings.append(Finding(
                rule: "too-long", severity: .warning, part: .story,
                message: "too-long: the story is \(total) words, about \(StoryText.speakingTime(words: total)) spoken at 150 words a minute — cut it to \(maxWords) words (2 min) and keep the detail for follow-ups."))
        }

        if !blameThemes.isDisjoint(with: story.themes) {
            for part in StoryPart.sections {
                for sentence in StoryText.sentences(story.text(of: part)) {
                    guard let phrase = BlameLanguage.firstMatch(in: sentence) else { continue }
                    findings.append(Finding(
                        rule: "blame", severity: .warning, part: part, sentence: sentence,
                        message: "blame: \(quote(sentence)) blames someone (\"\(phrase)\") — in a conflict story say what they wanted and why, and what you did; the listener is judging how you would treat them."))
                }
            }
        }

        if story.themes.isEmpty {
            findings.append(Finding(
                rule: "no-themes", severity: .info, part: .story,
                message: "no-themes: the story is tagged with no theme, so the coverage matrix cannot count it — add a line such as \"Themes: conflict, ownership\"."))
        }
        return findings
    }

    static let missingFix: [StoryPart: String] = [
        .situation: "add two or three sentences of context: the team, the system, what was at stake.",
        .task: "add one or two sentences on what you were responsible for.",
        .action: "add what you did, step by step, in the first person: this is most of the story.",
        .result: "add what happened, with a number: latency, money, time, users.",
    ]

    /// `we-not-i`: the Action told mostly as "we".
    static func weNotI(_ action: String) -> Finding? {
        let voice = Voice(of: action)
        let singularCount = voice.singular, pluralCount = voice.plural, weSentences = voice.pluralSentences
        let iTotal = voice.singularTotal, weTotal = voice.pluralTotal
        guard weTotal > iTotal else { return nil }
        func list(_ counts: [String: Int]) -> String {
            counts.isEmpty ? "none" : counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        }
        let quoted = weSentences.prefix(3).map(quote).joined(separator: " ")
        let more = weSentences.count > 3 ? " (and \(weSentences.count - 3) more)" : ""
        return Finding(
            rule: "we-not-i", severity: .warning, part: .action, sentence: weSentences.first,
            message: "we-not-i: the Action says \"we\" \(weTotal) times (\(list(pluralCount))) and \"I\" \(iTotal) times (\(list(singularCount))): \(quoted)\(more) — say what you did yourself, with \"I\"; name the team's part once.")
    }

    static func quote(_ sentence: String) -> String { "“\(sentence)”" }
}

/// Who a text says did the work: its "I" words and its "we" words, counted per word, and the sentences
/// that say "we". The STAR linter and the deep-dive linter both judge from it.
public struct Voice: Sendable {
    public var singular: [String: Int] = [:]
    public var plural: [String: Int] = [:]
    public var pluralSentences: [String] = []

    public init(of text: String) {
        for sentence in StoryText.sentences(text) {
            var hasPlural = false
            for word in StoryText.words(sentence) {
                if StarLinter.singular.contains(word) { singular[word, default: 0] += 1 }
                if StarLinter.plural.contains(word) { plural[word, default: 0] += 1; hasPlural = true }
            }
            if hasPlural { pluralSentences.append(sentence) }
        }
    }

    public var singularTotal: Int { singular.values.reduce(0, +) }
    public var pluralTotal: Int { plural.values.reduce(0, +) }
}

/// Blaming language about others: a documented list of patterns, matched case-insensitively on word boundaries.
public enum BlameLanguage {
    /// The patterns, as regular expressions over one sentence. Owning your own mistake ("I was wrong") is not blame.
    public static let patterns: [String] = [
        #"\b(he|she|they)\s+(never|always)\b"#,
        #"\b(his|her|their)\s+(own\s+)?(fault|mistake|mess)\b"#,
        #"\bincompeten(t|ce|tly)\b"#,
        #"\blaz(y|ier|iness|ily)\b"#,
        #"\b(clueless|careless|sloppy|arrogant|ignorant|stubborn|useless|stupid|dumb)\b"#,
        #"\bidiot(s|ic)?\b"#,
        #"\brefus(e|es|ed|ing)\s+to\s+(listen|cooperate|help)\b"#,
        #"\b(wouldn't|would\s+not|won't|will\s+not|never)\s+listen(s|ed)?\b"#,
        #"\b(didn't|did\s+not|doesn't|does\s+not|don't|do\s+not|couldn't)\s+(even\s+)?care\b"#,
        #"\b(he|she|they|him|her|them|manager|lead|team|pm)\s+(was|were|is|are)\s+(just\s+|simply\s+|clearly\s+|completely\s+|totally\s+|obviously\s+)?wrong\b"#,
        #"\b(he|she|they)\s+(dropped\s+the\s+ball|messed\s+up|screwed\s+up|blew\s+it)\b"#,
        #"\bthrew\s+\w+\s+under\s+the\s+bus\b"#,
        #"\bblam(e|ed|es|ing)\s+(him|her|them|the\s+other)\b"#,
    ]

    static let expressions: [NSRegularExpression] = patterns.map {
        try! NSRegularExpression(pattern: $0, options: [.caseInsensitive])
    }

    /// The first blaming phrase in the sentence, as written, or nil.
    public static func firstMatch(in sentence: String) -> String? {
        let text = sentence.replacingApostrophes()
        let range = NSRange(text.startIndex..., in: text)
        var best: (location: Int, phrase: String)?
        for expression in expressions {
            guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { continue }
            if best == nil || match.range.location < best!.location { best = (match.range.location, String(text[found])) }
        }
        return best?.phrase
    }
}
