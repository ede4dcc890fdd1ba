/// One point an interviewer listens for in a step: any one of its phrases, said in a sentence, shows it.
public struct RubricPoint: Sendable, Hashable, Codable {
    public var id: String
    public var point: String
    public var weight: Int
    public var phrases: [String]

    public init(id: String, point: String, weight: Int, phrases: [String]) {
        self.id = id
        self.point = point
        self.weight = weight
        self.phrases = phrases
    }
}

/// What an answer at each level sounds like.
public struct DesignAnchors: Sendable, Hashable, Codable {
    public var byLevel: [DesignLevel: String]

    public init(_ byLevel: [DesignLevel: String]) { self.byLevel = byLevel }

    public subscript(level: DesignLevel) -> String { byLevel[level] ?? "" }
}

/// A step of a case or a drill: the model answer (Markdown), the rubric and the anchors.
public struct DesignStepRubric: Sendable, Hashable, Codable {
    public var step: DesignStep
    public var answer: String
    public var points: [RubricPoint]
    public var anchors: DesignAnchors

    public init(step: DesignStep, answer: String, points: [RubricPoint], anchors: DesignAnchors) {
        self.step = step
        self.answer = answer
        self.points = points
        self.anchors = anchors
    }

    public var totalWeight: Int { points.reduce(0) { $0 + $1.weight } }
}

/// A mistake that costs a candidate: raised when one of its claims is asserted, not when it is criticised.
public struct RedFlag: Sendable, Hashable, Codable {
    public var id: String
    public var flag: String
    public var step: DesignStep?
    public var claims: [String]

    public init(id: String, flag: String, step: DesignStep? = nil, claims: [String]) {
        self.id = id
        self.flag = flag
        self.step = step
        self.claims = claims
    }
}

/// A clarifying question and the assumption a strong candidate states.
public struct ClarifyingQuestion: Sendable, Hashable, Codable {
    public var question: String
    public var assumption: String

    public init(question: String, assumption: String) {
        self.question = question
        self.assumption = assumption
    }
}

/// Whether an item is a full case (six steps, 45 minutes) or a single-step drill (5 minutes).
public enum DesignItemKind: String, Sendable, Codable, Hashable {
    case `case`, drill

    /// The workspace timer's length.
    public var minutes: Int { self == .case ? 45 : 5 }
}

/// A worked design case or a single-step drill: one type, since both are practised and scored the same way.
public struct DesignItem: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var kind: DesignItemKind
    public var difficulty: Difficulty
    public var topics: [String]
    public var prompt: String
    /// Six for a case, in step order; one for a drill.
    public var steps: [DesignStepRubric]
    public var redFlags: [RedFlag]
    public var clarifying: [ClarifyingQuestion]
    /// The serving path as diagram text; empty for a drill.
    public var diagram: String
    public var followUps: [FollowUp]

    public init(
        id: String, title: String, kind: DesignItemKind, difficulty: Difficulty, topics: [String], prompt: String, steps: [DesignStepRubric],
        redFlags: [RedFlag], clarifying: [ClarifyingQuestion] = [], diagram: String = "", followUps: [FollowUp] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.difficulty = difficulty
        self.topics = topics
        self.prompt = prompt
        self.steps = steps
        self.redFlags = redFlags
        self.clarifying = clarifying
        self.diagram = diagram
        self.followUps = followUps
    }

    public var ref: ItemRef { ItemRef(.design, id) }

    public func rubric(for step: DesignStep) -> DesignStepRubric? { steps.first { $0.step == step } }
}
