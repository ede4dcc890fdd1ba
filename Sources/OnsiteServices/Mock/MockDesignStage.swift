public import Foundation
public import OnsiteCore

/// The design stage of a mock, as a provider: the design feature plugs its cases and rubric scorer
/// in here, and while it has none the stage is skipped with the reason this gives.
public protocol MockDesignStage: Sendable {
    /// Nil when design stages can run; otherwise why not (shown, and the stage is skipped).
    var unavailableReason: String? { get }
    /// The cases a stage could pose, each with how weak the person is on it.
    func candidates() async throws -> [MockCandidate]
    /// A case's prompt and its steps, for the stage page.
    func prompt(caseID: String) throws -> MockDesignPrompt
    /// Scores one step's answer against the case's rubric.
    func score(caseID: String, step: String, answer: String) throws -> MockDesignScore
}

/// A design case as a mock shows it: no difficulty, no tags.
public struct MockDesignPrompt: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var id: String
        public var title: String
        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    public var title: String
    public var prompt: String
    public var steps: [Step]
    public init(title: String, prompt: String, steps: [Step]) {
        self.title = title
        self.prompt = prompt
        self.steps = steps
    }
}

/// One step's rubric score (0...1) and what it found, in words.
public struct MockDesignScore: Sendable, Equatable {
    public var score: Double
    public var detail: String
    public init(score: Double, detail: String) {
        self.score = score
        self.detail = detail
    }
}

/// No design scorer in this build: the design stage is skipped, saying so.
public struct UnavailableDesignStage: MockDesignStage {
    public let unavailableReason: String?
    public init(reason: String) { unavailableReason = reason }
    public func candidates() async throws -> [MockCandidate] { [] }
    public func prompt(caseID: String) throws -> MockDesignPrompt { throw MockError.stageUnavailable(unavailableReason ?? "") }
    public func score(caseID: String, step: String, answer: String) throws -> MockDesignScore {
        throw MockError.stageUnavailable(unavailableReason ?? "")
    }
}

/// Hears every finished mock's report. The errors log and the schedule are fed as the mock runs
/// (answers are saved as reviews and submissions); the study plan listens here.
public protocol MockReportFeed: Sendable {
    func mockFinished(_ report: MockReport) async throws
}
