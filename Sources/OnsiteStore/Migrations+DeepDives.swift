import FluentKit
import SQLKit

/// Deep dives: one row each, the Markdown text whole.
struct CreateDeepDives: AsyncMigration {
    var name: String { "2026-12-08-create-deep-dives" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("""
            CREATE TABLE deep_dives (
                id TEXT PRIMARY KEY, body TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL,
                CHECK (id <> ''))
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE deep_dives").run()
    }
}
