/// A behavioral story told as STAR plus what was learned, tagged with the themes it can answer.
public struct Story: Sendable, Hashable {
    public var id: String
    public var title: String
    public var situation: String
    public var task: String
    public var action: String
    public var result: String
    public var learning: String
    /// Theme ids from `StoryTheme.all`, e.g. `conflict`, `ownership`.
    public var themes: [String]

    public init(
        id: String, title: String, situation: String = "", task: String = "", action: String = "", result: String = "",
        learning: String = "", themes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
        self.learning = learning
        self.themes = themes
    }

    /// The text of one part; `.story` is every part joined.
    public func text(of part: StoryPart) -> String {
        switch part {
        case .situation: situation
        case .task: task
        case .action: action
        case .result: result
        case .learning: learning
        case .story: StoryPart.sections.map { text(of: $0) }.joined(separator: "\n\n")
        }
    }

    public mutating func set(_ part: StoryPart, to text: String) {
        switch part {
        case .situation: situation = text
        case .task: task = text
        case .action: action = text
        case .result: result = text
        case .learning: learning = text
        case .story: break
        }
    }
}

/// A part of a story a finding points at; `.story` is the whole of it.
public enum StoryPart: String, Sendable, Hashable, CaseIterable {
    case situation, task, action, result, learning, story

    /// The five sections, in the order they are told and written.
    public static let sections: [StoryPart] = [.situation, .task, .action, .result, .learning]

    /// As the heading writes it: `Situation`.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// The theme ids stories are tagged with (the same ids as the behavioral question bank).
public enum StoryTheme {
    /// The twelve general themes the coverage matrix counts.
    public static let common = [
        "conflict", "failure", "ambiguity", "influence-without-authority", "mentoring-and-feedback", "speed-vs-quality",
        "poor-data-quality", "learning-fast", "technical-disagreement", "ownership", "prioritization", "customer-focus",
    ]
    /// The four ML-specific themes.
    public static let machineLearning = [
        "model-failed-after-launch", "pushing-back-on-skipping-ab-test", "explaining-model-limits", "metric-moved-wrong-way",
    ]
    public static let all = common + machineLearning
}

/// How much a finding matters: an error is a story that cannot be told as it is.
public enum FindingSeverity: String, Sendable, Hashable {
    case error, warning, info
}

/// One thing a linter says about a story or a pitch: the rule, where, the sentence and a fix.
public struct Finding: Sendable, Hashable {
    /// A stable rule id, e.g. `we-not-i` (docs/stories.md lists them).
    public var rule: String
    public var severity: FindingSeverity
    public var part: StoryPart
    /// The offending sentence, when the finding is about one.
    public var sentence: String?
    /// Names the rule, the sentence and the fix, for a person.
    public var message: String

    public init(rule: String, severity: FindingSeverity, part: StoryPart, sentence: String? = nil, message: String) {
        self.rule = rule
        self.severity = severity
        self.part = part
        self.sentence = sentence
        self.message = message
    }
}
