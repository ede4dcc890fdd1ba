import FluentKit
import OnsiteCore
import SQLKit

/// Job applications and their stage history. Days are stored as the epoch seconds of their UTC
/// midnight (double precision, as every time in this schema); the rules a form checks are also
/// constraints, so a bad row cannot come in by another path.
struct CreateApplications: AsyncMigration {
    var name: String { "2026-12-07-create-applications" }

    func prepare(on database: any Database) async throws {
        let stages = ApplicationStage.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let tiers = TargetTier.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let sources = ApplicationSource.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.raw("""
                CREATE TABLE applications (
                    id TEXT PRIMARY KEY, company TEXT NOT NULL, role TEXT NOT NULL, level TEXT NOT NULL,
                    tier TEXT, link TEXT NOT NULL, contacts TEXT NOT NULL, notes TEXT NOT NULL, source TEXT,
                    salary_min BIGINT, salary_max BIGINT, next_step TEXT, next_step_day DOUBLE PRECISION,
                    CHECK (company <> '' AND role <> ''),
                    CHECK (tier IS NULL OR tier IN (\(unsafeRaw: tiers))),
                    CHECK (source IS NULL OR source IN (\(unsafeRaw: sources))),
                    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
                    CHECK ((next_step IS NULL) = (next_step_day IS NULL)))
                """).run()
            try await sql.raw("""
                CREATE TABLE application_stages (
                    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
                    seq BIGINT NOT NULL, stage TEXT NOT NULL, day DOUBLE PRECISION NOT NULL,
                    PRIMARY KEY (application_id, seq), CHECK (stage IN (\(unsafeRaw: stages))))
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE application_stages").run()
        try await (database as! any SQLDatabase).raw("DROP TABLE applications").run()
    }
}
