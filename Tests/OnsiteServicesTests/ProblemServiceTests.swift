import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices
import OnsiteTestSupport
import Testing

/// Submitting, recording and scheduling problems, over an in-memory store and a scripted judge.
@Suite struct ProblemServiceTests {
    static let bundle = try! ContentBundle.load(from: ContentLocation.sourceCheckout)
    let problem = "augmentation-orderings"

    @Test func anAcceptedFirstSubmitIsSavedAndScheduledAsGood() async throws {
        let harness = ServiceHarness()
        let problems = try await harness.services(bundle: Self.bundle).problems
        let attempt = try await problems.submit(problemID: problem, code: "correct")
        #expect(attempt.report.verdict == .accepted)
        #expect(attempt.review == .acceptedFirstTry)
        #expect(try await harness.store.submissionCount() == 1)
        #expect(try await harness.store.itemStates()[.problem(problem)]?.due == attempt.nextReview)
        #expect(try await problems.statuses()[problem] == .solved)
        #expect(try await problems.history(problemID: problem).map(\.id) == [attempt.submission?.id])
    }

    @Test func failedSubmitsBeforeTheAcceptMakeItHard() async throws {
        let harness = ServiceHarness()
        let problems = try await harness.services(bundle: Self.bundle).problems
        _ = try await problems.submit(problemID: problem, code: "wrong")
        #expect(try await problems.statuses()[problem] == .attempted)
        let attempt = try await problems.submit(problemID: problem, code: "correct")
        #expect(attempt.review == .acceptedAfterFailures(1))
        #expect(attempt.review?.rating == .hard)
    }

    @Test func noRecordJudgesAndSavesNothing() async throws {
        let harness = ServiceHarness()
        let problems = try await harness.services(bundle: Self.bundle).problems
        let attempt = try await problems.submit(problemID: problem, code: "correct", record: false)
        #expect(attempt.report.verdict == .accepted && attempt.submission == nil && attempt.review == nil)
        #expect(harness.judge.count == 1)
        #expect(try await harness.store.submissionCount() == 0)
        #expect(try await harness.store.reviewCount() == 0)
    }

    @Test func solvingAgainBeforeItIsDueIsPractice() async throws {
        let harness = ServiceHarness()
        let problems = try await harness.services(bundle: Self.bundle).problems
        _ = try await problems.submit(problemID: problem, code: "correct")
        let again = try await problems.submit(problemID: problem, code: "correct")
        #expect(again.review == nil, "no rating while the problem is not due")
        #expect(try await harness.store.reviewCount() == 1)
        #expect(try await harness.store.submissionCount() == 2)
    }

    @Test func givingUpBringsTheProblemBackTheNextDay() async throws {
        let harness = ServiceHarness()
        let problems = try await harness.services(bundle: Self.bundle).problems
        let card = try #require(try await problems.giveUp(problemID: problem))
        #expect(card.due.timeIntervalSince(harness.clock.now) == 86_400)
        #expect(try await problems.giveUp(problemID: problem) == nil, "nothing more to give up until it is due")
        harness.clock.advance(by: 86_400)
        #expect(try await problems.statuses()[problem] == .due)
    }

    @Test func unknownProblemsAndEmptyCodeAreRefusedByName() async throws {
        let problems = try await ServiceHarness().services(bundle: Self.bundle).problems
        await #expect(throws: ProblemError.unknownProblem("nope")) { try await problems.submit(problemID: "nope", code: "correct") }
        let empty = await #expect(throws: BadInput.self) { try await problems.submit(problemID: problem, code: "  \n") }
        #expect(empty?.field == "code")
    }

    @Test func theSameSeedGivesTheSameIdsAndSchedules() async throws {
        func run() async throws -> (UUID?, Date?) {
            let problems = try await ServiceHarness().services(bundle: Self.bundle).problems
            let attempt = try await problems.submit(problemID: problem, code: "correct")
            return (attempt.submission?.id, attempt.nextReview)
        }
        let (first, second) = (try await run(), try await run())
        #expect(first.0 == second.0 && first.1 == second.1)
    }
}
