import FluentKit
import SQLKit

/// Widens the CHECK on `item_schedules.item_kind` to a new list of kinds. SQLite cannot alter a
/// CHECK, so the table is rebuilt (create, copy, drop, rename) in one transaction; PostgreSQL
/// drops the constraint and adds the wider one. `review_logs` has no CHECK on its kind and is
/// left alone.
struct ItemKindCheck: AsyncMigration {
    let name: String
    let kinds: [String]

    /// Behavioral questions (issue 9).
    static let behavioral = ItemKindCheck(name: "2026-12-07-behavioral-item-kind", kinds: ["card", "problem", "behavioral"])
    /// Numeric drills (issue 12), design cases and drills, and deep dives (issue 8).
    static let numericDesignDepth = ItemKindCheck(
        name: "2026-12-08-numeric-design-depth-item-kinds",
        kinds: ["card", "problem", "behavioral", "numeric", "design", "depth"])

    private var check: String { "CHECK (item_kind IN (" + kinds.map { "'\($0)'" }.joined(separator: ", ") + "))" }

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw("ALTER TABLE item_schedules DROP CONSTRAINT IF EXISTS item_schedules_item_kind_check").run()
                try await sql.raw("ALTER TABLE item_schedules ADD CONSTRAINT item_schedules_item_kind_check \(unsafeRaw: check)").run()
                return
            }
            try await sql.raw("""
                CREATE TABLE item_schedules_new (
                    item_kind TEXT NOT NULL, item_id TEXT NOT NULL, state BIGINT NOT NULL, step BIGINT,
                    stability DOUBLE PRECISION, difficulty DOUBLE PRECISION, due DOUBLE PRECISION NOT NULL,
                    last_review DOUBLE PRECISION, PRIMARY KEY (item_kind, item_id),
                    \(unsafeRaw: check))
                """).run()
            try await sql.raw("""
                INSERT INTO item_schedules_new (item_kind, item_id, state, step, stability, difficulty, due, last_review)
                SELECT item_kind, item_id, state, step, stability, difficulty, due, last_review FROM item_schedules
                """).run()
            try await sql.raw("DROP TABLE item_schedules").run()
            try await sql.raw("ALTER TABLE item_schedules_new RENAME TO item_schedules").run()
        }
    }

    func revert(on database: any Database) async throws {
        throw MigrationError.irreversible(name)
    }
}
