import FluentKit
import SQLKit

/// Behavioral questions get FSRS schedules too: `item_schedules` accepts the kind `behavioral`.
/// SQLite cannot alter a CHECK, so the table is rebuilt (create, copy, drop, rename) in one
/// transaction; PostgreSQL drops the constraint and adds the wider one. `review_logs` has no
/// CHECK on its kind and is left alone.
struct BehavioralItemKind: AsyncMigration {
    var name: String { "2026-12-07-behavioral-item-kind" }
    static let kinds = "CHECK (item_kind IN ('card', 'problem', 'behavioral'))"

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw("ALTER TABLE item_schedules DROP CONSTRAINT IF EXISTS item_schedules_item_kind_check").run()
                try await sql.raw("ALTER TABLE item_schedules ADD CONSTRAINT item_schedules_item_kind_check \(unsafeRaw: Self.kinds)").run()
                return
            }
            try await sql.raw("""
                CREATE TABLE item_schedules_new (
                    item_kind TEXT NOT NULL, item_id TEXT NOT NULL, state BIGINT NOT NULL, step BIGINT,
                    stability DOUBLE PRECISION, difficulty DOUBLE PRECISION, due DOUBLE PRECISION NOT NULL,
                    last_review DOUBLE PRECISION, PRIMARY KEY (item_kind, item_id),
                    \(unsafeRaw: Self.kinds))
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
