/// A topic of the bank, as listed in `content/topics.yaml`.
public struct Topic: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String

    public init(id: String, title: String, summary: String) {
        self.id = id
        self.title = title
        self.summary = summary
    }
}

/// A follow-up question an interviewer asks after the main one, with its answer.
public struct FollowUp: Sendable, Codable, Hashable {
    public var question: String
    public var answer: String
    /// The answer rendered from the bundle's trusted Markdown.
    public var answerHTML: String

    public init(question: String, answer: String, answerHTML: String) {
        self.question = question
        self.answer = answer
        self.answerHTML = answerHTML
    }
}

/// A concept card of the breadth round: a question and the answer an interviewer accepts.
public struct ConceptCard: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var question: String
    public var answer: String
    /// The answer rendered from the bundle's trusted Markdown.
    public var answerHTML: String
    public var followUps: [FollowUp]
    public var topics: [String]
    public var round: InterviewRound
    public var difficulty: Difficulty
    public var phrasings: [String]
    /// The answer that sounds right and loses points, when the card names one.
    public var markedDown: String?
    /// Ids of cards an interviewer would move on to from this one.
    public var related: [String]
    /// Where the card lives in the bundle, relative to the content folder.
    public var path: String

    public init(
        id: String, question: String, answer: String, answerHTML: String, followUps: [FollowUp],
        topics: [String], round: InterviewRound, difficulty: Difficulty, phrasings: [String],
        markedDown: String? = nil, related: [String] = [], path: String
    ) {
        self.id = id
        self.question = question
        self.answer = answer
        self.answerHTML = answerHTML
        self.followUps = followUps
        self.topics = topics
        self.round = round
        self.difficulty = difficulty
        self.phrasings = phrasings
        self.markedDown = markedDown
        self.related = related
        self.path = path
    }
}
