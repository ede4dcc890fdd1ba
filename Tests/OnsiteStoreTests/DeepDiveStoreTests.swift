import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Deep dives on SQLite and, with `ONSITE_TEST_POSTGRES_URL`, on PostgreSQL: the text round-trips byte for
/// byte, a save keeps the creation time, the list is most recent first, and every write bumps the generation.
extension StoreTests {
    static let diveText = "# Churn <script>alert(1)</script>\n\n## Result\nRecall 0.61 → 0.74, “quoted”, 'single'.\n"

    @Test(arguments: Backend.all) func deepDivesRoundTripMostRecentFirst(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let generation = try await store.generation()
            try await store.saveDeepDive(id: "churn", text: Self.diveText, at: start)
            try await store.saveDeepDive(id: "ranking", text: "", at: start.addingTimeInterval(5))
            #expect(try await store.deepDives().map(\.id) == ["ranking", "churn"])
            try await store.saveDeepDive(id: "churn", text: Self.diveText + "more", at: start.addingTimeInterval(10))
            let churn = try #require(try await store.deepDive(id: "churn"))
            #expect(churn == DeepDiveRecord(id: "churn", text: Self.diveText + "more", createdAt: start, updatedAt: start.addingTimeInterval(10)))
            #expect(try await store.deepDives().map(\.id) == ["churn", "ranking"])
            #expect(try await store.deepDive(id: "none") == nil)
            #expect(try await store.deleteDeepDive(id: "ranking"))
            #expect(try await !store.deleteDeepDive(id: "ranking"))
            #expect(try await store.generation() == generation + 5)
        }
    }

    @Test func theMemoryStoreKeepsDeepDivesTheSameWay() async throws {
        let store = MemoryStore()
        try await store.saveDeepDive(id: "churn", text: Self.diveText, at: start)
        try await store.saveDeepDive(id: "ranking", text: "", at: start.addingTimeInterval(5))
        try await store.saveDeepDive(id: "churn", text: "edited", at: start.addingTimeInterval(10))
        #expect(try await store.deepDives().map(\.id) == ["churn", "ranking"])
        #expect(try await store.deepDive(id: "churn")?.createdAt == start)
        #expect(try await store.deleteDeepDive(id: "ranking"))
        #expect(try await !store.deleteDeepDive(id: "ranking"))
    }
}
