import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// The plan service over the shipped bank, an in-memory store, a scripted judge and a test clock.
@Suite struct PlanServiceTests {
    static let bundle = try! ContentBundle.load(from: ContentLocation.sourceCheckout)

    func inputs(_ today: StudyDay, _ template: PlanTemplate = .thirtyDay) -> PlanInputs {
        PlanInputs(template: template, start: today, interview: today.adding(days: template.nominalDays), weekdayHours: 2, weekendHours: 4)
    }

    @Test func aPlanNamesRealItemsOfTheBankAndIsSaved() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        let today = services.plan.today
        let plan = try await services.plan.make(inputs(today))
        #expect(plan.days.count == 30)
        let refs = plan.days.flatMap(\.tasks).flatMap(\.items)
        #expect(refs.contains { $0.kind == .card } && refs.contains { $0.kind == .problem } && refs.contains { $0.kind == .behavioral })
        for ref in refs {
            switch ref.kind {
            case .card: #expect(Self.bundle.card(id: ref.id) != nil)
            case .problem: #expect(Self.bundle.problem(id: ref.id) != nil)
            case .behavioral: #expect(Self.bundle.behavioralQuestion(id: ref.id) != nil)
            case .numeric: #expect(Self.bundle.numericDrill(id: ref.id) != nil)
            case .design: #expect(Self.bundle.designItems.contains { $0.id == ref.id })
            default: Issue.record("unexpected \(ref)")
            }
        }
        #expect((plan.minutesByRound[.mlSystemDesign] ?? 0) > 0, "the bank's design cases and drills are planned")
        #expect(try await services.plan.current() == plan)
        let ics = try await services.plan.ics()
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 30)
    }

    @Test func aBankWithoutDesignItemsGivesDesignsMinutesToTheOtherRounds() async throws {
        var bare = Self.bundle
        bare.designItems = []
        let services = try await ServiceHarness().services(bundle: bare)
        let plan = try await services.plan.make(inputs(services.plan.today))
        #expect(plan.minutesByRound[.mlSystemDesign] == nil)
        #expect(plan.days.filter { $0.kind == .study }.allSatisfy { !$0.tasks.isEmpty })
    }

    @Test func badInputNamesTheFieldAndKeepsTheSavedPlan() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        let today = services.plan.today
        let saved = try await services.plan.make(inputs(today, .sevenDay))
        var bad = inputs(today)
        bad.interview = today.adding(days: -3)
        await #expect(throws: PlanInputError(field: "interview", message: "the interview date \(today.adding(days: -3)) is in the past (today is \(today))")) {
            try await services.plan.make(bad)
        }
        bad = inputs(today)
        bad.weekdayHours = 0
        do {
            _ = try await services.plan.make(bad)
            Issue.record("zero hours were accepted")
        } catch let error as PlanInputError {
            #expect(error.field == "weekday-hours")
        }
        #expect(try await services.plan.current() == saved)
    }

    @Test func twoMissedDaysReplanFromTodayAndSayWhatMoved() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        let start = services.plan.today
        let plan = try await services.plan.make(inputs(start))
        _ = try await services.plan.setDone(start, task: nil, done: true)
        harness.clock.advance(by: 3 * 86400)
        let today = services.plan.today
        #expect(today == start.adding(days: 3))
        let replanned = try #require(try await services.plan.current())
        let change = try #require(replanned.changes.last)
        #expect(change.day == today)
        #expect(change.reasons[0].contains("not done on \(start.adding(days: 1)), \(start.adding(days: 2))"))
        #expect(!change.moves.isEmpty)
        let missed = plan.days[1...2].flatMap(\.tasks).filter { !$0.review }.flatMap(\.items)
        let ahead = Set(replanned.days.filter { $0.date >= today }.flatMap(\.tasks).flatMap(\.items))
        #expect(missed.allSatisfy(ahead.contains))
        #expect(replanned.days[0].isDone)
        // Seen again the same day, it does not re-plan a second time.
        #expect(try await services.plan.current()?.changes.count == 1)
        #expect(try await services.plan.todayDay()?.date == today)
    }

    @Test func readinessIsNullWithoutEvidenceAndMovesWithIt() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        let before = try await services.plan.readiness()
        #expect(before.allSatisfy { $0.score == nil })
        let problem = Self.bundle.problems.first { $0.round == .dsa }!
        _ = try await services.problems.submit(problemID: problem.id, code: "correct")
        for card in Self.bundle.cards.prefix(5) { _ = try await services.drill.answer(cardID: card.id, rating: .good) }
        let after = try await services.plan.readiness()
        let coding = try #require(after.first { $0.round == .coding }?.score)
        #expect(coding > 0 && coding < 1)
        #expect(try #require(after.first { $0.round == .mlBreadth }?.score) > 0)
        #expect(after.first { $0.round == .mlSystemDesign }?.score == nil)
        let history = try await services.plan.readinessHistory()
        #expect(history.count == 1)
        #expect(history[0].scores[.coding] == .some(coding))
    }

    @Test func theChecklistTicksByEvidenceAndByHand() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        let problem = Self.bundle.problems.first { $0.round == .dsa }!
        let pattern = problem.patterns[0]
        let id = "dsa-patterns:\(pattern)"
        var line = try #require(try await services.plan.checklist().first { $0.id == id })
        #expect(!line.ticked && line.byEvidence)
        #expect(line.progress?.hasPrefix("0 of ") == true)
        _ = try await services.problems.submit(problemID: problem.id, code: "correct")
        line = try #require(try await services.plan.checklist().first { $0.id == id })
        #expect(line.progress?.hasPrefix("1 of ") == true)
        await #expect(throws: BadInput.self) { try await services.plan.tick(id, ticked: true) }
        try await services.plan.tick("logistics:setup", ticked: true)
        #expect(try await services.plan.checklist().first { $0.id == "logistics:setup" }?.ticked == true)
        let sections = Set(try await services.plan.checklist().map(\.section))
        #expect(sections == Set(ChecklistSection.allCases))
    }

    @Test func aMockScoredWeakInARoundRePlansTowardsIt() async throws {
        let services = try await ServiceHarness().services(bundle: Self.bundle)
        _ = try await services.plan.make(inputs(services.plan.today))
        let mock = try await services.mock.start(.round(.breadth))
        for item in try #require(mock.current?.items) {
            _ = try await services.mock.rateCard(mock.id, cardID: item.id, rating: .again)
        }
        _ = try await services.mock.finish(mock.id)
        let plan = try #require(try await services.plan.current())
        let change = try #require(plan.changes.last, "the weak mock re-planned the plan")
        #expect(change.boosted.contains(.mlBreadth))
        #expect(change.reasons.contains { $0.contains("scored 0% in ML breadth") })
    }
}
