import Foundation
import OnsiteCore
import Testing

/// Mock interviews in Core: item choice, the stage clock, the stage sequence and the report.
@Suite struct MockTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    // MARK: Choice

    @Test func choiceNeverRepeatsAnItemWhileUnusedOnesRemain() {
        let candidates = (1...6).map { MockCandidate(id: "c\($0)", weakness: 0.5) }
        var random = SeededGenerator(seed: 7)
        let used: Set<String> = ["c1", "c2", "c3", "c4"]
        let chosen = MockItemChooser.choose(candidates, count: 3, used: used, using: &random)
        #expect(chosen.count == 3)
        #expect(Set(chosen.prefix(2)) == ["c5", "c6"], "the unused ones first")
        #expect(used.contains(chosen[2]), "then a used one, as the bank runs out")
    }

    @Test func choiceFavoursWeakItemsAndIsDeterministicForASeed() {
        let candidates = [
            MockCandidate(id: "strong", weakness: 0.05), MockCandidate(id: "lapsed", weakness: 1),
            MockCandidate(id: "new-a", weakness: 0.5), MockCandidate(id: "new-b", weakness: 0.5), MockCandidate(id: "shaky", weakness: 0.7),
        ]
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 1)
        let first = MockItemChooser.choose(candidates, count: 3, used: [], using: &a)
        #expect(first == MockItemChooser.choose(candidates, count: 3, used: [], using: &b))
        #expect(Array(first.prefix(2)) == ["lapsed", "shaky"])
        #expect(["new-a", "new-b"].contains(first[2]))
        // Ties are broken by the generator: over seeds, both new cards are picked.
        let thirds = Set((0..<20).map { seed -> String in
            var random = SeededGenerator(seed: UInt64(seed))
            return MockItemChooser.choose(candidates, count: 3, used: [], using: &random)[2]
        })
        #expect(thirds == ["new-a", "new-b"])
    }

    @Test func weaknessComesFromLapsesRetrievabilityAndFailedSolves() {
        let review = Card(state: .review, step: nil, stability: 10, difficulty: 5, due: t0, lastReview: t0)
        let relearning = Card(state: .relearning, step: 0, stability: 1, difficulty: 8, due: t0, lastReview: t0)
        #expect(MockWeakness.reviewed(state: nil, lapsed: false, retrievability: 0) == MockWeakness.unseen)
        #expect(MockWeakness.reviewed(state: relearning, lapsed: true, retrievability: 0.9) == 1)
        #expect(MockWeakness.reviewed(state: review, lapsed: true, retrievability: 0.95) == 0.8)
        #expect(abs(MockWeakness.reviewed(state: review, lapsed: false, retrievability: 0.7) - 0.3) < 1e-9)
        #expect(MockWeakness.problem(tally: ProblemTally(submits: 3, accepted: false)) == 1)
        #expect(MockWeakness.problem(tally: ProblemTally(submits: 1, accepted: true)) < MockWeakness.unseen)
        #expect(MockWeakness.problem(tally: nil) == MockWeakness.unseen)
        #expect(MockWeakness.design(lastScore: 0.25) == 0.75)
    }

    // MARK: The clock

    @Test func theTimerCountsOnlyWhileRunningAcrossPauseAndResume() {
        var timer = StageTimer().resumed(at: t0)
        #expect(timer.elapsed(at: t0 + 90) == 90)
        timer = timer.paused(at: t0 + 100)
        #expect(timer == StageTimer(elapsedSeconds: 100, runningSince: nil))
        #expect(timer.elapsed(at: t0 + 10_000) == 100, "paused: time does not pass, however long")
        #expect(timer.paused(at: t0 + 200) == timer, "pausing twice changes nothing")
        timer = timer.resumed(at: t0 + 500)
        #expect(timer.resumed(at: t0 + 600) == timer, "resuming a running timer changes nothing")
        #expect(timer.elapsed(at: t0 + 530) == 130)
        #expect(timer.remaining(limit: 120, at: t0 + 530) == -10, "over time counts below zero")
        #expect(timer.elapsed(at: t0 + 400) == 100, "a clock that went back counts nothing for the run")
    }

    @Test func aSavedRunningTimerKeepsCountingFromItsWallClockAnchor() throws {
        // What a killed server leaves: the values are all there is, and they give the same time.
        let saved = StageTimer(elapsedSeconds: 42, runningSince: t0)
        let decoded = try JSONDecoder().decode(StageTimer.self, from: JSONEncoder().encode(saved))
        #expect(decoded.elapsed(at: t0 + 18) == 60)
        #expect(StageTimer(elapsedSeconds: 42).elapsed(at: t0 + 1_000) == 42)
    }

    // MARK: Stages

    func twoStageMock() -> Mock {
        Mock.start(
            id: UUID(), plan: MockPlan(stages: [.init(.breadth, minutes: 1), .init(.design), .init(.behavioral, minutes: 2)]),
            items: [.breadth: [.card("a"), .card("b")], .behavioral: [.behavioral("q1")]],
            skipped: [.design: "no scorer"], at: t0)
    }

    @Test func theLoopIsCodingBreadthDesignBehavioralAtTheirLengths() {
        #expect(MockPlan.loop.stages.map(\.kind) == [.coding, .breadth, .design, .behavioral])
        #expect(MockPlan.loop.stages.map(\.minutes) == [45, 30, 45, 30])
        #expect(!MockPlan.round(.coding).isLoop)
    }

    @Test func stagesRunInOrderSkippingWhatCannotRunEachWithItsOwnClock() {
        var mock = twoStageMock()
        #expect(mock.stages.map(\.status) == [.active, .skipped, .pending])
        #expect(mock.stages[1].note == "no scorer")
        #expect(mock.current?.timer.isRunning == true)
        mock = mock.answering(MockAnswer(item: .card("a"), at: t0 + 10, rating: .good))
        #expect(mock.current?.nextUnanswered == .card("b"))
        mock = mock.pausing(at: t0 + 20).resuming(at: t0 + 50).finishingStage(at: t0 + 80)
        #expect(mock.stages[0].timer == StageTimer(elapsedSeconds: 50))
        #expect(mock.currentIndex == 2)
        #expect(mock.stages[2].timer.runningSince == t0 + 80)
        mock = mock.finishingStage(at: t0 + 100)
        #expect(mock.isFinished && mock.finishedAt == t0 + 100)
        #expect(mock.currentIndex == nil)
    }

    // MARK: Report

    @Test func theReportScoresEachStageAndCountsTimeAndMistakes() {
        var mock = Mock.start(
            id: UUID(), plan: MockPlan(stages: [.init(.coding, minutes: 1), .init(.breadth, minutes: 1), .init(.design), .init(.behavioral)]),
            items: [.coding: [.problem("p")], .breadth: [.card("a"), .card("b"), .card("c")], .behavioral: [.behavioral("q1"), .behavioral("q2")]],
            skipped: [.design: "no scorer"], at: t0)
        mock = mock.answering(MockAnswer(item: .problem("p"), at: t0 + 5, verdict: .wrongAnswer, detail: "3 of 8 passed"))
            .answering(MockAnswer(item: .problem("p"), at: t0 + 30, verdict: .accepted))
            .finishingStage(at: t0 + 70)
            .answering(MockAnswer(item: .card("a"), at: t0 + 80, rating: .easy))
            .answering(MockAnswer(item: .card("b"), at: t0 + 90, rating: .again))
            .finishingStage(at: t0 + 100)
            .answering(MockAnswer(item: .behavioral("q1"), at: t0 + 110, rating: .good))
            .finishing(at: t0 + 130)
        let report = MockReport(mock, at: t0 + 999)
        #expect(report.stages.map(\.usedSeconds) == [70, 30, 0, 30])
        #expect(report.stages[0].overTime && !report.stages[1].overTime)
        #expect(report.stages[0].items[0].outcome == "Accepted after 1 failed submit")
        #expect(report.stages[0].score == 0.75)
        #expect(report.stages[1].score == 1.0 / 3, "Easy 1, Again 0, not answered 0")
        #expect(report.stages[1].items.map(\.outcome) == ["Rated Easy", "Rated Again", "Not answered"])
        #expect(report.stages[2].score == nil && report.stages[2].status == .skipped)
        #expect(report.stages[3].items.map(\.outcome) == ["Rated Solid", "Not answered"])
        let behavioral = (2.0 / 3) / 2
        #expect(abs(report.overall! - (0.75 + 1.0 / 3 + behavioral) / 3) < 1e-9)
        #expect(report.usedSeconds == 130)
        #expect(report.limitSeconds == 60 + 60 + 30 * 60, "skipped stages do not count")
        #expect(report.mistakes.map(\.item) == [.card("b"), .card("c"), .behavioral("q2")])
    }

    @Test func theReportJSONNamesItemsByKindAndId() throws {
        let mock = twoStageMock().answering(MockAnswer(item: .card("a"), at: t0 + 5, rating: .hard))
        let document = MockJSON.document(mock, at: t0 + 12)
        #expect(document.stages[0].items == ["card:a", "card:b"])
        #expect(document.stages[0].next == "card:b")
        #expect(document.stages[0].elapsedSeconds == 12 && document.stages[0].remainingSeconds == 48)
        let text = String(decoding: try MockJSON.encode(MockJSON.document(MockReport(mock, at: t0 + 12))), as: UTF8.self)
        #expect(text.contains("\"item\":\"card:a\",\"mistake\":true,\"outcome\":\"Rated Hard\""))
    }
}
