public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteJudge
import OnsiteStore

/// Mock interviews: a single round or the whole loop, items chosen to avoid repeats and favour weak
/// areas, one clock per stage that can pause, answers graded by the judge, the rubric or the
/// person, and a report at the end. Every change is saved before a method returns, so a reload or
/// a restarted server resumes the mock where it was, clock included (see `StageTimer`).
public struct MockService: Sendable {
    public let bundle: ContentBundle
    let store: any Store
    let drill: DrillService
    let problems: ProblemService
    let practice: BehavioralPracticeService
    public let design: any MockDesignStage
    public let clock: WallClock
    let generators: Generators
    /// Told of every finished mock. `buildServices` passes none yet: the study plan's
    /// `PlanService` joins here when it lands (its `mockFinished` re-plans from the report).
    let reportFeeds: [any MockReportFeed]

    init(
        bundle: ContentBundle, store: any Store, drill: DrillService, problems: ProblemService, practice: BehavioralPracticeService,
        design: any MockDesignStage, clock: WallClock, generators: Generators, reportFeeds: [any MockReportFeed]
    ) {
        self.bundle = bundle
        self.store = store
        self.drill = drill
        self.problems = problems
        self.practice = practice
        self.design = design
        self.clock = clock
        self.generators = generators
        self.reportFeeds = reportFeeds
    }

    // MARK: Starting

    /// Why each kind of stage cannot run here, if it cannot (no judge, no items in the bank, no scorer).
    public func unavailable() -> [MockStageKind: String] {
        var reasons: [MockStageKind: String] = [:]
        if bundle.problems.isEmpty { reasons[.coding] = "the bank has no coding problems" }
        else if !problems.canRun { reasons[.coding] = "code cannot run on this server: \(problems.sandboxNote)" }
        if breadthCards.isEmpty { reasons[.breadth] = "the bank has no concept cards" }
        if let reason = design.unavailableReason { reasons[.design] = reason }
        if bundle.behavioralQuestions.isEmpty { reasons[.behavioral] = "the bank has no behavioral questions" }
        return reasons
    }

    /// Starts a mock of the given stages, its first runnable stage's clock running. Stages that
    /// cannot run are skipped with their reason; when none can, nothing is saved.
    public func start(_ plan: MockPlan) async throws -> Mock {
        guard !plan.stages.isEmpty else { throw MockError.noStages }
        if let open = try await inProgress() { throw MockError.inProgress(open.id) }
        let skipped = unavailable().filter { kind, _ in plan.stages.contains { $0.kind == kind } }
        if plan.stages.allSatisfy({ skipped[$0.kind] != nil }) {
            throw MockError.nothingToRun(plan.stages.map { "\($0.kind.title): \(skipped[$0.kind]!)" })
        }
        let earlier = try await store.mocks()
        var items: [MockStageKind: [ItemRef]] = [:]
        for stage in plan.stages where skipped[stage.kind] == nil {
            let used = Set(earlier.flatMap { $0.stages.filter { $0.kind == stage.kind }.flatMap(\.items).map(\.id) })
            var random = generators.random
            let chosen = MockItemChooser.choose(try await candidates(stage.kind), count: stage.kind.itemCount, used: used, using: &random)
            items[stage.kind] = chosen.map { ItemRef(stage.kind.itemKind, $0) }
        }
        let mock = Mock.start(id: generators.newID(), plan: plan, items: items, skipped: skipped, at: clock.now())
        try await store.saveMock(mock, review: nil)
        return mock
    }

    /// The cards a breadth stage draws from: the ML breadth round's (every card when none is marked so).
    public var breadthCards: [ConceptCard] {
        let breadth = bundle.cards.filter { $0.round == .mlBreadth }
        return breadth.isEmpty ? bundle.cards : breadth
    }

