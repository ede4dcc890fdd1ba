import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// The applications pages: the board and the table, one application, the funnel and the
/// calculator, export, import and the reminders' calendar. Every form works without JavaScript.
struct ApplicationsController<Context: RequestContext> {
    let applications: ApplicationService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/applications", use: board)
        routes.post("/applications", use: add)
        routes.get("/applications/funnel", use: funnel)
        routes.get("/applications/export.csv") { _, _ in try await download(.csv) }
        routes.get("/applications/export.json") { _, _ in try await download(.json) }
        routes.get("/applications/reminders.ics", use: calendar)
        routes.post("/applications/import", use: importFile)
        routes.get("/applications/{id}", use: detail)
        routes.post("/applications/{id}", use: edit)
        routes.post("/applications/{id}/move", use: move)
        routes.post("/applications/{id}/delete", use: delete)
        return routes
    }

    static var fields: [String] { ApplicationForm.fieldNames + ["stage", "date"] }

    static func values(_ form: FormFields) -> [String: String] {
        var values: [String: String] = [:]
        for name in fields { if let value = form[name] { values[name] = value } }
        return values
    }

    func board(request: Request, context: Context) async throws -> HTMLPage {
        let all = try await applications.list()
        let today = applications.today
        let cards = all.map { ApplicationCard($0, today: today) }
        let columns = ApplicationStage.allCases.map { stage in
            let inStage = cards.filter { $0.stage == stage.rawValue }
            return BoardColumn(stage: stage.rawValue, title: stage.title, count: inStage.count, terminal: stage.isTerminal, cards: inStage)
        }
        let view = request.uri.queryParameters["view"].map(String.init) ?? "board"
        return renderer.render("applications", ApplicationsPageView(
            csrf: token.value, columns: columns, rows: cards, count: cards.count, isEmpty: cards.isEmpty, board: view != "table",
            today: today.description,
            tiers: TargetTier.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: false) },
            sources: ApplicationSource.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: false) },
            stages: ApplicationStage.options))
    }

    func add(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        _ = try await applications.add(Self.values(form))
        return .redirect(to: "/applications", type: .normal)
    }

    func detail(request: Request, context: Context) async throws -> HTMLPage {
        let application = try await applications.application(id: try context.parameters.require("id"))
        let values = ApplicationForm.values(of: application.details)
        return renderer.render("applications-detail", ApplicationDetailView(
            csrf: token.value, card: ApplicationCard(application, today: applications.today), values: values,
            history: application.history.reversed().map { StageHistoryRow(stage: $0.stage.title, date: $0.day.description) },
            tiers: TargetTier.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: $0 == application.details.tier) },
            sources: ApplicationSource.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: $0 == application.details.source) },
            today: applications.today.description, notes: application.details.notes, contacts: application.details.contacts))
    }

    func edit(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await FormFields(request: request, context: context)
        _ = try await applications.edit(id: id, Self.values(form))
        return .redirect(to: "/applications/\(id)", type: .normal)
    }

    func move(request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await FormFields(request: request, context: context)
        _ = try await applications.move(id: id, to: try form.required("stage"), date: form["date"])
        // Back to where the form was: the board, the table or the application's page.
        let back = form["back"].flatMap { $0.hasPrefix("/applications") && !$0.hasPrefix("//") ? $0 : nil } ?? "/applications"
        return .redirect(to: back, type: .normal)
    }

    func delete(request: Request, context: Context) async throws -> Response {
        try await applications.delete(id: try context.parameters.require("id"))
        return .redirect(to: "/applications", type: .normal)
    }

    func funnel(request: Request, context: Context) async throws -> HTMLPage {
        let funnel = try await applications.funnel()
        let query = request.uri.queryParameters
        let probabilityText = query["probability"].map(String.init) ?? "0.9"
        let useOwn = query["rates"] == "own"
        var answer = "", error = ""
        do {
            let probability = try ApplicationService.checked { () throws(FieldProblem) -> Double in
                try ApplicationOdds.probability(probabilityText, field: "probability")
            }
            let odds = try await applications.odds(probability: probability, rates: useOwn ? .own : .typical)
            answer = odds.applications.map {
                "\($0) application(s) give a \(ApplicationPercent.text(probability)) chance of at least one offer, at \(ApplicationPercent.text(odds.perApplication)) per application (\(useOwn ? "your own rates" : "typical rates"))."
            } ?? "At 0% per application, no number of applications is enough."
        } catch let bad as BadInput {
            error = bad.message
        }
        let missing = funnel.notYetMeaningful.map { "\($0.stage.title) (n = \($0.decided))" }.joined(separator: ", ")
        return renderer.render("applications-funnel", FunnelPageView(
            rows: funnel.stages.map { rate in
                FunnelRow(
                    stage: rate.stage.rawValue, title: rate.stage.title, decided: rate.decided, passed: rate.passed, pending: rate.pending,
                    own: rate.rate.map { ApplicationPercent.text($0) } ?? "—", typical: ApplicationPercent.text(rate.typical),
                    meaningful: rate.isMeaningful, hasOwn: rate.rate != nil)
            },
            svg: FunnelSVG.render(funnel), applications: funnel.applications, offers: funnel.offers, decided: funnel.decided,
            endToEnd: ApplicationPercent.text(funnel.endToEnd), hasEndToEnd: funnel.endToEnd != nil,
            typicalEndToEnd: ApplicationPercent.text(ApplicationFunnel.typicalPerApplication),
            probability: probabilityText, useOwn: useOwn, ownAvailable: funnel.ownPerApplication != nil, ownMissing: missing,
            answer: answer, hasAnswer: !answer.isEmpty, error: error, hasError: !error.isEmpty))
    }

    func download(_ format: ApplicationFileFormat) async throws -> Response {
        let text = try await applications.export(format)
        return Response(
            status: .ok,
            headers: [.contentType: format.contentType, .contentDisposition: "attachment; filename=\"applications.\(format.rawValue)\"", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func calendar(request: Request, context: Context) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: try await applications.reminderCalendar())))
    }

    /// The form without JavaScript: the file's text pasted in a box (a form's body is at most 64 kB;
    /// the page's script sends a chosen file of any size to the JSON API instead).
    func importFile(request: Request, context: Context) async throws -> HTMLPage {
        let form = try await FormFields(request: request, context: context)
        let text = try form.required("text")
        let raw = form["format"] ?? ""
        let guess: ApplicationFileFormat = text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") ? .json : .csv
        let format: ApplicationFileFormat
        if raw.isEmpty {
            format = guess
        } else {
            guard let chosen = ApplicationFileFormat(rawValue: raw) else { throw BadInput(field: "format", message: "`format` must be csv or json") }
            format = chosen
        }
        let outcome = try await applications.importFile(text, format: format)
        return renderer.render("applications-import", ImportResultView(
            imported: outcome.imported, alreadyPresent: outcome.alreadyPresent.count, hasAlreadyPresent: !outcome.alreadyPresent.isEmpty,
            problems: outcome.problems.map(\.description), hasProblems: !outcome.problems.isEmpty))
    }
}
