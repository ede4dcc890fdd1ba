import FluentKit
import SQLKit

/// Design attempts, one row each; the step texts are a JSON object of step id to text.
struct CreateDesignAttempts: AsyncMigration {
    var name: String { "2026-12-07-create-design-attempts" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("""
            CREATE TABLE design_attempts (
                id TEXT PRIMARY KEY, item_id TEXT NOT NULL, mode TEXT NOT NULL, steps_json TEXT NOT NULL, diagram_text TEXT NOT NULL,
                elapsed_seconds BIGINT NOT NULL, timer_running BIGINT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL, submitted_at DOUBLE PRECISION,
                score DOUBLE PRECISION, self_rating TEXT,
                CHECK (mode IN ('interview', 'practice')), CHECK (elapsed_seconds >= 0))
            """).run()
        try await sql.raw("CREATE INDEX design_attempts_item ON design_attempts (item_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE design_attempts").run()
    }
}
