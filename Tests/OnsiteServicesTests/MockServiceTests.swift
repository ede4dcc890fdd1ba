import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Mock interviews through the service: a whole loop to its report with a scripted judge, what the
/// report feeds (reviews, submissions, the errors log), choice that avoids repeats, and a mock
/// that resumes with its clock after the server stopped.
@Suite struct MockServiceTests {
    static var bundle: ContentBundle { ProblemServiceTests.bundle }

    @Test func aLoopRunsThroughToItsReport() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        let mocks = services.mock
        var mock = try await mocks.start(.loop)
        #expect(mock.stages.map(\.kind) == [.coding, .breadth, .design, .behavioral])
        #expect(mock.stages.map(\.status) == [.active, .pending, .pending, .pending])
        #expect(mock.currentIndex == 0 && mock.stages.map(\.items.count) == [1, 8, 1, 3])
        await #expect(throws: MockError.inProgress(mock.id)) { try await mocks.start(.round(.breadth)) }

        // Coding: a wrong submit, then an accepted one, both judged and recorded by the problem service.
        let problem = try #require(mock.current?.items.first?.id)
        harness.clock.advance(by: 600)
        _ = try await mocks.submit(mock.id, problemID: problem, code: "wrong")
        harness.clock.advance(by: 600)
        let (_, accepted) = try await mocks.submit(mock.id, problemID: problem, code: "correct")
        #expect(accepted.report.verdict == VerdictKind.accepted)
        #expect(accepted.review == AttemptOutcome.acceptedAfterFailures(1))
        #expect(try await harness.store.submissions(problemID: problem, limit: 10).count == 2)
        await #expect(throws: MockError.wrongStage(expected: .breadth, current: .coding)) {
            try await mocks.rateCard(mock.id, cardID: "l1-sparsity", rating: .good)
        }
        mock = try await mocks.finishStage(mock.id)

        // Breadth: one card at a time, each rating an FSRS review; the first is forgotten.
        let cards = try #require(mock.current?.items)
        await #expect(throws: MockError.notNext(cards[1], next: cards[0])) { try await mocks.rateCard(mock.id, cardID: cards[1].id, rating: .good) }
        for (index, card) in cards.enumerated() {
            harness.clock.advance(by: 60)
            mock = try await mocks.rateCard(mock.id, cardID: card.id, rating: index == 0 ? .again : .good)
        }
        #expect(try await harness.store.reviewLog(cards[0]).map(\.rating) == [.again])
        mock = try await mocks.pause(mock.id)
        harness.clock.advance(by: 3600)  // a long break, paused: not counted
        await #expect(throws: MockError.paused) { try await mocks.rateCard(mock.id, cardID: cards[0].id, rating: .good) }
        mock = try await mocks.resume(mock.id)
        mock = try await mocks.finishStage(mock.id)

        // Design: one case from the bank, one step answered, scored by DesignScorer over all six steps.
        let designCase = try #require(mock.current?.items.first)
        harness.clock.advance(by: 300)
        // The case's own model answer for the step: a real answer to whichever case came up.
        let metricsAnswer = try #require(Self.bundle.designItems.first { $0.id == designCase.id }?.rubric(for: .metrics)?.answer)
        mock = try await mocks.answerDesign(mock.id, caseID: designCase.id, step: "metrics", answer: metricsAnswer)
        let designScore = try #require(mock.current?.answers.last?.score)
        #expect(designScore > 0 && designScore <= 1.0 / 6 + 1e-9, "one step of six")
        mock = try await mocks.finishStage(mock.id)

        // Behavioral: three questions on the practice schedule, one rated Weak.
        #expect(mock.current?.kind == .behavioral)
        for (index, question) in (mock.current?.items ?? []).enumerated() {
            harness.clock.advance(by: 120)
            mock = try await mocks.rateQuestion(mock.id, questionID: question.id, rating: index == 2 ? .again : .good)
        }
        #expect(try await services.practice.schedules().count == 3)
        mock = try await mocks.finishStage(mock.id)
        #expect(mock.isFinished)

        let report = mocks.report(mock)
        #expect(report.stages.map(\.usedSeconds) == [1200, 480, 300, 360])
        #expect(report.stages[0].items[0].outcome == "Accepted after 1 failed submit")
        let breadthScore: Double = 7.0 * 2.0 / 3.0 / 8.0
        #expect(abs((report.stages[1].score ?? 0) - breadthScore) < 1e-9)
        #expect(report.stages[2].score == designScore && report.stages[2].items[0].outcome.hasSuffix("1 step answered"))
        #expect(report.mistakes.map(\.item) == [cards[0], designCase, mock.stages[3].items[2]])
        // The errors log: the forgotten card among the lapses, and the mock's own wrong answers.
        #expect(try await services.progress.lapses().map(\.card.id) == [cards[0].id])
        #expect(try await mocks.mistakes().map(\.item.item) == report.mistakes.map(\.item))
        await #expect(throws: MockError.finished) { try await mocks.pause(mock.id) }
    }

    @Test func theNextMockAvoidsItemsAlreadyUsedAndFavoursForgottenOnes() async throws {
        let harness = ServiceHarness()
        let services = try await harness.services(bundle: Self.bundle)
        // A card forgotten in the drill is posed first.
        let weak = try #require(services.mock.breadthCards.last).id
        try await services.drill.answer(cardID: weak, rating: .again)
        var seen: Set<ItemRef> = []
        for round in 0..<3 {
            let mock = try await services.mock.start(.round(.breadth))
            let items = try #require(mock.current?.items)
            if round == 0 { #expect(items.first == .card(weak)) }
            #expect(seen.isDisjoint(with: items), "round \(round) repeats an item")
            seen.formUnion(items)
            _ = try await services.mock.finish(mock.id)
        }
    }

    @Test func withNoJudgeOrNoItemsAStageIsSkippedWithItsReason() async throws {
        let harness = ServiceHarness()
        var config = ServiceConfiguration(database: .sqlite(path: "/nonexistent"), contentFolder: URL(fileURLWithPath: "/nonexistent"))
        config.clock = harness.clock.wallClock
        config.generators = .seeded(1)
        config.judge = .unavailable("bubblewrap is not installed")
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        let services = try await buildServices(config, bundle: try ContentBundle.load(from: content.url), store: harness.store)
        let reasons = services.mock.unavailable()
        #expect(reasons[.coding] == "the bank has no coding problems")
        #expect(reasons[.behavioral] == "the bank has no behavioral questions")
        await #expect(throws: MockError.nothingToRun(["Behavioral: the bank has no behavioral questions"])) {
            try await services.mock.start(.round(.behavioral))
        }
        #expect(try await services.mock.history().isEmpty, "nothing saved")
        let mock = try await services.mock.start(.loop)
        #expect(mock.stages.map(\.status) == [.skipped, .active, .skipped, .skipped])
    }

    /// A server killed mid-stage leaves the store as it was after the last change: the running
    /// stage's clock counts the time it was down, a paused one does not.
    @Test func aMockResumesOnTheSameDatabaseWithItsClock() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let location = StoreLocation.sqlite(path: folder.path + "/onsite.sqlite")
        let harness = ServiceHarness()
        var store = try await SQLStore.open(location)
        var services = try await harness.services(bundle: Self.bundle, store: store, database: location)
        var mock = try await services.mock.start(MockPlan(stages: [.init(.breadth), .init(.behavioral)]))
        let first = try #require(mock.current?.nextUnanswered)
        harness.clock.advance(by: 40)
        mock = try await services.mock.rateCard(mock.id, cardID: first.id, rating: .hard)
        harness.clock.advance(by: 20)
        await store.close()  // no pause, no shutdown code: as a SIGKILL leaves it

        harness.clock.advance(by: 300)
        store = try await SQLStore.open(location)
        services = try await harness.services(bundle: Self.bundle, store: store, database: location)
        var resumed = try #require(try await services.mock.inProgress())
        #expect(resumed == mock)
        #expect(resumed.current?.timer.elapsed(at: harness.clock.now) == 360)
        #expect(resumed.current?.nextUnanswered != first)
        resumed = try await services.mock.pause(resumed.id)
        await store.close()

        harness.clock.advance(by: 1000)
        store = try await SQLStore.open(location)
        services = try await harness.services(bundle: Self.bundle, store: store, database: location)
        let paused = try #require(try await services.mock.inProgress())
        #expect(paused.current?.timer == StageTimer(elapsedSeconds: 360))
        #expect(try await store.reviewLog(first).map(\.rating) == [.hard])
        await store.close()
    }
}

