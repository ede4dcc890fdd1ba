import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// Progress overview and the errors log (cards lapsed, most recent first).
struct ProgressController<Context: RequestContext> {
    let drill: DrillService
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/progress", use: overview)
        routes.get("/errors", use: errors)
        return routes
    }

    func overview(request: Request, context: Context) async throws -> HTMLPage {
        let summary = try await drill.today()
        let states = try await drill.store.itemStates()
        let topics = drill.topicProgress(states: states)
        let cardIDs = Set(drill.bundle.cards.map(\.id))
        let seen = states.filter { cardIDs.contains($0.key) }
        return renderer.render("progress", ProgressView(
            totalReviews: summary.totalReviews, seen: seen.count, total: cardIDs.count,
            inReview: seen.values.filter { $0.state == .review }.count, streak: summary.activity.streak,
            heatmapSVG: HeatmapSVG.render(summary.activity, weeks: TodaySummary.heatmapWeeks),
            topics: topics.map(TopicRow.init)))
    }

    func errors(request: Request, context: Context) async throws -> HTMLPage {
        let now = drill.clock.now()
        let items = try await drill.lapses().map { entry in
            LapseRow(
                id: entry.card.id, question: entry.card.question,
                topicList: entry.card.topics.map { drill.bundle.topic(id: $0)?.title ?? $0 }.joined(separator: ", "),
                count: entry.lapse.lapseCount,
                when: IntervalText.format(now.timeIntervalSince(entry.lapse.lastLapse)) + " ago")
        }
        return renderer.render("errors", ErrorsView(lapses: items.isEmpty ? nil : LapseList(items: items)))
    }
}

struct ProgressView {
    var totalReviews: Int, seen: Int, total: Int, inReview: Int, streak: Int
    var heatmapSVG: String
    var topics: [TopicRow]
}

struct LapseRow { var id: String, question: String, topicList: String, count: Int, when: String }
struct LapseList { var items: [LapseRow] }
struct ErrorsView { var lapses: LapseList? }
