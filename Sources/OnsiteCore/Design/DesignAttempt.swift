public import Foundation

/// Interview mode hides the rubric and the model answers until Submit; practice shows them throughout.
public enum DesignMode: String, Sendable, Codable, CaseIterable, Hashable {
    case interview, practice
}

/// The workspace timer as saved: time spent so far and whether it was running, so a reload or a restarted
/// server resumes it where the last save left it.
public struct DesignTimer: Sendable, Hashable, Codable {
    public var elapsedSeconds: Int
    public var running: Bool

    public init(elapsedSeconds: Int = 0, running: Bool = true) {
        self.elapsedSeconds = elapsedSeconds
        self.running = running
    }
}

/// One attempt at a design case or drill: a draft until submitted, then scored, then self-rated.
public struct DesignAttempt: Sendable, Hashable, Identifiable {
    public var id: String
    public var itemID: String
    public var mode: DesignMode
    public var answer: DesignAnswer
    public var timer: DesignTimer
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?
    /// The total coverage at Submit, 0…1 (the details are recomputed from the bank, which the score came from).
    public var score: Double?
    public var selfRating: DesignLevel?

    public init(
        id: String, itemID: String, mode: DesignMode, answer: DesignAnswer = DesignAnswer(), timer: DesignTimer = DesignTimer(), createdAt: Date,
        updatedAt: Date? = nil, submittedAt: Date? = nil, score: Double? = nil, selfRating: DesignLevel? = nil
    ) {
        self.id = id
        self.itemID = itemID
        self.mode = mode
        self.answer = answer
        self.timer = timer
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.submittedAt = submittedAt
        self.score = score
        self.selfRating = selfRating
    }

    public var isSubmitted: Bool { submittedAt != nil }
}

extension DesignAnswer {
    /// The steps as a JSON object of step id to text, the form the store keeps.
    public var stepsJSON: String {
        StoryJSON.object(DesignStep.allCases.compactMap { step in steps[step].map { (step.rawValue, StoryJSON.string($0)) } })
    }

    /// Reads `stepsJSON` back; unknown keys are dropped.
    public static func steps(fromJSON text: String) -> [DesignStep: String] {
        guard let data = text.data(using: .utf8), let object = try? JSONDecoder().decode([String: String].self, from: data) else { return [:] }
        return Dictionary(uniqueKeysWithValues: object.compactMap { key, value in DesignStep(rawValue: key).map { ($0, value) } })
    }
}
