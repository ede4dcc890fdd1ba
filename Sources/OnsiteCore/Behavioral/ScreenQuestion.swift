/// What a recruiter screen question is about.
public enum ScreenCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case motivation, background, logistics, basics, compensation
}

/// A recruiter screen question with what a good answer covers, what to avoid and an example
/// answer (`content/screen/<id>.md`). For `basics` the example is the correct answer itself.
public struct ScreenQuestion: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var category: ScreenCategory
    public var question: String
    public var goodAnswerCovers: [String]
    public var avoid: [String]
    public var exampleAnswer: String
    /// Where the question lives in the bundle, relative to the content folder.
    public var path: String

    public init(
        id: String, category: ScreenCategory, question: String, goodAnswerCovers: [String],
        avoid: [String], exampleAnswer: String, path: String
    ) {
        self.id = id
        self.category = category
        self.question = question
        self.goodAnswerCovers = goodAnswerCovers
        self.avoid = avoid
        self.exampleAnswer = exampleAnswer
        self.path = path
    }
}
