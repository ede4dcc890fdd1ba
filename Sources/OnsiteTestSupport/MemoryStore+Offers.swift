public import Foundation
public import OnsiteCore
import OnsiteStore
import Synchronization

/// Saved offers in memory, in saving order, as `SQLStore` keeps them.
extension MemoryStore {
    public func saveOffer(_ offer: SavedOffer) async throws {
        data.withLock { data in
            if let index = data.offers.firstIndex(where: { $0.id == offer.id }) {
                var updated = offer
                updated.createdAt = data.offers[index].createdAt
                data.offers[index] = updated
            } else {
                data.offers.append(offer)
            }
            if offer.preferred {
                for index in data.offers.indices where data.offers[index].id != offer.id { data.offers[index].preferred = false }
            }
            data.generation += 1
        }
    }

    public func offers() async throws -> [SavedOffer] {
        data.withLock { $0.offers.sorted { ($0.createdAt, $0.offer.company, $0.id.uuidString) < ($1.createdAt, $1.offer.company, $1.id.uuidString) } }
    }

    public func offer(id: UUID) async throws -> SavedOffer? {
        data.withLock { $0.offers.first { $0.id == id } }
    }

    public func deleteOffer(id: UUID) async throws -> Bool {
        data.withLock { data in
            let before = data.offers.count
            data.offers.removeAll { $0.id == id }
            data.generation += 1
            return data.offers.count < before
        }
    }

    public func preferOffer(id: UUID?, at: Date) async throws {
        data.withLock { data in
            for index in data.offers.indices where data.offers[index].preferred || data.offers[index].id == id {
                data.offers[index].preferred = data.offers[index].id == id
                data.offers[index].updatedAt = at
            }
            data.generation += 1
        }
    }
}
