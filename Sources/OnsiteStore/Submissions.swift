public import Foundation
import FluentKit
public import OnsiteCore
import SQLKit

/// Submissions to coding problems and the reviews they schedule.
extension Store {
    /// Saves a judged submission and, when the attempt decided a rating, the problem's review,
    /// in one transaction: a verdict is never saved without the schedule it earned.
    @discardableResult
    public func saveAttempt(_ submission: Submission, review: Rating?, scheduler: Scheduler) async throws -> Card? {
        try await db.transaction { db in
            let row = SubmissionModel()
            row.id = submission.id
            row.problemID = submission.problemID
            row.kind = submission.kind.rawValue
            row.code = submission.code
            row.verdict = submission.verdict.rawValue
            row.summary = submission.summary
            row.report = submission.report
            row.submittedAt = submission.submittedAt
            try await row.create(on: db)
            guard let review else { return nil }
            return try await Self.review(
                itemID: ProblemItem.id(submission.problemID), rating: review, at: submission.submittedAt,
                duration: nil, scheduler: scheduler, on: db)
        }
    }

    /// A problem's submissions, newest first.
    public func submissions(problemID: String, limit: Int = 50) async throws -> [Submission] {
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

    /// Failed submits (not Run) of a problem after `start` (the last review): the current attempt's failures.
    public func failedSubmits(problemID: String, since start: Date) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM submissions WHERE problem_id = \(bind: problemID) AND kind = 'submit'
            AND verdict <> 'accepted' AND submitted_at > \(bind: start.timeIntervalSince1970)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// For every problem with a submit: how many, and whether one was accepted.
    public func submitTally() async throws -> [String: ProblemTally] {
        let rows = try await sql.raw("""
            SELECT problem_id, COUNT(*) AS n, SUM(verdict = 'accepted') AS solved FROM submissions
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

/// A problem's submits so far.
public struct ProblemTally: Sendable, Equatable {
    public var submits: Int
    public var accepted: Bool

    public init(submits: Int, accepted: Bool) {
        self.submits = submits
        self.accepted = accepted
    }
}
