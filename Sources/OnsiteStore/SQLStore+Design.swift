import Foundation
public import OnsiteCore
import SQLKit

/// Design attempts (`design_attempts` table, `CreateDesignAttempts`).
extension SQLStore {
    static let designColumns =
        "id, item_id, mode, steps_json, diagram_text, elapsed_seconds, timer_running, created_at, updated_at, submitted_at, score, self_rating"

    public func saveDesignAttempt(_ attempt: DesignAttempt) async throws {
        try await write { sql in try await Self.upsert(attempt, on: sql) }
    }

    public func designAttempt(id: String) async throws -> DesignAttempt? {
        try await sql.raw("SELECT \(unsafeRaw: Self.designColumns) FROM design_attempts WHERE id = \(bind: id)").first().map(Self.designAttempt)
    }

    public func designAttempts(itemID: String?) async throws -> [DesignAttempt] {
        let rows: [any SQLRow]
        if let itemID {
            rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.designColumns) FROM design_attempts WHERE item_id = \(bind: itemID) ORDER BY created_at DESC, id DESC
                """).all()
        } else {
            rows = try await sql.raw("SELECT \(unsafeRaw: Self.designColumns) FROM design_attempts ORDER BY created_at DESC, id DESC").all()
        }
        return try rows.map(Self.designAttempt)
    }

    public func rateDesignAttempt(_ attempt: DesignAttempt, review: ScheduledReview) async throws -> Card {
        let lock = isPostgres
        return try await write { sql in
            try await Self.upsert(attempt, on: sql)
            return try await Self.review(ItemRef(.design, attempt.itemID), review, on: sql, lockRow: lock)
        }
    }

    static func upsert(_ a: DesignAttempt, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO design_attempts (\(unsafeRaw: designColumns))
            VALUES (\(bind: a.id), \(bind: a.itemID), \(bind: a.mode.rawValue), \(bind: a.answer.stepsJSON), \(bind: a.answer.diagram),
                \(bind: a.timer.elapsedSeconds), \(bind: a.timer.running ? 1 : 0), \(bind: a.createdAt.timeIntervalSince1970),
                \(bind: a.updatedAt.timeIntervalSince1970), \(bind: a.submittedAt?.timeIntervalSince1970), \(bind: a.score),
                \(bind: a.selfRating?.rawValue))
            ON CONFLICT (id) DO UPDATE SET mode = excluded.mode, steps_json = excluded.steps_json, diagram_text = excluded.diagram_text,
                elapsed_seconds = excluded.elapsed_seconds, timer_running = excluded.timer_running, updated_at = excluded.updated_at,
                submitted_at = excluded.submitted_at, score = excluded.score, self_rating = excluded.self_rating
            """).run()
    }

    static func designAttempt(_ row: any SQLRow) throws -> DesignAttempt {
        func date(_ column: String) throws -> Date? {
            try row.decodeNil(column: column) ? nil : Date(timeIntervalSince1970: try row.decode(column: column, as: Double.self))
        }
        let answer = DesignAnswer(
            steps: DesignAnswer.steps(fromJSON: try row.decode(column: "steps_json", as: String.self)),
            diagram: try row.decode(column: "diagram_text", as: String.self))
        return DesignAttempt(
            id: try row.decode(column: "id", as: String.self), itemID: try row.decode(column: "item_id", as: String.self),
            mode: DesignMode(rawValue: try row.decode(column: "mode", as: String.self)) ?? .practice, answer: answer,
            timer: DesignTimer(
                elapsedSeconds: try row.decode(column: "elapsed_seconds", as: Int.self), running: try row.decode(column: "timer_running", as: Int.self) != 0),
            createdAt: try date("created_at")!, updatedAt: try date("updated_at"), submittedAt: try date("submitted_at"),
            score: try row.decodeNil(column: "score") ? nil : try row.decode(column: "score", as: Double.self),
            selfRating: try row.decodeNil(column: "self_rating") ? nil : DesignLevel(rawValue: try row.decode(column: "self_rating", as: String.self)))
    }
}
