import Foundation
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// The drill service reuses today's queue between requests; these check it never serves a stale one.
@Suite struct DrillServiceTests {
    @Test func aLearningCardFallsDueWithoutAnyNewReview() async throws {
        let harness = ServiceHarness()
        let drill = try await harness.services().drill
        do {
            let first = try #require(try await drill.next()).card.id
            try await drill.answer(cardID: first, rating: .again)  // back in one minute
            let waiting = try await drill.queue()
            #expect(waiting.learningAhead == [first] && waiting.learning.isEmpty)
            #expect(try await drill.queue() == waiting)  // the same moment: the same queue
            harness.clock.advance(by: 61)
            let due = try await drill.queue()
            #expect(due.learning == [first] && due.learningAhead.isEmpty)
            #expect(try await drill.next()?.card.id == first)
        }
    }

    @Test func aReviewChangesTheQueueAtOnce() async throws {
        let drill = try await ServiceHarness().services(newPerDay: 2).drill
        do {
            let before = try await drill.queue()
            let card = try #require(before.new.first)
            try await drill.answer(cardID: card, rating: .easy)
            let after = try await drill.queue()
            #expect(!after.new.contains(card))
            #expect(after.new.count == before.new.count - 1)
        }
    }
}
