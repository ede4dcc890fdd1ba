import Foundation
import OnsiteCore
import Testing

@Suite struct AttemptOutcomeTests {
    @Test func ratingFollowsHowTheAttemptWent() {
        #expect(AttemptOutcome.accepted(after: 0) == .acceptedFirstTry)
        #expect(AttemptOutcome.accepted(after: 3) == .acceptedAfterFailures(3))
        #expect(AttemptOutcome.acceptedFirstTry.rating == .good)
        #expect(AttemptOutcome.acceptedAfterFailures(1).rating == .hard)
        #expect(AttemptOutcome.gaveUp.rating == .again)
    }

    @Test func problemsSkipLearningSteps() throws {
        let scheduler = try Scheduler.forProblems(enableFuzzing: false)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let solved = scheduler.review(Card(due: now), rating: .good, at: now).card
        #expect(solved.state == .review)
        #expect(solved.due.timeIntervalSince(now) >= 86_400, "a first solve should come back in days, not minutes")
        let struggled = scheduler.review(Card(due: now), rating: .hard, at: now).card
        #expect(struggled.due < solved.due)
        let gaveUp = scheduler.review(Card(due: now), rating: .again, at: now).card
        #expect(gaveUp.state == .review && gaveUp.due.timeIntervalSince(now) == 86_400, "giving up brings it back the next day")
        // The same solve under the card scheduler would come back within minutes.
        let card = try Scheduler(enableFuzzing: false).review(Card(due: now), rating: .good, at: now).card
        #expect(card.due.timeIntervalSince(now) < 3600)
    }
}
