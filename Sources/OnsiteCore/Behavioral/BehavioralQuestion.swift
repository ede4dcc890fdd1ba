/// A behavioral question with what the interviewer listens for, what loses points, and the
/// follow-ups they ask (`content/behavioral/<primary-theme>/<id>.md`).
public struct BehavioralQuestion: Sendable, Codable, Hashable, Identifiable {
    /// A follow-up and what a strong answer to it covers.
    public struct FollowUp: Sendable, Codable, Hashable {
        public var question: String
        public var answer: String

        public init(question: String, answer: String) {
            self.question = question
            self.answer = answer
        }
    }

    public var id: String
    /// One to three theme ids; the first is the primary theme, the file's folder.
    public var themes: [String]
    public var levels: [BehavioralLevel]
    public var question: String
    public var listeningFor: [String]
    public var redFlags: [String]
    public var followUps: [FollowUp]
    /// Where the question lives in the bundle, relative to the content folder.
    public var path: String

    public var primaryTheme: String { themes[0] }

    public init(
        id: String, themes: [String], levels: [BehavioralLevel], question: String,
        listeningFor: [String], redFlags: [String], followUps: [FollowUp], path: String
    ) {
        self.id = id
        self.themes = themes
        self.levels = levels
        self.question = question
        self.listeningFor = listeningFor
        self.redFlags = redFlags
        self.followUps = followUps
        self.path = path
    }
}
