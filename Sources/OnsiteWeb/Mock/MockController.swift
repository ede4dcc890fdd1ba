import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Mock interviews on the web: the start page (the loop or chosen rounds), the stage page with its
/// server-held clock, answers per stage kind, and the report. Every action is a form post, so a
/// reload (or a restarted server) shows the mock exactly as it was saved.
struct MockController<Context: RequestContext> {
    let mocks: MockService
    let problems: ProblemService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/mock", use: start)
        routes.post("/mock/start", use: begin)
        routes.get("/mock/{id}", use: stage)
        routes.get("/mock/{id}/report", use: report)
        routes.post("/mock/{id}/pause", use: pause)
        routes.post("/mock/{id}/resume", use: resume)
        routes.post("/mock/{id}/rate", use: rate)
        routes.post("/mock/{id}/design", use: design)
        routes.post("/mock/{id}/next", use: next)
        routes.post("/mock/{id}/finish", use: finish)
        return routes
    }

    // MARK: Start

    func start(request: Request, context: Context) async throws -> HTMLPage {
        let unavailable = mocks.unavailable()
        let history = try await mocks.history()
        let open = history.first { !$0.isFinished }
        let view = MockStartView(
            stages: MockStageKind.allCases.map { kind in
                MockStartView.StageOption(
                    kind: kind.rawValue, title: kind.title, minutes: kind.defaultMinutes, summary: kind.summary,
                    unavailable: unavailable[kind] ?? "", runnable: unavailable[kind] == nil)
            },
            inProgress: open.map { MockStartView.Open(id: $0.id.uuidString.lowercased(), stage: $0.current?.kind.title ?? "") },
            past: history.filter(\.isFinished).prefix(20).map { mock in
                let report = mocks.report(mock)
                return MockStartView.Past(
                    id: mock.id.uuidString.lowercased(), when: MockViews.date(mock.startedAt, calendar: problems.calendar),
                    stages: mock.stages.map(\.kind.title).joined(separator: " · "), overall: MockViews.percent(report.overall))
            },
            csrf: token.value)
        return renderer.render("mock", view)
    }

    func begin(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let kinds = try Self.stages(form.values("stage"), round: form["round"])
        let mock = try await mocks.start(MockPlan(stages: kinds.map { MockPlan.Stage($0) }))
        return .redirect(to: "/mock/" + mock.id.uuidString.lowercased(), type: .normal)
    }

    /// The chosen stages: `round` alone when given, else the checked ones in loop order.
    static func stages(_ checked: [String], round: String?) throws -> [MockStageKind] {
        if let round, !round.isEmpty {
            guard let kind = MockStageKind(rawValue: round) else { throw BadInput(field: "round", message: Self.unknownStage("round", round)) }
            return [kind]
        }
        var kinds: [MockStageKind] = []
        for raw in checked {
            guard let kind = MockStageKind(rawValue: raw) else { throw BadInput(field: "stage", message: Self.unknownStage("stage", raw)) }
            kinds.append(kind)
        }
        guard !kinds.isEmpty else { throw BadInput(field: "stage", message: "choose at least one round (`stage`), or the whole loop") }
        return MockStageKind.allCases.filter(kinds.contains)
    }

    static func unknownStage(_ field: String, _ raw: String) -> String {
        "`\(field)` must be one of \(MockStageKind.allCases.map(\.rawValue).joined(separator: ", ")), not `\(raw)`"
    }

    // MARK: Stage

    func stage(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        let id = mock.id.uuidString.lowercased()
        guard !mock.isFinished, let index = mock.currentIndex else {
            return .redirect(to: "/mock/\(id)/report", type: .normal)
        }
        let view = try await MockStageView(
            mock: mock, index: index, now: mocks.clock.now(), bundle: mocks.bundle, problems: problems, mocks: mocks, csrf: token.value)
        return try renderer.render("mock-stage", view).response(from: request, context: context)
    }

    func pause(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        _ = try await mocks.pause(mock.id)
        return Self.back(to: mock)
    }

    func resume(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        _ = try await mocks.resume(mock.id)
        return Self.back(to: mock)
    }

    func rate(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        let form = try await FormFields(request: request, context: context)
        let item = try form.required("item")
        let rating = try form.rating("rating")
        switch mock.current?.kind {
        case .behavioral: _ = try await mocks.rateQuestion(mock.id, questionID: item, rating: rating)
        default: _ = try await mocks.rateCard(mock.id, cardID: item, rating: rating)
        }
        return Self.back(to: mock)
    }

    func design(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        let form = try await FormFields(request: request, context: context)
        _ = try await mocks.answerDesign(
            mock.id, caseID: try form.required("case"), step: try form.required("step"), answer: form["answer"] ?? "")
        return Self.back(to: mock)
    }

    func next(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        let after = try await mocks.finishStage(mock.id)
        return after.isFinished ? .redirect(to: "/mock/\(after.id.uuidString.lowercased())/report", type: .normal) : Self.back(to: after)
    }

    func finish(request: Request, context: Context) async throws -> Response {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        _ = try await mocks.finish(mock.id)
        return .redirect(to: "/mock/\(mock.id.uuidString.lowercased())/report", type: .normal)
    }

    static func back(to mock: Mock) -> Response {
        .redirect(to: "/mock/" + mock.id.uuidString.lowercased(), type: .normal)
    }

    // MARK: Report

    func report(request: Request, context: Context) async throws -> HTMLPage {
        let mock = try await mocks.mock(id: try context.parameters.require("id"))
        return renderer.render("mock-report", MockReportView(mocks.report(mock), mock: mock, bundle: mocks.bundle, calendar: problems.calendar))
    }
}
