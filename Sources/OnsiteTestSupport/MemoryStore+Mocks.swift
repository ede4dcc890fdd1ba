public import Foundation
public import OnsiteCore
public import OnsiteStore
import Synchronization

/// Mock interviews in memory, as `SQLStore` keeps them: newest first, answers never rewritten, the
/// review an answer earned saved with the mock.
extension MemoryStore {
    public func mocks() async throws -> [Mock] {
        data.withLock { $0.mocks.sorted { ($0.startedAt, $1.id.uuidString) > ($1.startedAt, $0.id.uuidString) } }
    }

    public func mock(id: UUID) async throws -> Mock? {
        data.withLock { $0.mocks.first { $0.id == id } }
    }

    @discardableResult
    public func saveMock(_ mock: Mock, review: (item: ItemRef, review: ScheduledReview)?) async throws -> Card? {
        data.withLock { data in
            var saved = mock
            if let old = data.mocks.first(where: { $0.id == mock.id }) {
                saved.startedAt = old.startedAt
                for index in saved.stages.indices where index < old.stages.count {
                    let kept = old.stages[index].answers
                    saved.stages[index].answers = kept + saved.stages[index].answers.dropFirst(kept.count)
                }
            }
            data.mocks.removeAll { $0.id == mock.id }
            data.mocks.append(saved)
            data.generation += 1
            return review.map { Self.review($0.item, $0.review, in: &data) }
        }
    }
}
