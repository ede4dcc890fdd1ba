import FluentKit
import FluentSQL
import SQLKit

/// Every migration, in order. Names are explicit and stable: FluentKit's default name includes
/// the module name, so a rename of the module would otherwise run them again.
enum StoreMigrations {
    static let all: [any AsyncMigration] = [CreateReviewTables(), CreateSubmissions()]
}

struct CreateReviewTables: AsyncMigration {
    var name: String { "2026-11-22-create-review-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ItemStateModel.schema)
            .field("item_id", .string, .identifier(auto: false))
            .field("state", .int, .required)
            .field("step", .int)
            .field("stability", .double)
            .field("difficulty", .double)
            .field("due", .datetime, .required)
            .field("last_review", .datetime)
            .create()
        try await database.schema(ReviewLogModel.schema)
            .id()
            .field("item_id", .string, .required)
            .field("rating", .int, .required)
            .field("reviewed_at", .datetime, .required)
            .field("duration", .double)
            .field("was_new", .bool, .required)
            .field("state_before", .int, .required)
            .constraint(.sql(raw: "CHECK (rating BETWEEN 1 AND 4)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX review_logs_reviewed_at ON review_logs (reviewed_at)").run()
        try await sql.raw("CREATE INDEX review_logs_item ON review_logs (item_id, reviewed_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReviewLogModel.schema).delete()
        try await database.schema(ItemStateModel.schema).delete()
    }
}

struct CreateSubmissions: AsyncMigration {
    var name: String { "2026-11-22-create-submissions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SubmissionModel.schema)
            .id()
            .field("problem_id", .string, .required)
            .field("kind", .string, .required)
            .field("code", .string, .required)
            .field("verdict", .string, .required)
            .field("summary", .string, .required)
            .field("report", .string, .required)
            .field("submitted_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX submissions_problem ON submissions (problem_id, submitted_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SubmissionModel.schema).delete()
    }
}
