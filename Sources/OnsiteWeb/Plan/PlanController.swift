import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// The Plan page (make a plan, the days with their tasks, tick them, re-plan, download `.ics`)
/// and the Checklist page. Every form works without JavaScript; plan.js adds keyboard shortcuts.
struct PlanController<Context: RequestContext> {
    let plan: PlanService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/plan", use: show)
        routes.post("/plan", use: make)
        routes.post("/plan/days/{date}", use: tick)
        routes.post("/plan/replan", use: replan)
        routes.get("/plan.ics", use: ics)
        routes.get("/checklist", use: checklist)
        routes.post("/checklist/{id}", use: tickLine)
        routes.get("/api/v1/plan", use: planJSON)
        routes.get("/api/v1/readiness", use: readinessJSON)
        routes.get("/api/v1/checklist", use: checklistJSON)
        return routes
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let current = try await plan.current()
        return renderer.render("plan", PlanPageView(plan: current, today: plan.today, form: PlanFormView(today: plan.today), csrf: token.value))
    }

    /// Reads the form; every field at fault gets its message beside it, and the current plan stays until all are good.
    func make(request: Request, context: Context) async throws -> Response {
        let fields = try await FormFields(request: request, context: context)
        var form = PlanFormView(fields: fields)
        let today = plan.today
        var errors: [String: String] = [:]
        func date(_ name: String, required: Bool) -> StudyDay? {
            let text = (fields[name] ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                if required { errors[name] = "give a date" }
                return nil
            }
            guard let day = StudyDay(parsing: text) else {
                errors[name] = "\"\(text)\" is not a date; use YYYY-MM-DD"
                return nil
            }
            return day
        }
        func hours(_ name: String) -> Double {
            guard let value = Double((fields[name] ?? "").trimmingCharacters(in: .whitespaces)) else {
                errors[name] = "give the hours as a number"
                return 1
            }
            return value
        }
        let template = PlanTemplate(rawValue: fields["template"] ?? "")
        if template == nil { errors["template"] = "unknown template \"\(fields["template"] ?? "")\"; use 8-week, 30-day or 7-day" }
        let target = PlanTarget(rawValue: fields["target"] ?? "") ?? .bigTech
        let level = PlanLevel(rawValue: fields["level"] ?? "") ?? .mid
        let start = date("start", required: false) ?? today
        let interview = date("interview", required: true)
        let weekday = hours("weekday-hours"), weekend = hours("weekend-hours")
        let daysOff = (fields["days-off"] ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { part -> StudyDay? in
            guard let day = StudyDay(parsing: String(part)) else {
                errors["days-off"] = "\"\(part)\" is not a date; use YYYY-MM-DD, separated by commas"
                return nil
            }
            return day
        }
        var weights: RoundWeights?
        let given = PlanRounds.all.map { ($0, (fields["w-\($0.rawValue)"] ?? "").trimmingCharacters(in: .whitespaces)) }
        if given.contains(where: { !$0.1.isEmpty }) {
            var percent: [InterviewRound: Int] = [:]
            for (round, text) in given {
                guard let value = Int(text.isEmpty ? "0" : text) else {
                    errors["weights"] = "the weight of \(round.title) must be a whole number"
                    continue
                }
                percent[round] = value
            }
            weights = RoundWeights(percent)
        }
        if let template, let interview, errors.isEmpty {
            let inputs = PlanInputs(
                template: template, start: start, interview: interview, weekdayHours: weekday, weekendHours: weekend, daysOff: daysOff,
                target: target, level: level, weights: weights)
            for problem in inputs.problems(today: today) where errors[problem.field] == nil { errors[problem.field] = problem.message }
            if errors.isEmpty {
                _ = try await plan.make(inputs)
                return .redirect(to: "/plan", type: .normal)
            }
        }
        form.errors = errors
        let current = try await plan.current()
        return try renderer.render("plan", PlanPageView(plan: current, today: today, form: form, csrf: token.value, formOpen: true), status: .badRequest)
            .response(from: request, context: context)
    }

    /// The day's form lists every task as a checkbox: the ones checked are done, the others not.
    func tick(request: Request, context: Context) async throws -> Response {
        let text = try context.parameters.require("date")
        guard let date = StudyDay(parsing: text) else { throw HTTPError(.notFound, message: "no such day") }
        let fields = try await FormFields(request: request, context: context)
        guard let current = try await plan.current(), let day = current.day(date) else { throw HTTPError(.notFound, message: "the plan has no day \(text)") }
        for index in day.tasks.indices {
            let done = fields["task-\(index)"] != nil
            if day.tasks[index].done != done { _ = try await plan.setDone(date, task: index, done: done) }
        }
        return .redirect(to: "/plan#day-\(text)", type: .normal)
    }

    func replan(request: Request, context: Context) async throws -> Response {
        _ = try await plan.replan()
        return .redirect(to: "/plan#changes", type: .normal)
    }

    func ics(request: Request, context: Context) async throws -> Response {
        let text: String
        do {
            text = try await plan.ics()
        } catch is PlanServiceError {
            throw HTTPError(.notFound, message: "there is no plan yet")
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/calendar; charset=utf-8", .contentDisposition: "attachment; filename=\"onsite-plan.ics\"", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func checklist(request: Request, context: Context) async throws -> HTMLPage {
        let lines = try await plan.checklist()
        return renderer.render("checklist", ChecklistPageView(lines: lines, csrf: token.value))
    }

    func tickLine(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let fields = try await FormFields(request: request, context: context)
        do {
            try await plan.tick(id, ticked: fields["ticked"] == "1")
        } catch let bad as BadInput {
            let lines = try await plan.checklist()
            return try renderer.render("checklist", ChecklistPageView(lines: lines, csrf: token.value, error: bad.message), status: .badRequest)
                .response(from: request, context: context)
        }
        return .redirect(to: "/checklist#line-\(id)", type: .normal)
    }

    func planJSON(request: Request, context: Context) async throws -> StoryAPIResponse {
        StoryAPIResponse(.object(["plan": try await plan.current().map(PlanJSON.plan) ?? .null]))
    }

    func readinessJSON(request: Request, context: Context) async throws -> StoryAPIResponse {
        StoryAPIResponse(ReadinessJSON.rounds(try await plan.readiness()))
    }

    func checklistJSON(request: Request, context: Context) async throws -> StoryAPIResponse {
        StoryAPIResponse(ChecklistJSON.sections(try await plan.checklist()))
    }
}