    /// Every item a stage of `kind` could pose, with the person's weakness on it.
    func candidates(_ kind: MockStageKind) async throws -> [MockCandidate] {
        let now = clock.now()
        switch kind {
        case .coding:
            let tally = try await store.submitTally()
            return bundle.problems.map { MockCandidate(id: $0.id, weakness: MockWeakness.problem(tally: tally[$0.id])) }
        case .breadth:
            return try await reviewed(breadthCards.map(\.id), kind: .card, scheduler: drill.scheduler, now: now)
        case .behavioral:
            return try await reviewed(bundle.behavioralQuestions.map(\.id), kind: .behavioral, scheduler: practice.scheduler, now: now)
        case .design:
            var last: [String: Double] = [:]
            for mock in try await store.mocks().reversed() {  // oldest first, so the newest score wins
                for stage in mock.stages where stage.kind == .design {
                    for answer in stage.answers { if let score = answer.score { last[answer.item.id] = score } }
                }
            }
            return design.candidates(lastScores: last)
        }
    }

    private func reviewed(_ ids: [String], kind: ItemKind, scheduler: Scheduler, now: Date) async throws -> [MockCandidate] {
        let states = try await store.itemStates().of(kind)
        let lapsed = Set(try await store.lapses(of: kind, limit: 100_000).map(\.item.id))
        return ids.map { id in
            let state = states[id]
            return MockCandidate(id: id, weakness: MockWeakness.reviewed(
                state: state, lapsed: lapsed.contains(id), retrievability: state.map { scheduler.retrievability(of: $0, at: now) } ?? 0))
        }
    }

    // MARK: Reading

    /// The mock under way, if any (at most one at a time).
    public func inProgress() async throws -> Mock? {
        try await store.mocks().first { !$0.isFinished }
    }

    public func mock(id: UUID) async throws -> Mock {
        guard let mock = try await store.mock(id: id) else { throw MockError.unknownMock(id.uuidString.lowercased()) }
        return mock
    }

    /// A mock by the id a person typed or a URL carried.
    public func mock(id text: String) async throws -> Mock {
        guard let id = UUID(uuidString: text) else { throw MockError.unknownMock(text) }
        return try await self.mock(id: id)
    }

    /// Every mock, most recent first.
    public func history() async throws -> [Mock] { try await store.mocks() }

    /// The report of a mock, finished or not (an unfinished one reads as it stands now).
    public func report(_ mock: Mock) -> MockReport { MockReport(mock, at: clock.now()) }

    /// Wrong answers from finished mocks, newest mock first: the errors log's mock section.
    public func mistakes(limit: Int = 100) async throws -> [(mock: Mock, item: MockReport.Item)] {
        var found: [(mock: Mock, item: MockReport.Item)] = []
        for mock in try await store.mocks() where mock.isFinished {
            for item in self.report(mock).mistakes where found.count < limit { found.append((mock, item)) }
        }
        return found
    }

    // MARK: The clock

    public func pause(_ id: UUID) async throws -> Mock {
        try await change(id) { mock, now in mock.pausing(at: now) }
    }

    public func resume(_ id: UUID) async throws -> Mock {
        try await change(id) { mock, now in mock.resuming(at: now) }
    }

    // MARK: Answering

    /// Rates the breadth card on screen; the rating is the card's FSRS review, saved with the mock.
    public func rateCard(_ id: UUID, cardID: String, rating: Rating) async throws -> Mock {
        try await rate(id, item: .card(cardID), stage: .breadth, rating: rating, scheduler: drill.scheduler)
    }

    /// Rates the behavioral question on screen (Weak, Shaky, Solid, Strong), scheduled as practice does.
    public func rateQuestion(_ id: UUID, questionID: String, rating: Rating) async throws -> Mock {
        try await rate(id, item: .behavioral(questionID), stage: .behavioral, rating: rating, scheduler: practice.scheduler)
    }

    private func rate(_ id: UUID, item: ItemRef, stage kind: MockStageKind, rating: Rating, scheduler: Scheduler) async throws -> Mock {
        let mock = try await self.mock(id: id)
        let stage = try answerable(mock, kind: kind)
        guard stage.items.contains(item) else { throw MockError.notInStage(item) }
        guard stage.nextUnanswered == item else { throw MockError.notNext(item, next: stage.nextUnanswered) }
        let now = clock.now()
        let answered = mock.answering(MockAnswer(item: item, at: now, rating: rating))
        let review = ScheduledReview.by(scheduler, generators: generators, rating: rating, at: now)
        try await store.saveMock(answered, review: (item, review))
        return answered
    }

