import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// Numeric drills as scheduled items: mixed into the due queue, graded, recorded with the rating policy.
@Suite struct NumericDrillServiceTests {
    func services(_ harness: ServiceHarness, newPerDay: Int = 10) async throws -> Services {
        let folder = try NumericDrillFixtures.bundle()
        defer { folder.remove() }
        return try await harness.services(newPerDay: newPerDay, bundle: try ContentBundle.load(from: folder.url))
    }

    /// Answers cards (Good) until the queue offers the numeric drill.
    func nextNumeric(_ services: Services) async throws -> NumericPrompt? {
        for _ in 0..<10 {
            switch try await services.drill.nextItem(numeric: services.numeric) {
            case .numeric(let prompt)?: return prompt
            case .card(let prompt)?: try await services.drill.answer(cardID: prompt.card.id, rating: .good)
            case nil: return nil
            }
        }
        return nil
    }

    @Test func aNewDrillCountsAsNewAndMixesIntoTheQueue() async throws {
        let harness = ServiceHarness()
        let services = try await services(harness)
        let prompt = try #require(try await nextNumeric(services))
        #expect(prompt.drill.id == "double-it" && prompt.isNew)
        #expect(prompt.instance.question.hasPrefix("What is twice "))
        // Only the card-only queue of the JSON API leaves it out.
        let limited = try await self.services(ServiceHarness(), newPerDay: 3)
        if case .card(let first)? = try await limited.drill.nextItem(numeric: limited.numeric) {
            #expect(first.queue.new.count + first.queue.reviews.count == 3)
        }
    }

    @Test func aWrongAnswerIsAgainAndARightOneGoodOrEasyInQuickFire() async throws {
        let harness = ServiceHarness()
        let services = try await services(harness)
        let prompt = try #require(try await nextNumeric(services))
        let answer = Int(prompt.instance.answer)
        let wrong = try await services.numeric.answer(drillID: "double-it", seed: prompt.instance.seed, typed: "\(answer + 1)", elapsed: 5)
        #expect(wrong.grade == .wrong(typed: Double(answer + 1)))
        #expect(wrong.instance == prompt.instance)  // the graded instance is the one shown
        #expect(wrong.instance.solution.hasSuffix("= \(answer)."))
        #expect(wrong.state?.state == .learning)
        let log = try await services.numeric.states()["double-it"]
        #expect(log != nil)
        let right = try await services.numeric.answer(drillID: "double-it", seed: 77, typed: "\(Int(try services.numeric.instance(drillID: "double-it", seed: 77).answer))", elapsed: 30)
        #expect(right.grade.isRight)
        let quick = try await services.numeric.answer(drillID: "double-it", seed: 78, typed: "\(Int(try services.numeric.instance(drillID: "double-it", seed: 78).answer))", elapsed: 3, quickFire: true)
        #expect(quick.grade.isRight)
        #expect(quick.state!.due > right.state!.due)  // Easy schedules further than Good
    }

    @Test func notANumberIsNotAReview() async throws {
        let harness = ServiceHarness()
        let services = try await services(harness)
        let result = try await services.numeric.answer(drillID: "double-it", seed: 1, typed: "twelve", elapsed: 2)
        #expect(result.grade == .notANumber && result.state == nil)
        #expect(try await services.numeric.states()["double-it"] == nil)
    }

    @Test func aRightAnswerSchedulesTheDrillOutOfTodaysQueue() async throws {
        let harness = ServiceHarness()
        let services = try await services(harness)
        let prompt = try #require(try await nextNumeric(services))
        _ = try await services.numeric.answer(drillID: "double-it", seed: prompt.instance.seed, typed: "\(Int(prompt.instance.answer))", elapsed: 4)
        _ = try await services.numeric.answer(drillID: "double-it", seed: prompt.instance.seed, typed: "\(Int(prompt.instance.answer))", elapsed: 4)
        let queue = try #require(try await services.drill.nextItem(numeric: services.numeric))
        if case .numeric = queue { Issue.record("the drill answered right came straight back") }
        #expect(try await services.numeric.states()["double-it"]?.state == .review)
    }

    @Test func quickFireMixesDrillsAndUnknownIDsAreErrors() async throws {
        let services = try await services(ServiceHarness())
        let items = try await services.drill.quickFireItems(count: 10, numeric: services.numeric)
        #expect(items.count == 4)
        #expect(items.contains { if case .numeric(let instance) = $0 { instance.drillID == "double-it" } else { false } })
        #expect(throws: NumericDrillError.unknownDrill("nope")) { try services.numeric.instance(drillID: "nope", seed: 1) }
    }
}
