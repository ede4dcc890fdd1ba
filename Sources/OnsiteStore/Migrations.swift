import FluentKit
import FluentSQL
import SQLKit

/// Every migration, in order. Names are explicit and stable: FluentKit's default name includes
/// the module name, so a rename of the module would otherwise run them again. Times are stored as
/// seconds since 1970 (double precision) on both backends, so the SQL that reads them is the same.
enum StoreMigrations {
    static let all: [any AsyncMigration] = [
        CreateReviewTables(), CreateSubmissions(), TypedItemRefs(), SettingsAndGeneration(), CreateApplications(), CreateOffers(),
        CreateStories(), ItemKindCheck.behavioral, ItemKindCheck.numericDesignDepth, CreateDeepDives(), CreateDesignAttempts(),
        CreatePlanTables(),
        CreateMocks(),
    ]
}

struct CreateReviewTables: AsyncMigration {
    var name: String { "2026-11-22-create-review-tables" }

    func prepare(on database: any Database) async throws {
        // SQLite files made before 2026-12-07 have `.datetime` here, which SQLite stores as REAL: the same.
        try await database.schema("item_states")
            .field("item_id", .string, .identifier(auto: false))
            .field("state", .int, .required)
            .field("step", .int)
            .field("stability", .double)
            .field("difficulty", .double)
            .field("due", .double, .required)
            .field("last_review", .double)
            .create()
        try await database.schema("review_logs")
            .id()
            .field("item_id", .string, .required)
            .field("rating", .int, .required)
            .field("reviewed_at", .double, .required)
            .field("duration", .double)
            .field("was_new", .bool, .required)
            .field("state_before", .int, .required)
            .constraint(.sql(raw: "CHECK (rating BETWEEN 1 AND 4)"))
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX review_logs_reviewed_at ON review_logs (reviewed_at)").run()
        try await sql.raw("CREATE INDEX review_logs_item ON review_logs (item_id, reviewed_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_logs").delete()
        try await database.schema("item_states").delete()
    }
}

struct CreateSubmissions: AsyncMigration {
    var name: String { "2026-11-22-create-submissions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("submissions")
            .id()
            .field("problem_id", .string, .required)
            .field("kind", .string, .required)
            .field("code", .string, .required)
            .field("verdict", .string, .required)
            .field("summary", .string, .required)
            .field("report", .string, .required)
            .field("submitted_at", .double, .required)
            .create()
        try await (database as! any SQLDatabase).raw("CREATE INDEX submissions_problem ON submissions (problem_id, submitted_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("submissions").delete()
    }
}

/// Items named by a kind and an id in two columns, in place of the `problem:` prefix on problem
/// ids: schedules move to `item_schedules` keyed by both; the log gains `item_kind`.
struct TypedItemRefs: AsyncMigration {
    var name: String { "2026-12-07-typed-item-refs" }
    static let prefixed = "item_id LIKE 'problem:%'"

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.raw("""
                CREATE TABLE item_schedules (
                    item_kind TEXT NOT NULL, item_id TEXT NOT NULL, state BIGINT NOT NULL, step BIGINT,
                    stability DOUBLE PRECISION, difficulty DOUBLE PRECISION, due DOUBLE PRECISION NOT NULL,
                    last_review DOUBLE PRECISION, PRIMARY KEY (item_kind, item_id),
                    CHECK (item_kind IN ('card', 'problem')))
                """).run()
            try await sql.raw("""
                INSERT INTO item_schedules (item_kind, item_id, state, step, stability, difficulty, due, last_review)
                SELECT CASE WHEN \(unsafeRaw: Self.prefixed) THEN 'problem' ELSE 'card' END,
                       CASE WHEN \(unsafeRaw: Self.prefixed) THEN SUBSTR(item_id, 9) ELSE item_id END,
                       state, step, stability, difficulty, due, last_review
                FROM item_states
                """).run()
            try await sql.raw("DROP TABLE item_states").run()
            try await sql.raw("ALTER TABLE review_logs ADD COLUMN item_kind TEXT NOT NULL DEFAULT 'card'").run()
            try await sql.raw("UPDATE review_logs SET item_kind = 'problem', item_id = SUBSTR(item_id, 9) WHERE \(unsafeRaw: Self.prefixed)").run()
            try await sql.raw("DROP INDEX review_logs_item").run()
            try await sql.raw("CREATE INDEX review_logs_item ON review_logs (item_kind, item_id, reviewed_at)").run()
        }
    }

    func revert(on database: any Database) async throws {
        throw MigrationError.irreversible(name)
    }
}

/// Named settings (the form token's secret) and the generation every write bumps, which tells
/// each reader (this process, the CLI, another instance) that its cached snapshot is stale.
struct SettingsAndGeneration: AsyncMigration {
    var name: String { "2026-12-07-settings-and-generation" }

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.raw("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)").run()
            try await sql.raw("CREATE TABLE store_generation (id BIGINT PRIMARY KEY, n BIGINT NOT NULL, CHECK (id = 1))").run()
            try await sql.raw("INSERT INTO store_generation (id, n) VALUES (1, 0)").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE settings").run()
        try await (database as! any SQLDatabase).raw("DROP TABLE store_generation").run()
    }
}

struct MigrationError: Error, CustomStringConvertible {
    var description: String
    static func irreversible(_ name: String) -> MigrationError { MigrationError(description: "the migration \(name) cannot be reverted") }
}
