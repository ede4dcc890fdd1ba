import FluentKit
import SQLKit

/// STAR stories, one row each; themes are their ids joined by commas (ids never hold one).
struct CreateStories: AsyncMigration {
    var name: String { "2026-12-07-create-stories" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("""
            CREATE TABLE stories (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, situation_text TEXT NOT NULL, task_text TEXT NOT NULL,
                action_text TEXT NOT NULL, result_text TEXT NOT NULL, learning_text TEXT NOT NULL, themes TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL,
                CHECK (id <> ''))
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE stories").run()
    }
}