/// The design stage over a bank with one case, scored by `DesignScorer`.
@Suite struct MockDesignStageTests {
    static func item() -> DesignItem {
        DesignItem(
            id: "feed-ranking", title: "Rank a feed", kind: .case, difficulty: .hard, topics: ["ranking"], prompt: "Design the ranking of a feed.",
            steps: [
                DesignStepRubric(
                    step: .metrics, answer: "CTR online.", points: [RubricPoint(id: "online", point: "an online metric", weight: 1, phrases: ["click through rate"])],
                    anchors: DesignAnchors([:])),
                DesignStepRubric(
                    step: .data, answer: "Leakage.", points: [RubricPoint(id: "leak", point: "label leakage", weight: 1, phrases: ["label leakage"])],
                    anchors: DesignAnchors([:])),
            ],
            redFlags: [])
    }

    @Test func aDesignRoundIsAnsweredByStepAndScoredOnTheRubric() async throws {
        let harness = ServiceHarness()
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        var bundle = try ContentBundle.load(from: content.url)
        bundle.designItems = [Self.item()]
        let services = try await harness.services(bundle: bundle)
        #expect(services.mock.unavailable()[.design] == nil)
        var mock = try await services.mock.start(.round(.design))
        #expect(mock.current?.items == [ItemRef(.design, "feed-ranking")])
        await #expect(throws: BadInput.self) {
            try await services.mock.answerDesign(mock.id, caseID: "feed-ranking", step: "metrics", answer: "  ")
        }
        mock = try await services.mock.answerDesign(mock.id, caseID: "feed-ranking", step: "metrics", answer: "Online I would watch click through rate.")
        let (texts, score) = services.mock.designScore(try #require(mock.current))
        #expect(texts == ["metrics": "Online I would watch click through rate."])
        #expect(score?.steps["metrics"] == 1 && score?.total == 0.5)
        let report = try await services.mock.finish(mock.id)
        #expect(report.stages[0].items[0].outcome == "Rubric 50%, 1 step answered")
        #expect(report.overall == 0.5)
        // The next design mock favours... the only case, used or not: the bank has one.
        let again = try await services.mock.start(.round(.design))
        #expect(again.current?.items == [ItemRef(.design, "feed-ranking")])
    }
}
