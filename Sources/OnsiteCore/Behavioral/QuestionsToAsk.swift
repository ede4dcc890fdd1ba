/// The interview rounds a candidate gets to ask questions in, in the order they usually come.
public enum AskingRound: String, Sendable, Codable, CaseIterable, Hashable {
    case recruiterScreen = "recruiter-screen"
    case hiringManager = "hiring-manager"
    case coding
    case mlBreadth = "ml-breadth"
    case mlDepth = "ml-depth"
    case systemDesign = "system-design"
    case behavioral
    case teamMatch = "team-match"
}

/// Questions worth asking the interviewer in one round (`content/screen/questions-to-ask.yaml`),
/// each with why it is a good one.
public struct QuestionsToAsk: Sendable, Codable, Hashable {
    public struct Question: Sendable, Codable, Hashable {
        public var ask: String
        public var why: String

        public init(ask: String, why: String) {
            self.ask = ask
            self.why = why
        }
    }

    public var round: AskingRound
    public var title: String
    public var questions: [Question]

    public init(round: AskingRound, title: String, questions: [Question]) {
        self.round = round
        self.title = title
        self.questions = questions
    }
}
