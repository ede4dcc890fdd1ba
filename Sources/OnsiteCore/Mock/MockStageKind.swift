/// What one stage of a mock interview asks for, in the order a loop runs them.
public enum MockStageKind: String, Sendable, Codable, CaseIterable, Hashable {
    case coding, breadth, design, behavioral

    public var title: String {
        switch self {
        case .coding: "Coding"
        case .breadth: "ML breadth"
        case .design: "ML system design"
        case .behavioral: "Behavioral"
        }
    }

    /// Minutes the stage lasts in the default loop.
    public var defaultMinutes: Int {
        switch self {
        case .coding: 45
        case .breadth: 30
        case .design: 45
        case .behavioral: 30
        }
    }

    /// How many items the stage poses: one problem, a run of cards, one case, 2–3 questions.
    public var itemCount: Int {
        switch self {
        case .coding: 1
        case .breadth: 8
        case .design: 1
        case .behavioral: 3
        }
    }

    /// What the stage is, said on the start page.
    public var summary: String {
        switch self {
        case .coding: "One problem you have not met in a mock, solved in the editor and judged on every test."
        case .breadth: "Concept cards one at a time, difficulty and topic hidden; answer out loud, reveal, rate yourself."
        case .design: "One system design case, answered step by step and scored against its rubric."
        case .behavioral: "Three behavioral questions, answered out loud with STAR and rated Weak, Shaky, Solid or Strong."
        }
    }

    /// The item kind the stage draws from.
    public var itemKind: ItemKind {
        switch self {
        case .coding: .problem
        case .breadth: .card
        case .design: .design
        case .behavioral: .behavioral
        }
    }
}

/// The stages a mock will run: the whole loop, or one round.
public struct MockPlan: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public var kind: MockStageKind
        public var minutes: Int
        public init(_ kind: MockStageKind, minutes: Int? = nil) {
            self.kind = kind
            self.minutes = minutes ?? kind.defaultMinutes
        }
    }

    public var stages: [Stage]
    public init(stages: [Stage]) { self.stages = stages }

    /// Coding 45 min, breadth 30, design 45, behavioral 30.
    public static let loop = MockPlan(stages: MockStageKind.allCases.map { Stage($0) })

    /// One round alone, at its loop length.
    public static func round(_ kind: MockStageKind) -> MockPlan { MockPlan(stages: [Stage(kind)]) }

    public var isLoop: Bool { stages.count > 1 }
}
