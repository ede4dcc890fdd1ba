import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// The design pages: the index (due first, history), the workspace of an open attempt (autosaved by design.js;
/// a plain form submits it without JavaScript), and the result of a submitted one with the self-rating.
struct DesignController<Context: RequestContext> {
    let design: DesignService
    let clock: WallClock
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/design", use: index)
        routes.post("/design/start", use: start)
        routes.get("/design/attempts/{id}", use: attempt)
        routes.post("/design/attempts/{id}/submit", use: submit)
        routes.post("/design/attempts/{id}/rate", use: rate)
        return routes
    }

    func index(request: Request, context: Context) async throws -> HTMLPage {
        try await indexPage(error: nil)
    }

    private func indexPage(error: String?) async throws -> HTMLPage {
        let now = clock.now()
        let overview = try await design.overview()
        let titles = Dictionary(design.bundle.designItems.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let history = try await design.history().prefix(30).map { attempt in
            DesignIndexView.HistoryRow(
                id: attempt.id, title: titles[attempt.itemID] ?? attempt.itemID, when: Self.dateText(attempt.updatedAt), mode: attempt.mode.rawValue,
                state: attempt.score.map { "\(Int(($0 * 100).rounded()))% coverage" + (attempt.selfRating.map { ", rated \($0.title.lowercased())" } ?? ", not rated") }
                    ?? "draft, \(attempt.timer.elapsedSeconds / 60) min in")
        }
        let view = DesignIndexView(
            cases: overview.filter { $0.item.kind == .case }.map { .init($0, now: now) },
            drills: overview.filter { $0.item.kind == .drill }.map { .init($0, now: now) },
            history: history, hasItems: !overview.isEmpty, hasHistory: !history.isEmpty, dueCount: overview.filter(\.isDue).count,
            csrf: token.value, error: error, hasError: error != nil)
        return renderer.render("design", view, status: error == nil ? .ok : .badRequest)
    }

    /// `item` empty draws a random due one; an open draft of the item is resumed.
    func start(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let mode = DesignMode(rawValue: form["mode"] ?? "") ?? .interview
        do {
            let attempt = try await design.start(itemID: form["item"], mode: mode)
            return .redirect(to: "/design/attempts/\(attempt.id)", type: .normal)
        } catch let error as DesignError {
            return try await indexPage(error: error.description).response(from: request, context: context)
        }
    }

    func attempt(request: Request, context: Context) async throws -> HTMLPage {
        let view = try await design.attempt(id: try context.parameters.require("id"))
        if view.attempt.isSubmitted {
            return renderer.render("design-result", DesignResultView(view, csrf: token.value, due: try await dueText(view.item.id)))
        }
        return renderer.render("design-workspace", DesignWorkspaceView(view, csrf: token.value))
    }

    /// The no-JavaScript path: the form's text is saved and submitted; an empty one comes back with the text kept.
    func submit(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await FormFields(request: request, context: context)
        let answer = DesignAnswer(
            steps: Dictionary(uniqueKeysWithValues: DesignStep.allCases.compactMap { step in form["step-\(step.rawValue)"].map { (step, $0) } }),
            diagram: form["diagram"] ?? "")
        let timer = DesignTimer(elapsedSeconds: Int(form["elapsed"] ?? "") ?? 0, running: false)
        do {
            _ = try await design.submit(id: id, answer: answer, timer: timer)
            return .redirect(to: "/design/attempts/\(id)", type: .normal)
        } catch let bad as BadInput {
            var view = try await design.attempt(id: id)
            if !view.attempt.isSubmitted { view.attempt.answer = answer }
            return try renderer.render("design-workspace", DesignWorkspaceView(view, csrf: token.value, error: bad.message), status: .badRequest)
                .response(from: request, context: context)
        }
    }

    func rate(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await FormFields(request: request, context: context)
        let raw = try form.required("level")
        guard let level = DesignLevel(rawValue: raw) ?? Int(raw).flatMap({ n in DesignLevel.allCases.first { $0.number == n } }) else {
            throw BadInput(field: "level", message: "`level` must be very-weak, weak, strong or very-strong (or 1–4), not `\(raw)`")
        }
        _ = try await design.rate(id: id, level: level)
        return .redirect(to: "/design/attempts/\(id)", type: .normal)
    }

    private func dueText(_ itemID: String) async throws -> String? {
        guard let due = try await design.overview().first(where: { $0.item.id == itemID })?.due else { return nil }
        return "in " + IntervalText.format(max(0, due.timeIntervalSince(clock.now())))
    }

    static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
