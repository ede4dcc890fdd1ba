import Hummingbird
import OnsiteCore

/// The home page: what is due, the streak and the activity heatmap.
struct TodayController<Context: RequestContext> {
    let drill: DrillService
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/", use: show)
        return routes
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let summary = try await drill.today()
        let view = HomeView(
            dueNow: summary.dueNow, newToday: summary.newToday, streak: summary.activity.streak,
            todayCount: summary.activity.todayCount, hasWork: summary.dueNow + summary.newToday > 0,
            workCount: summary.dueNow + summary.newToday, neverReviewed: summary.totalReviews == 0,
            newPerDay: drill.newPerDay, totalReviews: summary.totalReviews, unseen: summary.unseen,
            heatmapSVG: HeatmapSVG.render(summary.activity, weeks: TodaySummary.heatmapWeeks))
        return renderer.render("home", view)
    }
}

struct HomeView {
    var dueNow: Int
    var newToday: Int
    var streak: Int
    var todayCount: Int
    var hasWork: Bool
    var workCount: Int
    var neverReviewed: Bool
    var newPerDay: Int
    var totalReviews: Int
    var unseen: Int
    var heatmapSVG: String
}
