public import Foundation

/// The stable JSON of a mock and of its report, the same from the CLI (`--json`) and the API
/// (`docs/mock.md`): items as `kind:id`, times as ISO 8601, durations in seconds.
public enum MockJSON {
    public struct Answer: Codable, Sendable, Equatable {
        public var item: String
        public var at: Date
        public var rating: Int?
        public var verdict: String?
        public var submissionId: String?
        public var score: Double?
        public var detail: String
    }

    public struct Stage: Codable, Sendable, Equatable {
        public var kind: String
        public var title: String
        public var status: String
        public var note: String
        public var limitSeconds: Double
        public var elapsedSeconds: Double
        public var remainingSeconds: Double
        public var running: Bool
        public var runningSince: Date?
        public var items: [String]
        /// The item to answer next (breadth and behavioral), when the stage has one.
        public var next: String?
        public var answers: [Answer]
    }

    public struct MockDocument: Codable, Sendable, Equatable {
        public var id: String
        public var startedAt: Date
        public var finishedAt: Date?
        /// Index of the stage under way, or nil.
        public var current: Int?
        public var stages: [Stage]
    }

    public struct ReportItem: Codable, Sendable, Equatable {
        public var item: String
        public var score: Double?
        public var outcome: String
        public var mistake: Bool
    }

    public struct ReportStage: Codable, Sendable, Equatable {
        public var kind: String
        public var title: String
        public var status: String
        public var note: String
        public var limitSeconds: Double
        public var usedSeconds: Double
        public var overTime: Bool
        public var score: Double?
        public var items: [ReportItem]
    }

    public struct ReportDocument: Codable, Sendable, Equatable {
        public var mockId: String
        public var startedAt: Date
        public var finishedAt: Date?
        public var overall: Double?
        public var usedSeconds: Double
        public var limitSeconds: Double
        public var stages: [ReportStage]
    }

    public static func document(_ mock: Mock, at now: Date) -> MockDocument {
        MockDocument(
            id: mock.id.uuidString.lowercased(), startedAt: mock.startedAt, finishedAt: mock.finishedAt, current: mock.currentIndex,
            stages: mock.stages.map { stage in
                Stage(
                    kind: stage.kind.rawValue, title: stage.kind.title, status: stage.status.rawValue, note: stage.note,
                    limitSeconds: stage.limitSeconds, elapsedSeconds: rounded(stage.timer.elapsed(at: now)),
                    remainingSeconds: rounded(stage.timer.remaining(limit: stage.limitSeconds, at: now)), running: stage.timer.isRunning,
                    runningSince: stage.timer.runningSince, items: stage.items.map(\.description),
                    next: stage.kind == .breadth || stage.kind == .behavioral ? stage.nextUnanswered?.description : nil,
                    answers: stage.answers.map {
                        Answer(
                            item: $0.item.description, at: $0.at, rating: $0.rating?.rawValue, verdict: $0.verdict?.rawValue,
                            submissionId: $0.submissionID?.uuidString.lowercased(), score: $0.score, detail: $0.detail)
                    })
            })
    }

    public static func document(_ report: MockReport) -> ReportDocument {
        ReportDocument(
            mockId: report.mockID.uuidString.lowercased(), startedAt: report.startedAt, finishedAt: report.finishedAt,
            overall: report.overall.map(rounded3), usedSeconds: rounded(report.usedSeconds), limitSeconds: report.limitSeconds,
            stages: report.stages.map { stage in
                ReportStage(
                    kind: stage.kind.rawValue, title: stage.kind.title, status: stage.status.rawValue, note: stage.note,
                    limitSeconds: stage.limitSeconds, usedSeconds: rounded(stage.usedSeconds), overTime: stage.overTime,
                    score: stage.score.map(rounded3),
                    items: stage.items.map { ReportItem(item: $0.item.description, score: $0.score.map(rounded3), outcome: $0.outcome, mistake: $0.isMistake) })
            })
    }

    /// Sorted keys, ISO 8601 dates: the same bytes for the same mock.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }

    static func rounded(_ seconds: Double) -> Double { (seconds * 10).rounded() / 10 }
    static func rounded3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
