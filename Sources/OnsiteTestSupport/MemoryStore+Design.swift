import Foundation
public import OnsiteCore
public import OnsiteStore
import Synchronization

/// Design attempts in memory, newest first as `SQLStore` returns them.
extension MemoryStore {
    public func saveDesignAttempt(_ attempt: DesignAttempt) async throws {
        data.withLock { data in
            Self.upsert(attempt, in: &data)
            data.generation += 1
        }
    }

    public func designAttempt(id: String) async throws -> DesignAttempt? {
        data.withLock { $0.designAttempts.first { $0.id == id } }
    }

    public func designAttempts(itemID: String?) async throws -> [DesignAttempt] {
        data.withLock { data in
            data.designAttempts.filter { itemID == nil || $0.itemID == itemID }.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        }
    }

    public func rateDesignAttempt(_ attempt: DesignAttempt, review: ScheduledReview) async throws -> Card {
        data.withLock { data in
            Self.upsert(attempt, in: &data)
            return Self.review(ItemRef(.design, attempt.itemID), review, in: &data)
        }
    }

    private static func upsert(_ attempt: DesignAttempt, in data: inout Data) {
        if let index = data.designAttempts.firstIndex(where: { $0.id == attempt.id }) {
            var kept = attempt
            kept.createdAt = data.designAttempts[index].createdAt  // as the SQL upsert keeps created_at and item_id
            kept.itemID = data.designAttempts[index].itemID
            data.designAttempts[index] = kept
        } else {
            data.designAttempts.append(attempt)
        }
    }
}
