import Foundation
import OnsiteCore
import Testing

/// The pure policies the services apply: a problem's status, when an attempt is open, topic
/// progress, and the order of a quick-fire round.
@Suite struct PolicyTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    var endOfDay: Date { now.addingTimeInterval(3600) }

    func card(_ state: State, due offset: TimeInterval, lastReview: TimeInterval? = -86_400) -> Card {
        Card(state: state, step: nil, stability: 3, difficulty: 5, due: now.addingTimeInterval(offset),
             lastReview: lastReview.map { now.addingTimeInterval($0) })
    }

    @Test func problemStatusFollowsScheduleThenSubmits() {
        #expect(ProblemStatus.of(state: nil, tally: nil, endOfDay: endOfDay) == .new)
        #expect(ProblemStatus.of(state: nil, tally: ProblemTally(submits: 2, accepted: false), endOfDay: endOfDay) == .attempted)
        #expect(ProblemStatus.of(state: card(.review, due: 86_400), tally: ProblemTally(submits: 1, accepted: true), endOfDay: endOfDay) == .solved)
        #expect(ProblemStatus.of(state: card(.review, due: 1800), tally: ProblemTally(submits: 1, accepted: true), endOfDay: endOfDay) == .due)
        #expect(ProblemStatus.of(state: card(.review, due: 86_400), tally: nil, endOfDay: endOfDay) == .attempted, "given up, not solved")
        #expect(ProblemStatus.due.isSolved && ProblemStatus.solved.isSolved && !ProblemStatus.attempted.isSolved)
    }

    @Test func anAttemptIsOpenWhileNewOrDueToday() {
        #expect(AttemptWindow.start(state: nil, endOfDay: endOfDay) == .distantPast)
        #expect(AttemptWindow.start(state: card(.review, due: 1800, lastReview: -50), endOfDay: endOfDay) == now.addingTimeInterval(-50))
        #expect(AttemptWindow.start(state: card(.review, due: 86_400), endOfDay: endOfDay) == nil)
    }

    @Test func topicProgressCountsSeenReviewAndDue() {
        let topics = [Topic(id: "a", title: "A", summary: ""), Topic(id: "b", title: "B", summary: "")]
        let states = ["x": card(.review, due: 86_400), "y": card(.learning, due: 60)]
        let progress = TopicProgress.compute(
            topics: topics, cardIDs: { $0 == "a" ? ["x", "y", "z"] : [] }, states: states, endOfDay: endOfDay)
        #expect(progress.map(\.total) == [3, 0])
        #expect(progress[0].seen == 2 && progress[0].inReview == 1 && progress[0].due == 1)
    }

    @Test func quickFireTakesTheQueueFirstThenTheSoonestDue() {
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!)
        let states = ["late": card(.review, due: 900_000), "soon": card(.review, due: 200_000), "due": card(.review, due: -10)]
        let ids = ["late", "new1", "soon", "due", "new2"]
        let queue = DrillQueue(itemIDs: ids, states: states, now: now, calendar: calendar, newPerDay: 1, newIntroducedToday: 0, answeredToday: 0)
        #expect(queue.quickFireOrder(pool: ids, states: states) == ["due", "new1", "soon", "late", "new2"])
    }

    @Test func itemRefsOfDifferentKindsNeverCollide() {
        var states = ItemStates()
        states[.card("x")] = card(.review, due: 1)
        #expect(states[.problem("x")] == nil)
        #expect(states.of(.card).count == 1 && states.count == 1)
        #expect(ItemRef.problem("two-sum").description == "problem:two-sum")
    }

    @Test func seededGeneratorsRepeatAndDiffer() {
        let (a, b, c) = (Generators.seeded(1), Generators.seeded(1), Generators.seeded(2))
        #expect(a.newID() == b.newID())
        #expect(a.nextRandom() == b.nextRandom())
        #expect(a.newID() != c.newID())
    }
}
