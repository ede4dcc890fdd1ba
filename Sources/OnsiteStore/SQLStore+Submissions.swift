public import Foundation
public import OnsiteCore
import SQLKit

/// Submissions to coding problems and the reviews they schedule.
extension SQLStore {
    public func saveAttempt(_ submission: Submission, review: ScheduledReview?) async throws -> Card? {
        let lock = isPostgres
        return try await write { sql in
            try await sql.raw("""
                INSERT INTO submissions (id, problem_id, kind, code, verdict, summary, report, submitted_at)
                VALUES (\(bind: submission.id), \(bind: submission.problemID), \(bind: submission.kind.rawValue), \(bind: submission.code),
                        \(bind: submission.verdict.rawValue), \(bind: submission.summary), \(bind: submission.report),
                        \(bind: submission.submittedAt.timeIntervalSince1970))
                """).run()
            guard let review else { return nil }
            return try await Self.review(.problem(submission.problemID), review, on: sql, lockRow: lock)
        }
    }

    public func submissions(problemID: String, limit: Int) async throws -> [Submission] {
        let rows = try await sql.raw("""
            SELECT id, problem_id, kind, code, verdict, summary, report, submitted_at FROM submissions
            WHERE problem_id = \(bind: problemID) ORDER BY submitted_at DESC LIMIT \(bind: limit)
            """).all()
        return try rows.map { row in
            Submission(
                id: try row.decode(column: "id", as: UUID.self),
                problemID: try row.decode(column: "problem_id", as: String.self),
                kind: SubmissionKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .run,
                code: try row.decode(column: "code", as: String.self),
                verdict: VerdictKind(rawValue: try row.decode(column: "verdict", as: String.self)) ?? .internalError,
                summary: try row.decode(column: "summary", as: String.self),
                report: try row.decode(column: "report", as: String.self),
                submittedAt: Date(timeIntervalSince1970: try row.decode(column: "submitted_at", as: Double.self)))
        }
    }

    public func submissionCount() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM submissions").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func failedSubmits(problemID: String, since start: Date) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM submissions WHERE problem_id = \(bind: problemID) AND kind = 'submit'
            AND verdict <> 'accepted' AND submitted_at > \(bind: start.timeIntervalSince1970)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func submitTally() async throws -> [String: ProblemTally] {
        let rows = try await sql.raw("""
            SELECT problem_id, COUNT(*) AS n, SUM(CASE WHEN verdict = 'accepted' THEN 1 ELSE 0 END) AS solved FROM submissions
            WHERE kind = 'submit' GROUP BY problem_id
            """).all()
        var tally: [String: ProblemTally] = [:]
        for row in rows {
            tally[try row.decode(column: "problem_id", as: String.self)] = ProblemTally(
                submits: try row.decode(column: "n", as: Int.self), accepted: try row.decode(column: "solved", as: Int.self) > 0)
        }
        return tally
    }
}
