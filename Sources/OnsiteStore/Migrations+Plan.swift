import FluentKit
import SQLKit

/// The plan as one JSON document (one row: the plan is read and written whole, and a tick is a
/// read-modify-write in one transaction); readiness one row per day and round; checklist hand ticks.
struct CreatePlanTables: AsyncMigration {
    var name: String { "2026-12-09-create-plan-tables" }

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.raw("""
                CREATE TABLE study_plans (id BIGINT PRIMARY KEY, body TEXT NOT NULL, updated_at DOUBLE PRECISION NOT NULL, CHECK (id = 1))
                """).run()
            try await sql.raw("""
                CREATE TABLE readiness_snapshots (day BIGINT NOT NULL, round TEXT NOT NULL, score DOUBLE PRECISION,
                    PRIMARY KEY (day, round), CHECK (score IS NULL OR (score >= 0 AND score <= 1)))
                """).run()
            try await sql.raw("CREATE TABLE checklist_ticks (line_id TEXT PRIMARY KEY, ticked_at DOUBLE PRECISION NOT NULL)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for table in ["study_plans", "readiness_snapshots", "checklist_ticks"] { try await sql.raw("DROP TABLE \(unsafeRaw: table)").run() }
    }
}
