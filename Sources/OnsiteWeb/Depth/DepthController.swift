import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// The ML depth round's pages: the deep dives, the builder (one Markdown text, autosaved by depth.js,
/// with the findings and the follow-ups it invites beside it), practice with a probe against a
/// 2-minute timer and a self-rating that schedules the deep dive, and the probe bank. Every form
/// works without JavaScript.
struct DepthController<Context: RequestContext> {
    let depth: DepthService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/depth", use: list)
        routes.post("/depth", use: create)
        routes.get("/depth/probes", use: probes)
        routes.get("/depth/{id}", use: edit)
        routes.post("/depth/{id}", use: update)
        routes.get("/depth/{id}/practice", use: practice)
        routes.post("/depth/{id}/practice", use: rate)
        routes.get("/depth/{id}/delete", use: confirmDelete)
        routes.post("/depth/{id}/delete", use: delete)
        routes.post("/api/v1/depth/{id}", use: autosave)
        return routes
    }

    func list(request: Request, context: Context) async throws -> HTMLPage {
        let rows = try await rows()
        return renderer.render("depth", DepthListView(dives: rows, isEmpty: rows.isEmpty, csrf: token.value, probeCount: depth.bundle.depthProbes.count))
    }

    func create(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        do {
            let id = try await depth.create(title: form["title"] ?? "")
            return .redirect(to: "/depth/\(Self.escape(id))", type: .normal)
        } catch let bad as BadInput {
            let rows = try await rows()
            return try renderer.render("depth", DepthListView(
                dives: rows, isEmpty: rows.isEmpty, csrf: token.value, probeCount: depth.bundle.depthProbes.count, error: bad.message, title: form["title"] ?? ""),
                status: .badRequest).response(from: request, context: context)
        }
    }

    func edit(request: Request, context: Context) async throws -> HTMLPage {
        let record = try await find(context)
        let saved = request.uri.queryParameters["saved"] != nil
        return renderer.render("depth-edit", DepthEditorView(record: record, text: record.text, analysis: depth.analyse(record.text), csrf: token.value, saved: saved))
    }

    /// Without JavaScript: the whole text as a form field; a refusal shows the editor again with the text kept.
    func update(request: Request, context: Context) async throws -> Response {
        let record = try await find(context)
        let text = (try await FormFields(request: request, context: context)["text"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        do {
            try await depth.save(id: record.id, text: text)
            return .redirect(to: "/depth/\(Self.escape(record.id))?saved=1", type: .normal)
        } catch let bad as BadInput {
            return try renderer.render("depth-edit", DepthEditorView(record: record, text: text, analysis: depth.analyse(record.text), csrf: token.value, error: bad.message),
                                       status: .badRequest).response(from: request, context: context)
        }
    }

    /// `{"text": "…"}` → `{"saved": true, "questions": [...], "findings": [{"rule", "message"}], "parseError": {"line", "message"} | null}`.
    func autosave(request: Request, context: Context) async throws -> StoryAPIResponse {
        let record = try await find(context)
        let body = try await StoriesAPIController<Context>.object(request, limit: 1 << 20, what: "the deep dive is")
        guard case .string(let text)? = body["text"] else { throw BadInput(field: "text", message: "`text` must be the deep dive's Markdown, as text") }
        let analysis = try await depth.save(id: record.id, text: text)
        return StoryAPIResponse(.object([
            "saved": .bool(true),
            "questions": .array(analysis.questions.map(JSONValue.string)),
            "findings": .array(analysis.findings.map { .object(["rule": .string($0.rule), "message": .string($0.message)]) }),
            "parseError": analysis.parseError.map { .object(["line": .int($0.line), "message": .string($0.message)]) } ?? .null,
        ]))
    }

    func practice(request: Request, context: Context) async throws -> Response {
        let record = try await find(context)
        do {
            let prompt = try await depth.practice(id: record.id)
            var rated: String?
            if request.uri.queryParameters["rated"] != nil, let state = try await depth.schedules()[record.id] {
                rated = IntervalText.format(state.due.timeIntervalSince(depth.clock.now()))
            }
            return try renderer.render("depth-practice", DepthPracticeView(prompt, csrf: token.value, comesBack: rated)).response(from: request, context: context)
        } catch let error as DepthError {
            return try renderer.render("depth-edit", DepthEditorView(record: record, text: record.text, analysis: depth.analyse(record.text), csrf: token.value, error: error.description),
                                       status: .badRequest).response(from: request, context: context)
        }
    }

    func rate(request: Request, context: Context) async throws -> Response {
        let record = try await find(context)
        let form = try await FormFields(request: request, context: context)
        let duration = form["seconds"].flatMap(Double.init).map { min(max($0, 0), 3600) }
        try await depth.rate(id: record.id, rating: try form.rating("rating"), duration: duration)
        return Response(status: .seeOther, headers: [.location: "/depth/\(Self.escape(record.id))/practice?rated=1"])
    }

    func confirmDelete(request: Request, context: Context) async throws -> HTMLPage {
        let record = try await find(context)
        return renderer.render("depth-delete", DepthDeleteView(id: record.id, title: depth.analyse(record.text).dive?.title ?? record.id, csrf: token.value))
    }

    func delete(request: Request, context: Context) async throws -> Response {
        _ = try await depth.delete(id: try await find(context).id)
        return .redirect(to: "/depth", type: .normal)
    }

    func probes(request: Request, context: Context) async throws -> HTMLPage {
        let phases = DepthPhase.allCases.map { phase in
            ProbePhaseView(title: phase.title, probes: depth.bundle.depthProbes.filter { $0.phase == phase }.map { ProbeView(question: $0.question, listenFor: $0.listenFor) })
        }
        return renderer.render("depth-probes", DepthProbesView(phases: phases, total: depth.bundle.depthProbes.count))
    }

    func rows() async throws -> [DeepDiveRow] {
        let schedules = try await depth.schedules(), now = depth.clock.now()
        return try await depth.list().map { DeepDiveRow($0, analysis: depth.analyse($0.text), schedule: schedules[$0.id], now: now) }
    }

    func find(_ context: Context) async throws -> DeepDiveRecord {
        guard let record = try await depth.record(id: try context.parameters.require("id")) else {
            throw HTTPError(.notFound, message: "no deep dive with this id (it may have been deleted)")
        }
        return record
    }

    static func escape(_ text: String) -> String { PracticeController<Context>.escape(text) }
}
