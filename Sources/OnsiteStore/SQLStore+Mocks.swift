public import Foundation
public import OnsiteCore
import SQLKit

/// Mock interviews (`mocks`, `mock_stages`, `mock_answers`; `CreateMocks`).
extension SQLStore {
    public func mocks() async throws -> [Mock] {
        try await loadMocks(where: nil)
    }

    public func mock(id: UUID) async throws -> Mock? {
        try await loadMocks(where: id.uuidString).first
    }

    @discardableResult
    public func saveMock(_ mock: Mock, review: (item: ItemRef, review: ScheduledReview)?) async throws -> Card? {
        let lock = isPostgres
        return try await write { sql in
            let id = mock.id.uuidString
            try await sql.raw("""
                INSERT INTO mocks (id, started_at, finished_at)
                VALUES (\(bind: id), \(bind: mock.startedAt.timeIntervalSince1970), \(bind: mock.finishedAt?.timeIntervalSince1970))
                ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at
                """).run()
            for (position, stage) in mock.stages.enumerated() {
                try await sql.raw("""
                    INSERT INTO mock_stages (mock_id, position, kind, limit_seconds, items, elapsed_seconds, running_since, status, note)
                    VALUES (\(bind: id), \(bind: position), \(bind: stage.kind.rawValue), \(bind: stage.limitSeconds),
                            \(bind: stage.items.map(\.description).joined(separator: "\n")), \(bind: stage.timer.elapsedSeconds),
                            \(bind: stage.timer.runningSince?.timeIntervalSince1970), \(bind: stage.status.rawValue), \(bind: stage.note))
                    ON CONFLICT (mock_id, position) DO UPDATE SET items = excluded.items, elapsed_seconds = excluded.elapsed_seconds,
                        running_since = excluded.running_since, status = excluded.status, note = excluded.note
                    """).run()
                for (seq, answer) in stage.answers.enumerated() {
                    try await sql.raw("""
                        INSERT INTO mock_answers (mock_id, position, seq, item_kind, item_id, answered_at, rating, verdict, submission_id, score, detail)
                        VALUES (\(bind: id), \(bind: position), \(bind: seq), \(bind: answer.item.kind.rawValue), \(bind: answer.item.id),
                                \(bind: answer.at.timeIntervalSince1970), \(bind: answer.rating?.rawValue), \(bind: answer.verdict?.rawValue),
                                \(bind: answer.submissionID?.uuidString), \(bind: answer.score), \(bind: answer.detail))
                        ON CONFLICT (mock_id, position, seq) DO NOTHING
                        """).run()
                }
            }
            guard let review else { return nil }
            return try await Self.review(review.item, review.review, on: sql, lockRow: lock)
        }
    }

    private func loadMocks(where id: String?) async throws -> [Mock] {
        let mockColumns = "SELECT id, started_at, finished_at FROM mocks"
        let stageColumns = "SELECT mock_id, position, kind, limit_seconds, items, elapsed_seconds, running_since, status, note FROM mock_stages"
        let answerColumns = "SELECT mock_id, position, seq, item_kind, item_id, answered_at, rating, verdict, submission_id, score, detail FROM mock_answers"
        let mockRows, stageRows, answerRows: [any SQLRow]
        if let id {
            mockRows = try await sql.raw("\(unsafeRaw: mockColumns) WHERE id = \(bind: id)").all()
            stageRows = try await sql.raw("\(unsafeRaw: stageColumns) WHERE mock_id = \(bind: id) ORDER BY position").all()
            answerRows = try await sql.raw("\(unsafeRaw: answerColumns) WHERE mock_id = \(bind: id) ORDER BY position, seq").all()
        } else {
            mockRows = try await sql.raw("\(unsafeRaw: mockColumns) ORDER BY started_at DESC, id").all()
            stageRows = try await sql.raw("\(unsafeRaw: stageColumns) ORDER BY mock_id, position").all()
            answerRows = try await sql.raw("\(unsafeRaw: answerColumns) ORDER BY mock_id, position, seq").all()
        }
        var answers: [String: [MockAnswer]] = [:]
        for row in answerRows {
            let key = "\(try row.decode(column: "mock_id", as: String.self))/\(try row.decode(column: "position", as: Int.self))"
            answers[key, default: []].append(MockAnswer(
                item: ItemRef(ItemKind(rawValue: try row.decode(column: "item_kind", as: String.self)) ?? .card, try row.decode(column: "item_id", as: String.self)),
                at: Date(timeIntervalSince1970: try row.decode(column: "answered_at", as: Double.self)),
                rating: try row.decode(column: "rating", as: Int?.self).flatMap(Rating.init(rawValue:)),
                verdict: try row.decode(column: "verdict", as: String?.self).flatMap(VerdictKind.init(rawValue:)),
                submissionID: try row.decode(column: "submission_id", as: String?.self).flatMap(UUID.init(uuidString:)),
                score: try row.decode(column: "score", as: Double?.self),
                detail: try row.decode(column: "detail", as: String.self)))
        }
        var stages: [String: [MockStage]] = [:]
        for row in stageRows {
            let mockID = try row.decode(column: "mock_id", as: String.self)
            let position = try row.decode(column: "position", as: Int.self)
            stages[mockID, default: []].append(MockStage(
                kind: MockStageKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .breadth,
                limitSeconds: try row.decode(column: "limit_seconds", as: Double.self),
                items: Self.itemRefs(try row.decode(column: "items", as: String.self)),
                timer: StageTimer(
                    elapsedSeconds: try row.decode(column: "elapsed_seconds", as: Double.self),
                    runningSince: try row.decode(column: "running_since", as: Double?.self).map(Date.init(timeIntervalSince1970:))),
                status: MockStageStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .finished,
                note: try row.decode(column: "note", as: String.self),
                answers: answers["\(mockID)/\(position)"] ?? []))
        }
        return try mockRows.compactMap { row -> Mock? in
            let id = try row.decode(column: "id", as: String.self)
            guard let uuid = UUID(uuidString: id) else { return nil }
            return Mock(
                id: uuid, startedAt: Date(timeIntervalSince1970: try row.decode(column: "started_at", as: Double.self)),
                finishedAt: try row.decode(column: "finished_at", as: Double?.self).map(Date.init(timeIntervalSince1970:)),
                stages: stages[id] ?? [])
        }
    }

    /// `kind:id` lines back to references (ids never hold a newline).
    static func itemRefs(_ text: String) -> [ItemRef] {
        text.split(separator: "\n").compactMap { line -> ItemRef? in
            let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let kind = ItemKind(rawValue: String(parts[0])) else { return nil }
            return ItemRef(kind, String(parts[1]))
        }
    }
}
