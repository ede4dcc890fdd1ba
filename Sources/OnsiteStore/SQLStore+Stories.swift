public import Foundation
public import OnsiteCore
import SQLKit

/// STAR stories (`stories` table, `CreateStories`).
extension SQLStore {
    static let storyColumns = "id, title, situation_text, task_text, action_text, result_text, learning_text, themes"

    public func stories() async throws -> [Story] {
        try await sql.raw("SELECT \(unsafeRaw: Self.storyColumns) FROM stories ORDER BY created_at, id").all().map(Self.story)
    }

    public func story(id: String) async throws -> Story? {
        try await sql.raw("SELECT \(unsafeRaw: Self.storyColumns) FROM stories WHERE id = \(bind: id)").first().map(Self.story)
    }

    public func saveStory(_ story: Story, at: Date) async throws {
        try await write { sql in
            try await sql.raw("""
                INSERT INTO stories (id, title, situation_text, task_text, action_text, result_text, learning_text, themes, created_at, updated_at)
                VALUES (\(bind: story.id), \(bind: story.title), \(bind: story.situation), \(bind: story.task), \(bind: story.action),
                    \(bind: story.result), \(bind: story.learning), \(bind: story.themes.joined(separator: ",")),
                    \(bind: at.timeIntervalSince1970), \(bind: at.timeIntervalSince1970))
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, situation_text = excluded.situation_text,
                    task_text = excluded.task_text, action_text = excluded.action_text, result_text = excluded.result_text,
                    learning_text = excluded.learning_text, themes = excluded.themes, updated_at = excluded.updated_at
                """).run()
        }
    }

    public func deleteStory(id: String) async throws -> Bool {
        try await write { sql in
            let found = try await sql.raw("SELECT id FROM stories WHERE id = \(bind: id)").first() != nil
            try await sql.raw("DELETE FROM stories WHERE id = \(bind: id)").run()
            return found
        }
    }

    static func story(_ row: any SQLRow) throws -> Story {
        func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
        return Story(
            id: try text("id"), title: try text("title"), situation: try text("situation_text"), task: try text("task_text"),
            action: try text("action_text"), result: try text("result_text"), learning: try text("learning_text"),
            themes: try text("themes").split(separator: ",").map(String.init))
    }
}
