public import Foundation
public import OnsiteCore
import SQLKit

/// Deep dives (`deep_dives` table, `CreateDeepDives`).
extension SQLStore {
    public func deepDives() async throws -> [DeepDiveRecord] {
        try await sql.raw("SELECT id, body, created_at, updated_at FROM deep_dives ORDER BY updated_at DESC, id").all().map(Self.deepDive)
    }

    public func deepDive(id: String) async throws -> DeepDiveRecord? {
        try await sql.raw("SELECT id, body, created_at, updated_at FROM deep_dives WHERE id = \(bind: id)").first().map(Self.deepDive)
    }

    public func saveDeepDive(id: String, text: String, at: Date) async throws {
        try await write { sql in
            try await sql.raw("""
                INSERT INTO deep_dives (id, body, created_at, updated_at)
                VALUES (\(bind: id), \(bind: text), \(bind: at.timeIntervalSince1970), \(bind: at.timeIntervalSince1970))
                ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                """).run()
        }
    }

    public func deleteDeepDive(id: String) async throws -> Bool {
        try await write { sql in
            let found = try await sql.raw("SELECT id FROM deep_dives WHERE id = \(bind: id)").first() != nil
            try await sql.raw("DELETE FROM deep_dives WHERE id = \(bind: id)").run()
            return found
        }
    }

    static func deepDive(_ row: any SQLRow) throws -> DeepDiveRecord {
        DeepDiveRecord(
            id: try row.decode(column: "id", as: String.self), text: try row.decode(column: "body", as: String.self),
            createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self)),
            updatedAt: Date(timeIntervalSince1970: try row.decode(column: "updated_at", as: Double.self)))
    }
}
