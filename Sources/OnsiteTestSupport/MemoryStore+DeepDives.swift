public import Foundation
public import OnsiteCore
public import OnsiteStore
import Synchronization

/// Deep dives in memory, most recently saved first, as `SQLStore` keeps them.
extension MemoryStore {
    public func deepDives() async throws -> [DeepDiveRecord] {
        data.withLock { $0.deepDives.values.sorted { ($1.updatedAt, $0.id) < ($0.updatedAt, $1.id) } }
    }

    public func deepDive(id: String) async throws -> DeepDiveRecord? {
        data.withLock { $0.deepDives[id] }
    }

    public func saveDeepDive(id: String, text: String, at: Date) async throws {
        data.withLock { data in
            let created = data.deepDives[id]?.createdAt ?? at
            data.deepDives[id] = DeepDiveRecord(id: id, text: text, createdAt: created, updatedAt: at)
            data.generation += 1
        }
    }

    public func deleteDeepDive(id: String) async throws -> Bool {
        data.withLock { data in
            data.generation += 1
            return data.deepDives.removeValue(forKey: id) != nil
        }
    }
}
