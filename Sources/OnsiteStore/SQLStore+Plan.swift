public import Foundation
public import OnsiteCore
import SQLKit

/// The study plan, readiness snapshots and checklist ticks (`CreatePlanTables`).
extension SQLStore {
    public func studyPlan() async throws -> StudyPlan? {
        guard let row = try await sql.raw("SELECT body FROM study_plans WHERE id = 1").first() else { return nil }
        return try PlanCodec.decode(try row.decode(column: "body", as: String.self))
    }

    public func saveStudyPlan(_ plan: StudyPlan, at: Date) async throws {
        let body = try PlanCodec.encode(plan)
        try await write { sql in try await Self.upsertPlan(body, at: at, on: sql) }
    }

    public func updateStudyPlan(at: Date, _ change: @escaping @Sendable (inout StudyPlan) throws -> Void) async throws -> StudyPlan? {
        try await write { sql in
            guard let row = try await sql.raw("SELECT body FROM study_plans WHERE id = 1").first() else { return nil }
            var plan = try PlanCodec.decode(try row.decode(column: "body", as: String.self))
            try change(&plan)
            try await Self.upsertPlan(try PlanCodec.encode(plan), at: at, on: sql)
            return plan
        }
    }

    public func deleteStudyPlan() async throws {
        try await write { sql in try await sql.raw("DELETE FROM study_plans").run() }
    }

    static func upsertPlan(_ body: String, at: Date, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO study_plans (id, body, updated_at) VALUES (1, \(bind: body), \(bind: at.timeIntervalSince1970))
            ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
            """).run()
    }

    public func saveReadiness(_ snapshot: ReadinessSnapshot) async throws {
        try await write { sql in
            for (round, score) in snapshot.scores.sorted(by: { $0.key < $1.key }) {
                try await sql.raw("""
                    INSERT INTO readiness_snapshots (day, round, score) VALUES (\(bind: snapshot.day.ordinal), \(bind: round.rawValue), \(bind: score))
                    ON CONFLICT (day, round) DO UPDATE SET score = excluded.score
                    """).run()
            }
        }
    }

    public func readinessSnapshots(since: StudyDay) async throws -> [ReadinessSnapshot] {
        let rows = try await sql.raw("SELECT day, round, score FROM readiness_snapshots WHERE day >= \(bind: since.ordinal) ORDER BY day, round").all()
        var byDay: [Int: [InterviewRound: Double?]] = [:]
        for row in rows {
            guard let round = InterviewRound(rawValue: try row.decode(column: "round", as: String.self)) else { continue }
            byDay[try row.decode(column: "day", as: Int.self), default: [:]][round] = .some(try row.decode(column: "score", as: Double?.self))
        }
        return byDay.keys.sorted().map { ReadinessSnapshot(day: StudyDay(ordinal: $0), scores: byDay[$0]!) }
    }

    public func checklistTicks() async throws -> Set<String> {
        Set(try await sql.raw("SELECT line_id FROM checklist_ticks").all().map { try $0.decode(column: "line_id", as: String.self) })
    }

    public func setChecklistTick(_ id: String, ticked: Bool, at: Date) async throws {
        try await write { sql in
            if ticked {
                try await sql.raw("""
                    INSERT INTO checklist_ticks (line_id, ticked_at) VALUES (\(bind: id), \(bind: at.timeIntervalSince1970))
                    ON CONFLICT (line_id) DO NOTHING
                    """).run()
            } else {
                try await sql.raw("DELETE FROM checklist_ticks WHERE line_id = \(bind: id)").run()
            }
        }
    }
}

/// The plan's stored JSON (Codable; the store's own format, not the CLI's stable one).
public enum PlanCodec {
    public static func encode(_ plan: StudyPlan) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(plan), as: UTF8.self)
    }

    public static func decode(_ text: String) throws -> StudyPlan {
        try JSONDecoder().decode(StudyPlan.self, from: Data(text.utf8))
    }
}
