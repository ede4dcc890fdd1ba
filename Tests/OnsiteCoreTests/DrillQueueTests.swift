import Foundation
import OnsiteCore
import Testing

@Suite struct DrillQueueTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)

    func card(_ state: State, due offset: TimeInterval) -> Card {
        Card(state: state, step: state == .review ? nil : 0, stability: 2, difficulty: 5,
             due: now.addingTimeInterval(offset), lastReview: now.addingTimeInterval(-86400))
    }

    @Test func learningCardsDueNowComeFirstSoonestFirst() {
        let states = ["a": card(.review, due: -86400), "b": card(.learning, due: 60), "c": card(.relearning, due: -30)]
        let queue = DrillQueue(itemIDs: ["a", "b", "c", "d"], states: states, now: now, calendar: calendar,
                               newPerDay: 10, newIntroducedToday: 0, answeredToday: 0)
        #expect(queue.learning == ["c"])
        #expect(queue.learningAhead == ["b"])
        #expect(queue.next == "c")
    }

    @Test func learningAheadWaitsUntilNothingElseIsLeft() {
        let states = ["b": card(.learning, due: 60)]
        let withNew = DrillQueue(itemIDs: ["b", "n"], states: states, now: now, calendar: calendar,
                                 newPerDay: 1, newIntroducedToday: 0, answeredToday: 0)
        #expect(withNew.next == "n")
        let alone = DrillQueue(itemIDs: ["b"], states: states, now: now, calendar: calendar,
                               newPerDay: 1, newIntroducedToday: 0, answeredToday: 0)
        #expect(alone.next == "b")
    }

    @Test func learningBeyondTheLearnAheadWindowWaits() {
        let states = ["a": card(.learning, due: 3600)]
        let queue = DrillQueue(itemIDs: ["a"], states: states, now: now, calendar: calendar,
                               newPerDay: 0, newIntroducedToday: 0, answeredToday: 0)
        #expect(queue.learning.isEmpty)
        #expect(queue.next == nil)
    }

    @Test func reviewsDueBeforeTheEndOfTheStudyDayCount() {
        let endOfDay = calendar.endOfDay(containing: now).timeIntervalSince(now)
        let states = ["early": card(.review, due: endOfDay - 1), "tomorrow": card(.review, due: endOfDay + 1)]
        let queue = DrillQueue(itemIDs: ["early", "tomorrow"], states: states, now: now, calendar: calendar,
                               newPerDay: 0, newIntroducedToday: 0, answeredToday: 0)
        #expect(queue.reviews == ["early"])
    }

    @Test func newCardsRespectTheDailyLimitAndBankOrder() {
        let queue = DrillQueue(itemIDs: ["n1", "n2", "n3", "n4"], states: [:], now: now, calendar: calendar,
                               newPerDay: 3, newIntroducedToday: 1, answeredToday: 1)
        #expect(queue.new == ["n1", "n2"])
        #expect(queue.unseenTotal == 4)
        let exhausted = DrillQueue(itemIDs: ["n1"], states: [:], now: now, calendar: calendar,
                                   newPerDay: 3, newIntroducedToday: 5, answeredToday: 5)
        #expect(exhausted.new.isEmpty)
        #expect(exhausted.next == nil)
    }

    @Test func newCardsAreSpreadAmongReviews() {
        let states = Dictionary(uniqueKeysWithValues: (0..<4).map { ("r\($0)", card(.review, due: -100)) })
        let ids = (0..<4).map { "r\($0)" } + ["n0", "n1"]
        var picks: [String] = []
        for answered in 0..<3 {
            let queue = DrillQueue(itemIDs: ids, states: states, now: now, calendar: calendar,
                                   newPerDay: 2, newIntroducedToday: 0, answeredToday: answered)
            picks.append(queue.next!)
        }
        // Four reviews and two new cards: one new card after every two reviews.
        #expect(picks == ["r0", "r0", "n0"])
    }

    @Test func stableUntilIsTheNextLearningEdgeOrTheEndOfTheDay() {
        let endOfDay = calendar.endOfDay(containing: now)
        #expect(DrillQueue.stableUntil(itemIDs: ["r"], states: ["r": card(.review, due: 60)], now: now, calendar: calendar) == endOfDay)
        // Due in 30 min: it enters the 20-minute learn-ahead window in 10 min.
        #expect(DrillQueue.stableUntil(itemIDs: ["a"], states: ["a": card(.learning, due: 1800)], now: now, calendar: calendar)
                == now.addingTimeInterval(600))
        // Already in the window: the next change is when it falls due.
        #expect(DrillQueue.stableUntil(itemIDs: ["a", "b"], states: ["a": card(.learning, due: 1800), "b": card(.relearning, due: 300)],
                                       now: now, calendar: calendar) == now.addingTimeInterval(300))
        // A card not in the selection does not count.
        #expect(DrillQueue.stableUntil(itemIDs: ["a"], states: ["a": card(.learning, due: 1800), "b": card(.relearning, due: 300)],
                                       now: now, calendar: calendar) == now.addingTimeInterval(600))
    }

    /// What the web app relies on to reuse a queue: built anywhere before `stableUntil`, it is the
    /// same queue; when a learning card moves at `stableUntil`, it differs.
    @Test func theQueueHoldsUntilStableUntil() {
        var generator = SeededGenerator(seed: 0x0A51_7E)  // fixed: the same 200 cases on every run
        for _ in 0..<200 {
            let ids = (0..<12).map { "c\($0)" }
            var states: [String: Card] = [:]
            for id in ids where Bool.random(using: &generator) {
                let state: State = [.learning, .relearning, .review].randomElement(using: &generator)!
                states[id] = card(state, due: Double.random(in: -3600...90_000, using: &generator).rounded())
            }
            func build(at date: Date) -> DrillQueue {
                DrillQueue(itemIDs: ids, states: states, now: date, calendar: calendar, newPerDay: 3, newIntroducedToday: 0, answeredToday: 0)
            }
            let until = DrillQueue.stableUntil(itemIDs: ids, states: states, now: now, calendar: calendar)
            #expect(until > now)
            let built = build(at: now)
            #expect(build(at: now.addingTimeInterval(until.timeIntervalSince(now) / 2)) == built)
            #expect(build(at: until.addingTimeInterval(-0.001)) == built)
            if until < calendar.endOfDay(containing: now) {  // a learning card moved: the queue changed
                #expect(build(at: until) != built, "the queue should change at \(until)")
            }
        }
    }
}