    /// Submits code for the stage's problem through the problem service: the judge grades it on
    /// every test and the submission (and any review it earned) is recorded as on the problem page.
    public func submit(_ id: UUID, problemID: String, code: String) async throws -> (mock: Mock, attempt: JudgedAttempt) {
        let mock = try await self.mock(id: id)
        let stage = try answerable(mock, kind: .coding)
        guard stage.items.contains(.problem(problemID)) else { throw MockError.notInStage(.problem(problemID)) }
        let attempt = try await problems.submit(problemID: problemID, code: code)
        let answered = mock.answering(MockAnswer(
            item: .problem(problemID), at: attempt.submission?.submittedAt ?? clock.now(), verdict: attempt.report.verdict,
            submissionID: attempt.submission?.id, detail: attempt.report.summary))
        try await store.saveMock(answered, review: nil)
        return (answered, attempt)
    }

    /// Answers one step of the stage's design case (again: the newer text replaces the older); the
    /// answer is saved with the case's rubric score over every step so far.
    public func answerDesign(_ id: UUID, caseID: String, step: String, answer: String) async throws -> Mock {
        let mock = try await self.mock(id: id)
        let stage = try answerable(mock, kind: .design)
        let item = ItemRef(.design, caseID)
        guard stage.items.contains(item) else { throw MockError.notInStage(item) }
        guard !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BadInput(field: "answer", message: "`answer` is empty: write what you would say for this step")
        }
        var texts = MockDesignAnswers.texts(stage.answers.filter { $0.item == item })
        texts[step] = answer
        let scored = try design.score(caseID: caseID, answers: texts)
        let answered = mock.answering(MockAnswer(item: item, at: clock.now(), score: scored.total, detail: MockDesignAnswers.detail(step: step, text: answer)))
        try await store.saveMock(answered, review: nil)
        return answered
    }

    /// The design stage's answers so far, scored: by step, the text, its score and findings.
    public func designScore(_ stage: MockStage) -> (texts: [String: String], score: MockDesignScore?) {
        guard let item = stage.items.first else { return ([:], nil) }
        let texts = MockDesignAnswers.texts(stage.answers.filter { $0.item == item })
        return (texts, texts.isEmpty ? nil : try? design.score(caseID: item.id, answers: texts))
    }

    private func answerable(_ mock: Mock, kind: MockStageKind) throws -> MockStage {
        guard !mock.isFinished else { throw MockError.finished }
        guard let stage = mock.current, stage.kind == kind else { throw MockError.wrongStage(expected: kind, current: mock.current?.kind) }
        guard stage.timer.isRunning else { throw MockError.paused }
        return stage
    }

    // MARK: Finishing

    /// Ends the stage under way and starts the next; after the last one the mock is finished.
    public func finishStage(_ id: UUID) async throws -> Mock {
        let mock = try await change(id) { mock, now in mock.finishingStage(at: now) }
        if mock.isFinished { try await tellFeeds(mock) }
        return mock
    }

    /// Ends the whole mock now (stages not reached count as unanswered) and returns its report.
    public func finish(_ id: UUID) async throws -> MockReport {
        let before = try await self.mock(id: id)
        guard !before.isFinished else { return self.report(before) }
        let mock = before.finishing(at: clock.now())
        try await store.saveMock(mock, review: nil)
        try await tellFeeds(mock)
        return self.report(mock)
    }

    private func tellFeeds(_ mock: Mock) async throws {
        let report = self.report(mock)
        for feed in reportFeeds { try await feed.mockFinished(report) }
    }

    private func change(_ id: UUID, _ body: (Mock, Date) -> Mock) async throws -> Mock {
        let mock = try await self.mock(id: id)
        guard !mock.isFinished else { throw MockError.finished }
        let changed = body(mock, clock.now())
        if changed != mock { try await store.saveMock(changed, review: nil) }
        return changed
    }
}
