public import Foundation

/// Where a stage is: waiting its turn, under way (at most one), done, or skipped for a reason.
public enum MockStageStatus: String, Sendable, Codable {
    case pending, active, finished, skipped
}

/// One answer given in a mock: a self-rating (breadth, behavioral), a judged submission (coding),
/// or a rubric score (design). The review or submission it made is saved by its own feature; this
/// keeps the reference.
public struct MockAnswer: Sendable, Equatable, Codable {
    public var item: ItemRef
    public var at: Date
    public var rating: Rating?
    public var verdict: VerdictKind?
    public var submissionID: UUID?
    /// A rubric score in 0...1.
    public var score: Double?
    /// The judge's summary, or the design step answered.
    public var detail: String

    public init(
        item: ItemRef, at: Date, rating: Rating? = nil, verdict: VerdictKind? = nil, submissionID: UUID? = nil, score: Double? = nil,
        detail: String = ""
    ) {
        self.item = item
        self.at = at
        self.rating = rating
        self.verdict = verdict
        self.submissionID = submissionID
        self.score = score
        self.detail = detail
    }
}

/// One stage of a mock with its items (chosen when the mock starts), its clock and its answers.
public struct MockStage: Sendable, Equatable, Codable {
    public var kind: MockStageKind
    public var limitSeconds: Double
    public var items: [ItemRef]
    public var timer: StageTimer
    public var status: MockStageStatus
    /// Why the stage was skipped, when it was.
    public var note: String
    public var answers: [MockAnswer]

    public init(
        kind: MockStageKind, limitSeconds: Double, items: [ItemRef], timer: StageTimer = StageTimer(), status: MockStageStatus = .pending,
        note: String = "", answers: [MockAnswer] = []
    ) {
        self.kind = kind
        self.limitSeconds = limitSeconds
        self.items = items
        self.timer = timer
        self.status = status
        self.note = note
        self.answers = answers
    }

    /// The first item not yet answered (breadth and behavioral pose them one at a time).
    public var nextUnanswered: ItemRef? {
        let answered = Set(answers.map(\.item))
        return items.first { !answered.contains($0) }
    }
}

/// A mock interview: one round or the whole loop, its stages run in order, each with its own clock.
/// Every change returns a new value the service saves at once.
public struct Mock: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var startedAt: Date
    public var finishedAt: Date?
    public var stages: [MockStage]

    public init(id: UUID, startedAt: Date, finishedAt: Date? = nil, stages: [MockStage]) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.stages = stages
    }

    public var isLoop: Bool { stages.count > 1 }
    public var isFinished: Bool { finishedAt != nil }
    /// The stage under way, if any.
    public var currentIndex: Int? { stages.firstIndex { $0.status == .active } }
    public var current: MockStage? { currentIndex.map { stages[$0] } }

    /// A new mock whose first stage that can run starts at once, its clock running. A stage whose
    /// kind is in `skipped` is marked skipped with the reason; `items` are the stages' chosen items.
    public static func start(
        id: UUID, plan: MockPlan, items: [MockStageKind: [ItemRef]], skipped: [MockStageKind: String], at now: Date
    ) -> Mock {
        var mock = Mock(id: id, startedAt: now, stages: plan.stages.map { stage in
            if let reason = skipped[stage.kind] {
                return MockStage(kind: stage.kind, limitSeconds: Double(stage.minutes * 60), items: [], status: .skipped, note: reason)
            }
            return MockStage(kind: stage.kind, limitSeconds: Double(stage.minutes * 60), items: items[stage.kind] ?? [])
        })
        mock.activateNext(after: -1, at: now)
        return mock
    }

    /// Pauses the current stage's clock.
    public func pausing(at now: Date) -> Mock { updatingCurrent { $0.timer = $0.timer.paused(at: now) } }

    /// Runs the current stage's clock again.
    public func resuming(at now: Date) -> Mock { updatingCurrent { $0.timer = $0.timer.resumed(at: now) } }

    /// Records an answer in the current stage.
    public func answering(_ answer: MockAnswer) -> Mock { updatingCurrent { $0.answers.append(answer) } }

    /// Ends the current stage (its clock stopped) and starts the next one that can run; after the
    /// last, the mock is finished.
    public func finishingStage(at now: Date) -> Mock {
        guard let index = currentIndex else { return self }
        var mock = self
        mock.stages[index].timer = mock.stages[index].timer.paused(at: now)
        mock.stages[index].status = .finished
        mock.activateNext(after: index, at: now)
        return mock
    }

    /// Ends the mock now: the current stage stops, stages not reached are left unanswered.
    public func finishing(at now: Date) -> Mock {
        var mock = self
        for index in mock.stages.indices where mock.stages[index].status == .active || mock.stages[index].status == .pending {
            mock.stages[index].timer = mock.stages[index].timer.paused(at: now)
            mock.stages[index].status = .finished
        }
        mock.finishedAt = mock.finishedAt ?? now
        return mock
    }

    private mutating func activateNext(after index: Int, at now: Date) {
        if let next = stages.indices.first(where: { $0 > index && stages[$0].status == .pending }) {
            stages[next].status = .active
            stages[next].timer = stages[next].timer.resumed(at: now)
        } else {
            finishedAt = now
        }
    }

    private func updatingCurrent(_ change: (inout MockStage) -> Void) -> Mock {
        guard let index = currentIndex else { return self }
        var mock = self
        change(&mock.stages[index])
        return mock
    }
}
