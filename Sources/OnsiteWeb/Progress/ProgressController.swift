import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Progress overview and the errors log (cards lapsed, most recent first; wrong answers in mock interviews).
struct ProgressController<Context: RequestContext> {
    let progress: ProgressService
    let plan: PlanService
    let mocks: MockService
    let bundle: ContentBundle
    let clock: WallClock
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/progress", use: overview)
        routes.get("/errors", use: errors)
        return routes
    }

    func overview(request: Request, context: Context) async throws -> HTMLPage {
        let overview = try await progress.overview()
        let summary = overview.today
        return renderer.render("progress", ProgressView(
            totalReviews: summary.totalReviews, seen: overview.seen, total: overview.cards,
            inReview: overview.inReview, streak: summary.activity.streak,
            heatmapSVG: HeatmapSVG.render(summary.activity, weeks: TodaySummary.heatmapWeeks),
            topics: overview.topics.map(TopicRow.init), readinessCharts: try await readinessCharts()))
    }

    /// One server-drawn chart per round from the daily snapshots (today's taken first).
    func readinessCharts() async throws -> [ReadinessChart] {
        _ = try await plan.readiness()
        let history = try await plan.readinessHistory()
        return PlanRounds.all.map { ReadinessChart(round: $0.title, svg: ReadinessSVG.render(history, round: $0)) }
    }

    func errors(request: Request, context: Context) async throws -> HTMLPage {
        let now = clock.now()
        let items = try await progress.lapses().map { entry in
            LapseRow(
                id: entry.card.id, question: entry.card.question,
                topicList: entry.card.topics.map { bundle.topic(id: $0)?.title ?? $0 }.joined(separator: ", "),
                count: entry.lapse.lapseCount,
                when: IntervalText.format(now.timeIntervalSince(entry.lapse.lastLapse)) + " ago")
        }
        let fromMocks = try await mocks.mistakes().map { entry in
            let (title, link) = MockViews.describe(entry.item.item, bundle: bundle)
            return MockMistakeRow(
                title: title, link: link, hasLink: !link.isEmpty, outcome: entry.item.outcome, mockID: entry.mock.id.uuidString.lowercased(),
                when: IntervalText.format(now.timeIntervalSince(entry.mock.finishedAt ?? entry.mock.startedAt)) + " ago")
        }
        return renderer.render("errors", ErrorsView(lapses: items.isEmpty ? nil : LapseList(items: items), mockMistakes: fromMocks, hasMockMistakes: !fromMocks.isEmpty))
    }
}

struct ProgressView {
    var totalReviews: Int, seen: Int, total: Int, inReview: Int, streak: Int
    var heatmapSVG: String
    var topics: [TopicRow]
    var readinessCharts: [ReadinessChart]
}

struct ReadinessChart { var round: String; var svg: String }

struct LapseRow { var id: String, question: String, topicList: String, count: Int, when: String }
struct LapseList { var items: [LapseRow] }
struct MockMistakeRow { var title: String, link: String, hasLink: Bool, outcome: String, mockID: String, when: String }
struct ErrorsView { var lapses: LapseList?; var mockMistakes: [MockMistakeRow]; var hasMockMistakes: Bool }
