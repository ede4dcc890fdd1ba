public import OnsiteCore

/// A finished mock feeds the plan: today's mock day is ticked done, and a stage scored under
/// `weakScore` re-plans the rest from today with that round named as lagging (the page shows
/// what moved and why). Without a plan there is nothing to feed.
extension PlanService: MockReportFeed {
    static let weakScore = 0.6

    public func mockFinished(_ report: MockReport) async throws {
        guard var plan = try await current() else { return }
        if let day = plan.day(today), day.kind == .mock, !day.tasks.isEmpty {
            plan = try await setDone(today, task: nil, done: true)
        }
        var lagging: [InterviewRound: String] = [:]
        for stage in report.stages {
            guard let score = stage.score, score < Self.weakScore else { continue }
            lagging[stage.kind.round] = "the mock on \(today) scored \(Int((score * 100).rounded()))% in \(stage.kind.title)"
        }
        if !lagging.isEmpty { _ = try await replan(plan, lagging: lagging) }
    }
}

extension MockStageKind {
    /// The interview round a mock stage stands for.
    var round: InterviewRound {
        switch self {
        case .coding: .coding
        case .breadth: .mlBreadth
        case .design: .mlSystemDesign
        case .behavioral: .behavioral
        }
    }
}
