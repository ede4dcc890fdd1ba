import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Mock interviews on SQLite and, with `ONSITE_TEST_POSTGRES_URL`, on PostgreSQL: stages, items,
/// clocks and answers round-trip; answers are appended, never rewritten; a rating's review is
/// saved in the same transaction; the in-memory store keeps them the same way.
extension StoreTests {
    func sampleMock(_ id: UUID = UUID(uuidString: "00000000-0000-4000-8000-00000000aaaa")!, at t: Date) -> Mock {
        Mock.start(
            id: id, plan: MockPlan(stages: [.init(.coding), .init(.breadth, minutes: 10), .init(.design), .init(.behavioral)]),
            items: [.coding: [.problem("two-sum")], .breadth: [.card("l1-sparsity"), .card("ab-testing:power")], .behavioral: [.behavioral("q1")]],
            skipped: [.design: "no scorer — yet"], at: t)
    }

    func exerciseMocks(_ store: any Store) async throws {
        var mock = sampleMock(at: start)
        try await store.saveMock(mock, review: nil)
        #expect(try await store.mock(id: mock.id) == mock)
        let submission = UUID(uuidString: "00000000-0000-4000-8000-00000000bbbb")!
        mock = mock.answering(MockAnswer(item: .problem("two-sum"), at: start + 30, verdict: .wrongAnswer, submissionID: submission, detail: "3 of 8 passed"))
            .pausing(at: start + 40).resuming(at: start + 100).finishingStage(at: start + 160)
        try await store.saveMock(mock, review: nil)
        let review = ScheduledReview(logID: UUID(), rating: .again, at: start + 170) { _ in Card(due: self.start + 230) }
        mock = mock.answering(MockAnswer(item: .card("l1-sparsity"), at: start + 170, rating: .again))
        let card = try await store.saveMock(mock, review: (.card("l1-sparsity"), review))
        #expect(card?.due == start + 230)
        #expect(try await store.reviewLog(.card("l1-sparsity")).map(\.rating) == [.again])
        let loaded = try #require(try await store.mock(id: mock.id))
        #expect(loaded == mock)
        #expect(loaded.stages[0].timer == StageTimer(elapsedSeconds: 100))
        #expect(loaded.stages[1].timer == StageTimer(elapsedSeconds: 0, runningSince: start + 160))
        #expect(loaded.stages[2].note == "no scorer — yet")

        // A later mock comes first; an answer once saved is never rewritten.
        let later = sampleMock(UUID(uuidString: "00000000-0000-4000-8000-00000000cccc")!, at: start + 1000)
        try await store.saveMock(later, review: nil)
        var rewritten = mock
        rewritten.stages[0].answers[0].detail = "changed"
        try await store.saveMock(rewritten.finishing(at: start + 2000), review: nil)
        let mocks = try await store.mocks()
        #expect(mocks.map(\.id) == [later.id, mock.id])
        #expect(mocks[1].stages[0].answers[0].detail == "3 of 8 passed")
        #expect(mocks[1].finishedAt == start + 2000)
        #expect(try await store.mock(id: UUID()) == nil)
    }

    @Test(arguments: Backend.all) func mocksRoundTripWithClocksAndAnswers(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let generation = try await store.generation()
            try await exerciseMocks(store)
            #expect(try await store.generation() == generation + 5)
        }
    }

    @Test func theMemoryStoreKeepsMocksTheSameWay() async throws {
        try await exerciseMocks(MemoryStore())
    }
}
