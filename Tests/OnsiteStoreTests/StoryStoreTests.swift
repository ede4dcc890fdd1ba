import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// STAR stories on SQLite and, with `ONSITE_TEST_POSTGRES_URL`, on PostgreSQL: every field round-trips
/// (markup kept as text), an edit keeps the first-saved order, and every write bumps the generation.
extension StoreTests {
    var fullStory: Story {
        Story(
            id: "ranking-rollback", title: "Rollback <script>alert(1)</script>", situation: "S, with a comma.\n\nTwo paragraphs.",
            task: "T.", action: "I did it — “quoted”.", result: "Cut p99 from 800 ms to 120 ms.", learning: "",
            themes: ["ownership", "model-failed-after-launch"])
    }

    @Test(arguments: Backend.all) func storiesRoundTripInFirstSavedOrder(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let generation = try await store.generation()
            let bare = Story(id: "bare", title: "")
            try await store.saveStory(fullStory, at: start.addingTimeInterval(10))
            try await store.saveStory(bare, at: start)
            #expect(try await store.stories() == [bare, fullStory])
            var edited = fullStory
            edited.themes = []
            edited.learning = "L."
            try await store.saveStory(edited, at: start.addingTimeInterval(99))
            #expect(try await store.stories() == [bare, edited])
            #expect(try await store.story(id: "ranking-rollback") == edited)
            #expect(try await store.story(id: "none") == nil)
            #expect(try await store.deleteStory(id: "bare"))
            #expect(try await !store.deleteStory(id: "bare"))
            #expect(try await store.generation() == generation + 5)
        }
    }

    @Test func theMemoryStoreKeepsStoriesTheSameWay() async throws {
        let store = MemoryStore()
        try await store.saveStory(fullStory, at: start.addingTimeInterval(10))
        try await store.saveStory(Story(id: "bare", title: ""), at: start)
        try await store.saveStory(fullStory, at: start.addingTimeInterval(99))
        #expect(try await store.stories().map(\.id) == ["bare", "ranking-rollback"])
        #expect(try await store.deleteStory(id: "bare"))
        #expect(try await store.stories().map(\.id) == ["ranking-rollback"])
    }
}
