import Foundation
import OnsiteCore
import Testing

/// Readable checks of the FSRS scheduler's everyday behaviour (fuzz off).
struct FSRSBehaviourTests {
    let start = Date(timeIntervalSince1970: 1_710_061_200)  // 2024-03-10 09:00 UTC
    let day: TimeInterval = 86_400

    func scheduler(
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600]
    ) throws -> Scheduler {
        try Scheduler(
            desiredRetention: desiredRetention,
            learningSteps: learningSteps,
            relearningSteps: relearningSteps,
            enableFuzzing: false
        )
    }

    /// A card graduated with Easy (stability w3 ≈ 8.3 days), then reviewed Good on time.
    func matureCard(_ scheduler: Scheduler) -> Card {
        let easy = scheduler.review(Card(due: start), rating: .easy, at: start).card
        return scheduler.review(easy, rating: .good, at: easy.due).card
    }

    @Test func newCardGoodMovesToSecondStepDueInTenMinutes() throws {
        let (card, log) = try scheduler().review(Card(due: start), rating: .good, at: start)
        #expect(card.state == .learning)
        #expect(card.step == 1)
        #expect(card.due == start.addingTimeInterval(600))
        #expect(card.lastReview == start)
        #expect(card.stability == Scheduler.defaultParameters[2])
        #expect(log == ReviewLog(rating: .good, reviewedAt: start))
    }

    @Test func newCardAgainAndHardStayOnFirstStep() throws {
        let scheduler = try scheduler()
        let again = scheduler.review(Card(due: start), rating: .again, at: start).card
        #expect(again.step == 0)
        #expect(again.due == start.addingTimeInterval(60))
        let hard = scheduler.review(Card(due: start), rating: .hard, at: start).card
        #expect(hard.step == 0)
        #expect(hard.due == start.addingTimeInterval(330))  // halfway between the 1 and 10 minute steps
        let single = try self.scheduler(learningSteps: [60]).review(Card(due: start), rating: .hard, at: start).card
        #expect(single.due == start.addingTimeInterval(90))  // 1.5 × the only step
    }

    @Test func newCardEasyGraduatesWithClampedDifficulty() throws {
        let card = try scheduler().review(Card(due: start), rating: .easy, at: start).card
        #expect(card.state == .review)
        #expect(card.step == nil)
        #expect(card.stability == Scheduler.defaultParameters[3])
        #expect(card.difficulty == 1.0)  // w4 - e^(3·w5) + 1 ≈ -4.77, clamped
        #expect(card.due == start.addingTimeInterval(8 * day))  // round(8.2956)
    }

    @Test func goodThroughAllStepsGraduates() throws {
        let scheduler = try scheduler()
        var card = scheduler.review(Card(due: start), rating: .good, at: start).card
        card = scheduler.review(card, rating: .good, at: card.due).card
        #expect(card.state == .review)
        #expect(card.step == nil)
        #expect(card.stability == Scheduler.defaultParameters[2])  // same-day Good: short-term factor < 1, clamped
        #expect(card.due.timeIntervalSince(card.lastReview!) == 2 * day)  // round(2.3065)
    }

    @Test func noLearningStepsGoesStraightToReview() throws {
        let card = try scheduler(learningSteps: []).review(Card(due: start), rating: .again, at: start).card
        #expect(card.state == .review)
        #expect(card.due == start.addingTimeInterval(day))
    }

    @Test func lapseEntersRelearningAndGoodReturnsToReview() throws {
        let scheduler = try scheduler()
        let mature = matureCard(scheduler)
        let lapsed = scheduler.review(mature, rating: .again, at: mature.due).card
        #expect(lapsed.state == .relearning)
        #expect(lapsed.step == 0)
        #expect(lapsed.due == mature.due.addingTimeInterval(600))
        #expect(lapsed.stability! < mature.stability!)
        #expect(lapsed.difficulty! > mature.difficulty!)
        let relearned = scheduler.review(lapsed, rating: .good, at: lapsed.due).card
        #expect(relearned.state == .review)
        #expect(relearned.step == nil)
    }

    @Test func lapseWithoutRelearningStepsStaysInReview() throws {
        let scheduler = try scheduler(relearningSteps: [])
        let mature = matureCard(scheduler)
        let lapsed = scheduler.review(mature, rating: .again, at: mature.due).card
        #expect(lapsed.state == .review)
        #expect(lapsed.due.timeIntervalSince(mature.due).truncatingRemainder(dividingBy: day) == 0)
    }

    @Test func sameDayHardNeverLowersStability() throws {
        let scheduler = try scheduler()
        let mature = matureCard(scheduler)
        for hours in [1.0, 6.0, 23.9] {
            let card = scheduler.review(mature, rating: .hard, at: mature.lastReview!.addingTimeInterval(hours * 3600)).card
            #expect(card.stability == mature.stability)
        }
        let again = scheduler.review(mature, rating: .again, at: mature.lastReview!.addingTimeInterval(3600)).card
        #expect(again.stability! < mature.stability!)
    }

    @Test func twentyFourHoursIsTheSameDayBoundary() throws {
        let scheduler = try scheduler()
        let mature = matureCard(scheduler)
        let last = mature.lastReview!
        let sameDay = scheduler.review(mature, rating: .good, at: last.addingTimeInterval(day - 1)).card
        let nextDay = scheduler.review(mature, rating: .good, at: last.addingTimeInterval(day)).card
        #expect(sameDay.stability == mature.stability)  // short-term formula, clamped to no change
        #expect(nextDay.stability! > mature.stability!)  // long-term formula at one elapsed day
    }

    @Test func intervalsRoundHalfToEven() throws {
        let scheduler = try scheduler()
        // Values from py-fsrs 6.3.2 `_next_interval`, whose raw intervals are exactly x.5 here.
        let expected: [Double: Int] = [1.5: 2, 2.5: 2, 3.5: 4, 4.5: 4, 6.5: 6, 12.5: 12, 100.5: 100, 0.5: 1]
        for (stability, days) in expected {
            #expect(scheduler.interval(forStability: stability) == days, "stability \(stability)")
        }
        #expect(try Scheduler(maximumInterval: 30).interval(forStability: 400) == 30)
    }

    @Test func retrievabilityFollowsTheForgettingCurve() throws {
        let scheduler = try scheduler()
        #expect(scheduler.retrievability(of: Card(due: start), at: start) == 0)
        let card = Card(state: .review, step: nil, stability: 10, difficulty: 5, due: start, lastReview: start)
        #expect(scheduler.retrievability(of: card, at: start) == 1)
        #expect(scheduler.retrievability(of: card, at: start.addingTimeInterval(day - 1)) == 1)  // whole days only
        #expect(abs(scheduler.retrievability(of: card, at: start.addingTimeInterval(10 * day)) - 0.9) < 1e-12)
        #expect(scheduler.retrievability(of: card, at: start.addingTimeInterval(-5 * day)) == 1)
    }

    @Test func previewMatchesEachReview() throws {
        let scheduler = try scheduler()
        let mature = matureCard(scheduler)
        let at = mature.due.addingTimeInterval(2 * day)
        let preview = scheduler.previewIntervals(for: mature, at: at)
        #expect(preview.count == 4)
        for rating in Rating.allCases {
            #expect(preview[rating] == scheduler.review(mature, rating: rating, at: at).card.due)
        }
        #expect(preview[.again]! < preview[.hard]!)
        #expect(preview[.hard]! < preview[.good]!)
        #expect(preview[.good]! < preview[.easy]!)
    }

    @Test func rescheduleReplaysLogsInTimeOrder() throws {
        let scheduler = try scheduler()
        var card = Card(due: start)
        var logs: [ReviewLog] = []
        for rating in [Rating.good, .good, .again, .good, .easy, .hard] {
            let result = scheduler.review(card, rating: rating, at: max(card.due, start), reviewDuration: 4.2)
            card = result.card
            logs.append(result.log)
        }
        #expect(scheduler.reschedule(card, logs: logs.shuffled()) == card)
        let gentler = try self.scheduler(desiredRetention: 0.8)
        #expect(gentler.reschedule(card, logs: logs).due > card.due)
    }

    @Test func invalidSettingsAreRejectedWithTheirIndexAndValue() throws {
        var parameters = Scheduler.defaultParameters
        parameters[7] = 0.9
        #expect(throws: FSRSError.parameterOutOfBounds(index: 7, value: 0.9, lower: 0.001, upper: 0.75)) {
            try Scheduler(parameters: parameters)
        }
        do {
            _ = try Scheduler(parameters: parameters)
        } catch {
            #expect(error.description.contains("parameters[7] = 0.9"))
        }
        #expect(throws: FSRSError.wrongParameterCount(expected: 21, got: 19)) {
            try Scheduler(parameters: Array(Scheduler.defaultParameters.prefix(19)))
        }
        parameters = Scheduler.defaultParameters
        parameters[20] = .nan
        #expect(throws: FSRSError.self) { try Scheduler(parameters: parameters) }
        #expect(throws: FSRSError.invalidDesiredRetention(1.0)) { try Scheduler(desiredRetention: 1.0) }
        #expect(throws: FSRSError.invalidMaximumInterval(0)) { try Scheduler(maximumInterval: 0) }
        #expect(throws: FSRSError.self) { try Scheduler(learningSteps: [-1]) }
        _ = try Scheduler(parameters: Scheduler.parameterLowerBounds)
        _ = try Scheduler(parameters: Scheduler.parameterUpperBounds)
    }

    @Test func cardsAndSchedulersRoundTripThroughJSON() throws {
        let scheduler = try Scheduler(desiredRetention: 0.85, learningSteps: [60, 300, 1800], maximumInterval: 365)
        let card = matureCard(try self.scheduler())
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Card.self, from: encoder.encode(card)) == card)
        #expect(try decoder.decode(Scheduler.self, from: encoder.encode(scheduler)) == scheduler)
        let bad = #"{"parameters":[1],"desiredRetention":0.9,"learningSteps":[],"relearningSteps":[],"maximumInterval":10,"enableFuzzing":false}"#
        #expect(throws: FSRSError.wrongParameterCount(expected: 21, got: 1)) {
            try decoder.decode(Scheduler.self, from: Data(bad.utf8))
        }
    }
}
