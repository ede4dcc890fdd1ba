public import Foundation
public import OnsiteCore
import OnsiteStore
import Synchronization

/// STAR stories in memory, in first-saved order, as `SQLStore` keeps them.
extension MemoryStore {
    public func stories() async throws -> [Story] {
        data.withLock { $0.stories.map(\.story) }
    }

    public func story(id: String) async throws -> Story? {
        data.withLock { $0.stories.first { $0.story.id == id }?.story }
    }

    public func saveStory(_ story: Story, at: Date) async throws {
        data.withLock { data in
            if let index = data.stories.firstIndex(where: { $0.story.id == story.id }) {
                data.stories[index].story = story
            } else {
                data.stories.append((story, at))
                data.stories.sort { ($0.createdAt, $0.story.id) < ($1.createdAt, $1.story.id) }
            }
            data.generation += 1
        }
    }

    public func deleteStory(id: String) async throws -> Bool {
        data.withLock { data in
            let before = data.stories.count
            data.stories.removeAll { $0.story.id == id }
            data.generation += 1
            return data.stories.count < before
        }
    }
}
