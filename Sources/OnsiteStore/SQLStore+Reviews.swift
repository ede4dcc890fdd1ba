public import Foundation
public import OnsiteCore
import SQLKit

/// Schedules and the review log.
extension SQLStore {
    public func recordReview(_ item: ItemRef, _ review: ScheduledReview) async throws -> Card {
        let lock = isPostgres
        return try await write { sql in try await Self.review(item, review, on: sql, lockRow: lock) }
    }

    /// A review inside a caller's transaction: reads the item's state (locking its row on
    /// PostgreSQL, where another instance may review it at the same moment), schedules, saves.
    static func review(_ item: ItemRef, _ review: ScheduledReview, on sql: any SQLDatabase, lockRow: Bool) async throws -> Card {
        let row = try await sql.raw("""
            SELECT state, step, stability, difficulty, due, last_review FROM item_schedules
            WHERE item_kind = \(bind: item.kind.rawValue) AND item_id = \(bind: item.id)\(unsafeRaw: lockRow ? " FOR UPDATE" : "")
            """).first()
        let before = try row.map(card(from:))
        let after = review.schedule(before)
        try await sql.raw("""
            INSERT INTO item_schedules (item_kind, item_id, state, step, stability, difficulty, due, last_review)
            VALUES (\(bind: item.kind.rawValue), \(bind: item.id), \(bind: after.state.rawValue), \(bind: after.step),
                    \(bind: after.stability), \(bind: after.difficulty), \(bind: after.due.timeIntervalSince1970),
                    \(bind: after.lastReview?.timeIntervalSince1970))
            ON CONFLICT (item_kind, item_id) DO UPDATE SET state = excluded.state, step = excluded.step,
                stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review
            """).run()
        try await sql.raw("""
            INSERT INTO review_logs (id, item_kind, item_id, rating, reviewed_at, duration, was_new, state_before)
            VALUES (\(bind: review.logID), \(bind: item.kind.rawValue), \(bind: item.id), \(bind: review.rating.rawValue),
                    \(bind: review.at.timeIntervalSince1970), \(bind: review.duration), \(bind: before == nil),
                    \(bind: (before ?? Card(due: review.at)).state.rawValue))
            """).run()
        return after
    }

    static func card(from row: any SQLRow) throws -> Card {
        Card(
            state: State(rawValue: try row.decode(column: "state", as: Int.self)) ?? .learning,
            step: try row.decode(column: "step", as: Int?.self),
            stability: try row.decode(column: "stability", as: Double?.self),
            difficulty: try row.decode(column: "difficulty", as: Double?.self),
            due: Date(timeIntervalSince1970: try row.decode(column: "due", as: Double.self)),
            lastReview: try row.decode(column: "last_review", as: Double?.self).map(Date.init(timeIntervalSince1970:)))
    }

    func loadStates() async throws -> ItemStates {
        // Plain SQL: the drill page needs every state, and decoding models costs tens of
        // microseconds a row.
        let rows = try await sql.raw("SELECT item_kind, item_id, state, step, stability, difficulty, due, last_review FROM item_schedules").all()
        var states = ItemStates()
        for row in rows {
            guard let kind = ItemKind(rawValue: try row.decode(column: "item_kind", as: String.self)) else { continue }
            states[ItemRef(kind, try row.decode(column: "item_id", as: String.self))] = try Self.card(from: row)
        }
        return states
    }

    /// Card reviews answered, and new cards first seen, since `start`.
    func cardTally(since start: Date) async throws -> CardTally {
        let row = try await sql.raw("""
            SELECT COUNT(*) AS answered, COALESCE(SUM(CASE WHEN was_new THEN 1 ELSE 0 END), 0) AS new FROM review_logs
            WHERE reviewed_at >= \(bind: start.timeIntervalSince1970) AND item_kind = 'card'
            """).first()
        return CardTally(
            answered: try row?.decode(column: "answered", as: Int.self) ?? 0, newIntroduced: try row?.decode(column: "new", as: Int.self) ?? 0)
    }

    public func dailyCounts(since start: Date, calendar: StudyCalendar) async throws -> [StudyDay: Int] {
        // Counted per quarter hour in SQL (every time zone offset and rollover is a whole number of
        // those), so only a few thousand rows come back however long the log is.
        let quarter = isPostgres ? "CAST(FLOOR(reviewed_at / 900) AS BIGINT)" : "CAST(reviewed_at / 900 AS INTEGER)"
        let rows = try await sql.raw("""
            SELECT \(unsafeRaw: quarter) AS quarter, COUNT(*) AS n FROM review_logs
            WHERE reviewed_at >= \(bind: start.timeIntervalSince1970) GROUP BY 1
            """).all()
        var counts: [StudyDay: Int] = [:]
        for row in rows {
            let instant = Date(timeIntervalSince1970: Double(try row.decode(column: "quarter", as: Int.self)) * 900)
            counts[calendar.day(of: instant), default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    public func lapses(of kind: ItemKind, limit: Int) async throws -> [Lapse] {
        let rows = try await sql.raw("""
            SELECT item_id, MAX(reviewed_at) AS last, COUNT(*) AS n FROM review_logs
            WHERE rating = 1 AND item_kind = \(bind: kind.rawValue)
            GROUP BY item_id ORDER BY last DESC, item_id LIMIT \(bind: limit)
            """).all()
        return try rows.map {
            Lapse(
                item: ItemRef(kind, try $0.decode(column: "item_id", as: String.self)),
                lastLapse: Date(timeIntervalSince1970: try $0.decode(column: "last", as: Double.self)),
                lapseCount: try $0.decode(column: "n", as: Int.self))
        }
    }

    public func reviewLog(_ item: ItemRef) async throws -> [ReviewLog] {
        let rows = try await sql.raw("""
            SELECT rating, reviewed_at, duration FROM review_logs
            WHERE item_kind = \(bind: item.kind.rawValue) AND item_id = \(bind: item.id) ORDER BY reviewed_at
            """).all()
        return try rows.map {
            ReviewLog(
                rating: Rating(rawValue: try $0.decode(column: "rating", as: Int.self)) ?? .again,
                reviewedAt: Date(timeIntervalSince1970: try $0.decode(column: "reviewed_at", as: Double.self)),
                reviewDuration: try $0.decode(column: "duration", as: Double?.self))
        }
    }

    public func reviewCount() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM review_logs").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
