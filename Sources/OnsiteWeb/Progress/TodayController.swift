import Hummingbird
import OnsiteCore
import OnsiteServices

/// The home page: cards and problems due, the streak and the activity heatmap.
struct TodayController<Context: RequestContext> {
    let progress: ProgressService
    let problems: ProblemService
    let applications: ApplicationService
    let plan: PlanService
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/", use: show)
        return routes
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let summary = try await progress.today()
        let statuses = try await problems.statuses().values
        let reminders = try await applications.remindersDue().map(ReminderRow.init)
        let view = HomeView(
            dueNow: summary.dueNow, newToday: summary.newToday, streak: summary.activity.streak,
            todayCount: summary.activity.todayCount, hasWork: summary.dueNow + summary.newToday > 0,
            workCount: summary.dueNow + summary.newToday, neverReviewed: summary.totalReviews == 0,
            newPerDay: progress.newPerDay, totalReviews: summary.totalReviews, unseen: summary.unseen,
            problemsDue: statuses.filter { $0 == .due }.count, hasProblemsDue: statuses.contains(.due),
            anyProblemSolved: statuses.contains { $0.isSolved },
            problemsSolved: statuses.filter(\.isSolved).count, problemsTotal: statuses.count,
            heatmapSVG: HeatmapSVG.render(summary.activity, weeks: TodaySummary.heatmapWeeks),
            reminders: reminders, hasReminders: !reminders.isEmpty,
            readiness: try await plan.readiness().map(ReadinessRow.init), planDay: try await TodayPlanView.make(plan))
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
    var problemsDue: Int
    var hasProblemsDue: Bool
    var anyProblemSolved: Bool
    var problemsSolved: Int
    var problemsTotal: Int
    var heatmapSVG: String
    var reminders: [ReminderRow]
    var hasReminders: Bool
    var readiness: [ReadinessRow]
    var planDay: TodayPlanView
}

/// Today's day of the plan on the home page (re-planned first when days were missed).
struct TodayPlanView {
    var hasPlan: Bool
    var inPlan: Bool
    var kind = "", focus = "", minutes = 0, date = ""
    var tasks: [PlanTaskRow] = []
    var hasTasks = false

    static func make(_ plan: PlanService) async throws -> TodayPlanView {
        guard let current = try await plan.current() else { return TodayPlanView(hasPlan: false, inPlan: false) }
        guard let day = current.day(plan.today) else { return TodayPlanView(hasPlan: true, inPlan: false) }
        return TodayPlanView(
            hasPlan: true, inPlan: true, kind: day.kind.rawValue, focus: day.focus, minutes: day.minutes, date: day.date.description,
            tasks: day.tasks.enumerated().map { i, t in
                PlanTaskRow(index: i, title: t.title, minutes: t.minutes, done: t.done, review: t.review, round: t.round.title, item: t.item.description)
            }, hasTasks: !day.tasks.isEmpty)
    }
}

/// A job application's next step due today or overdue.
struct ReminderRow {
    var id: String, company: String, role: String, text: String, date: String, overdue: Bool

    init(_ reminder: Reminder) {
        id = reminder.application.key
        company = reminder.application.details.company
        role = reminder.application.details.role
        text = reminder.step.text
        date = reminder.step.day.description
        overdue = reminder.overdue
    }
}
