import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Design attempts on SQLite and, with `ONSITE_TEST_POSTGRES_URL`, on PostgreSQL: every field round-trips
/// (markup kept as text), a draft save replaces the whole row, history is newest first, and a rating saves
/// the attempt and the item's review together. The memory store behaves the same.
extension StoreTests {
    var designDraft: DesignAttempt {
        DesignAttempt(
            id: "a1", itemID: "video-recommendations", mode: .interview,
            answer: DesignAnswer(
                steps: [.clarify: "Scope: <script>alert(1)</script> \"quoted\"\n\nTwo lines.", .tradeoffs: "<img src=x onerror=alert(1)>"],
                diagram: "client -> api # comment"),
            timer: DesignTimer(elapsedSeconds: 125, running: false), createdAt: start)
    }

    func checkDesignAttempts(_ store: some Store) async throws {
        try await store.saveDesignAttempt(designDraft)
        #expect(try await store.designAttempt(id: "a1") == designDraft)
        var edited = designDraft
        edited.answer.steps[.metrics] = "PR-AUC"
        edited.answer.steps[.clarify] = nil
        edited.timer = DesignTimer(elapsedSeconds: 300, running: true)
        edited.updatedAt = start.addingTimeInterval(60)
        try await store.saveDesignAttempt(edited)
        #expect(try await store.designAttempt(id: "a1") == edited)
        let other = DesignAttempt(id: "a2", itemID: "fraud-metrics", mode: .practice, createdAt: start.addingTimeInterval(10))
        let later = DesignAttempt(id: "a3", itemID: "video-recommendations", mode: .practice, createdAt: start.addingTimeInterval(20))
        try await store.saveDesignAttempt(other)
        try await store.saveDesignAttempt(later)
        #expect(try await store.designAttempts(itemID: "video-recommendations").map(\.id) == ["a3", "a1"])
        #expect(try await store.designAttempts(itemID: nil).map(\.id) == ["a3", "a2", "a1"])
        #expect(try await store.designAttempt(id: "none") == nil)
        var submitted = edited
        submitted.submittedAt = start.addingTimeInterval(120)
        submitted.score = 0.625
        submitted.selfRating = .strong
        let card = try await store.rateDesignAttempt(submitted, review: review(.good, at: start.addingTimeInterval(120)))
        #expect(try await store.designAttempt(id: "a1") == submitted)
        #expect(try await store.itemStates()[ItemRef(.design, "video-recommendations")] == card)
        #expect(try await store.reviewLog(ItemRef(.design, "video-recommendations")).map(\.rating) == [.good])
    }

    @Test(arguments: Backend.all) func designAttemptsRoundTripNewestFirst(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let generation = try await store.generation()
            try await checkDesignAttempts(store)
            #expect(try await store.generation() == generation + 5)
        }
    }

    @Test func theMemoryStoreKeepsDesignAttemptsTheSameWay() async throws {
        try await checkDesignAttempts(MemoryStore())
    }
}
