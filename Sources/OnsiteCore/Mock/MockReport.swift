public import Foundation

/// The end of a mock: per stage, the time used and what each item scored; overall, the mean of
/// the stages that ran. Computed from the saved mock alone, so it reads the same every time.
public struct MockReport: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var item: ItemRef
        /// 0...1, or nil when the item was not answered.
        public var score: Double?
        /// What happened, in words ("Accepted after 1 failed submit", "Rated Solid", "Not answered").
        public var outcome: String
        /// A wrong answer to review: a failed or missing solve, a self-rating of Weak/Again or Shaky/Hard.
        public var isMistake: Bool
    }

    public struct Stage: Sendable, Equatable {
        public var kind: MockStageKind
        public var status: MockStageStatus
        public var note: String
        public var limitSeconds: Double
        public var usedSeconds: Double
        /// Mean of the items' scores, unanswered ones counting 0; nil for a skipped stage.
        public var score: Double?
        public var items: [Item]
        public var overTime: Bool { usedSeconds > limitSeconds }
    }

    public var mockID: UUID
    public var startedAt: Date
    public var finishedAt: Date?
    public var stages: [Stage]
    /// Mean of the scores of the stages that ran; nil when none did.
    public var overall: Double?
    public var usedSeconds: Double
    public var limitSeconds: Double

    /// Items answered wrongly, in stage order: what the errors log shows from this mock.
    public var mistakes: [Item] { stages.flatMap { $0.items.filter(\.isMistake) } }

    public init(_ mock: Mock, at now: Date) {
        mockID = mock.id
        startedAt = mock.startedAt
        finishedAt = mock.finishedAt
        stages = mock.stages.map { Self.stage($0, at: now) }
        let scored = stages.compactMap(\.score)
        overall = scored.isEmpty ? nil : scored.reduce(0, +) / Double(scored.count)
        usedSeconds = stages.reduce(0) { $0 + $1.usedSeconds }
        limitSeconds = stages.filter { $0.status != .skipped }.reduce(0) { $0 + $1.limitSeconds }
    }

    static func stage(_ stage: MockStage, at now: Date) -> Stage {
        let items = stage.items.map { item in Self.item(item, answers: stage.answers.filter { $0.item == item }, kind: stage.kind) }
        let score: Double? = stage.status == .skipped || items.isEmpty
            ? nil : items.reduce(0) { $0 + ($1.score ?? 0) } / Double(items.count)
        return Stage(
            kind: stage.kind, status: stage.status, note: stage.note, limitSeconds: stage.limitSeconds,
            usedSeconds: stage.timer.elapsed(at: now), score: score, items: items)
    }

    static func item(_ item: ItemRef, answers: [MockAnswer], kind: MockStageKind) -> Item {
        guard let last = answers.last else { return Item(item: item, score: nil, outcome: "Not answered", isMistake: true) }
        switch kind {
        case .coding:
            let failures = answers.prefix { $0.verdict != .accepted }.count
            if answers.contains(where: { $0.verdict == .accepted }) {
                let outcome = failures == 0 ? "Accepted first try" : "Accepted after \(failures) failed submit\(failures == 1 ? "" : "s")"
                return Item(item: item, score: failures == 0 ? 1 : 0.75, outcome: outcome, isMistake: false)
            }
            let verdict = last.verdict?.title ?? "Not judged"
            return Item(item: item, score: 0, outcome: "\(verdict) (\(answers.count) submit\(answers.count == 1 ? "" : "s"))", isMistake: true)
        case .breadth, .behavioral:
            let rating = last.rating ?? .again
            let label = kind == .breadth ? "\(rating)".capitalized : rating.mockLabel
            return Item(item: item, score: rating.mockScore, outcome: "Rated \(label)", isMistake: rating.rawValue <= Rating.hard.rawValue)
        case .design:
            // Each answer carries the case's rubric score over every step so far: the last one stands.
            let score = last.score ?? 0
            let steps = Set(answers.map { $0.detail.prefix { $0 != "\n" } }).count
            return Item(item: item, score: score, outcome: "Rubric \(Int((score * 100).rounded()))%, \(steps) step\(steps == 1 ? "" : "s") answered", isMistake: score < 0.5)
        }
    }
}

extension Rating {
    /// A self-rating as a score: Again 0, Hard ⅓, Good ⅔, Easy 1.
    public var mockScore: Double { Double(rawValue - 1) / 3 }

    /// The four-level scale of behavioral answers (as the practice page words it).
    public var mockLabel: String {
        switch self {
        case .again: "Weak"
        case .hard: "Shaky"
        case .good: "Solid"
        case .easy: "Strong"
        }
    }
}
