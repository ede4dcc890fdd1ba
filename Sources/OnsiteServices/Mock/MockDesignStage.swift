public import Foundation
public import OnsiteCore

/// The design stage of a mock, as a provider: the design feature plugs its cases and rubric scorer
/// in here, and while it has none the stage is skipped with the reason this gives.
public protocol MockDesignStage: Sendable {
    /// Nil when design stages can run; otherwise why not (shown, and the stage is skipped).
    var unavailableReason: String? { get }
    /// The cases a stage could pose, each with how weak the person is on it given its last mock
    /// score (0...1) where it had one.
    func candidates(lastScores: [String: Double]) -> [MockCandidate]
    /// A case's prompt and its steps, for the stage page.
    func prompt(caseID: String) throws -> MockDesignPrompt
    /// Scores the answer so far (text by step id; steps not answered count 0) against the case's rubric.
    func score(caseID: String, answers: [String: String]) throws -> MockDesignScore
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

/// The case's rubric score (0...1) over every step, each step's own, and what was found, in words.
public struct MockDesignScore: Sendable, Equatable {
    public var total: Double
    public var steps: [String: Double]
    /// Per step answered: the points matched and missed, and any red flag raised.
    public var findings: [String: String]
    public init(total: Double, steps: [String: Double], findings: [String: String]) {
        self.total = total
        self.steps = steps
        self.findings = findings
    }
}

/// No design scorer in this build: the design stage is skipped, saying so.
public struct UnavailableDesignStage: MockDesignStage {
    public let unavailableReason: String?
    public init(reason: String) { unavailableReason = reason }
    public func candidates(lastScores: [String: Double]) -> [MockCandidate] { [] }
    public func prompt(caseID: String) throws -> MockDesignPrompt { throw MockError.stageUnavailable(unavailableReason ?? "") }
    public func score(caseID: String, answers: [String: String]) throws -> MockDesignScore {
        throw MockError.stageUnavailable(unavailableReason ?? "")
    }
}

/// Hears every finished mock's report. The errors log and the schedule are fed as the mock runs
/// (answers are saved as reviews and submissions); the study plan listens here.
public protocol MockReportFeed: Sendable {
    func mockFinished(_ report: MockReport) async throws
}

/// A design answer is saved as its step id, a newline, then the text; the latest per step counts.
public enum MockDesignAnswers {
    public static func detail(step: String, text: String) -> String { step + "\n" + text }

    public static func texts(_ answers: [MockAnswer]) -> [String: String] {
        var texts: [String: String] = [:]
        for answer in answers {
            guard let newline = answer.detail.firstIndex(of: "\n") else { continue }
            texts[String(answer.detail[..<newline])] = String(answer.detail[answer.detail.index(after: newline)...])
        }
        return texts
    }
}
