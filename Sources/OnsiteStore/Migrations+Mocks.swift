import FluentKit
import SQLKit

/// Mock interviews: a row per mock, per stage (its items as `kind:id` lines, its clock as seconds
/// counted plus when the current run began) and per answer (append-only, numbered within the stage).
struct CreateMocks: AsyncMigration {
    var name: String { "2026-12-08-create-mocks" }

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.raw("""
                CREATE TABLE mocks (id TEXT PRIMARY KEY, started_at DOUBLE PRECISION NOT NULL, finished_at DOUBLE PRECISION)
                """).run()
            try await sql.raw("""
                CREATE TABLE mock_stages (
                    mock_id TEXT NOT NULL REFERENCES mocks (id) ON DELETE CASCADE, position BIGINT NOT NULL, kind TEXT NOT NULL,
                    limit_seconds DOUBLE PRECISION NOT NULL, items TEXT NOT NULL, elapsed_seconds DOUBLE PRECISION NOT NULL,
                    running_since DOUBLE PRECISION, status TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (mock_id, position),
                    CHECK (kind IN ('coding', 'breadth', 'design', 'behavioral')),
                    CHECK (status IN ('pending', 'active', 'finished', 'skipped')))
                """).run()
            try await sql.raw("""
                CREATE TABLE mock_answers (
                    mock_id TEXT NOT NULL REFERENCES mocks (id) ON DELETE CASCADE, position BIGINT NOT NULL, seq BIGINT NOT NULL,
                    item_kind TEXT NOT NULL, item_id TEXT NOT NULL, answered_at DOUBLE PRECISION NOT NULL, rating BIGINT,
                    verdict TEXT, submission_id TEXT, score DOUBLE PRECISION, detail TEXT NOT NULL,
                    PRIMARY KEY (mock_id, position, seq), CHECK (rating IS NULL OR rating BETWEEN 1 AND 4))
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP TABLE mock_answers").run()
        try await sql.raw("DROP TABLE mock_stages").run()
        try await sql.raw("DROP TABLE mocks").run()
    }
}
