import Foundation
import Hummingbird
import NIOFoundationCompat
import OnsiteCore
import OnsiteServices

/// `/api/v1/mocks`: mock interviews as JSON, in the shapes of `docs/mock.md` (the CLI prints the same).
struct MockAPIController<Context: RequestContext> {
    let mocks: MockService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/mocks", use: list)
        routes.post("/api/v1/mocks", use: start)
        routes.get("/api/v1/mocks/{id}", use: show)
        routes.post("/api/v1/mocks/{id}/pause", use: pause)
        routes.post("/api/v1/mocks/{id}/resume", use: resume)
        routes.post("/api/v1/mocks/{id}/answers", use: answer)
        routes.post("/api/v1/mocks/{id}/problems/{problem}/submit", use: submit)
        routes.post("/api/v1/mocks/{id}/next-stage", use: nextStage)
        routes.post("/api/v1/mocks/{id}/finish", use: finish)
        routes.get("/api/v1/mocks/{id}/report", use: report)
        return routes
    }

    struct List: Encodable { var mocks: [MockJSON.MockDocument] }

    func list(request: Request, context: Context) async throws -> Response {
        let now = mocks.clock.now()
        return try Self.json(List(mocks: try await mocks.history().map { MockJSON.document($0, at: now) }))
    }

    struct StartRequest: Decodable { var stages: [String]?; var loop: Bool? }

    func start(request: Request, context: Context) async throws -> Response {
        let input: StartRequest = try await Self.decode(request, example: "{\"stages\": [\"breadth\", \"behavioral\"]} or {\"loop\": true}")
        let kinds: [MockStageKind]
        if input.loop == true {
            kinds = MockStageKind.allCases
        } else {
            guard let raw = input.stages, !raw.isEmpty else {
                throw BadInput(field: "stages", message: "`stages` must list at least one of coding, breadth, design, behavioral (or send \"loop\": true)")
            }
            kinds = try MockController<Context>.stages(raw, round: nil)
        }
        let mock = try await mocks.start(MockPlan(stages: kinds.map { MockPlan.Stage($0) }))
        return try Self.json(MockJSON.document(mock, at: mocks.clock.now()), status: .created)
    }

    func show(request: Request, context: Context) async throws -> Response {
        try Self.json(MockJSON.document(try await load(context), at: mocks.clock.now()))
    }

    func pause(request: Request, context: Context) async throws -> Response {
        try Self.json(MockJSON.document(try await mocks.pause(try await load(context).id), at: mocks.clock.now()))
    }

    func resume(request: Request, context: Context) async throws -> Response {
        try Self.json(MockJSON.document(try await mocks.resume(try await load(context).id), at: mocks.clock.now()))
    }

    struct AnswerRequest: Decodable { var item: String?; var rating: Int? }

    func answer(request: Request, context: Context) async throws -> Response {
        let mock = try await load(context)
        let input: AnswerRequest = try await Self.decode(request, example: "{\"item\": \"card:l1-sparsity\", \"rating\": 3}")
        guard let raw = input.item, let colon = raw.firstIndex(of: ":"), let kind = ItemKind(rawValue: String(raw[..<colon])) else {
            throw BadInput(field: "item", message: "`item` must name the item on screen as kind:id, like card:l1-sparsity or behavioral:conflict-1")
        }
        guard let value = input.rating, let rating = Rating(rawValue: value) else {
            throw BadInput(field: "rating", message: "`rating` must be 1, 2, 3 or 4 (Again/Weak … Easy/Strong)")
        }
        let id = String(raw[raw.index(after: colon)...])
        let after: Mock
        switch kind {
        case .card: after = try await mocks.rateCard(mock.id, cardID: id, rating: rating)
        case .behavioral: after = try await mocks.rateQuestion(mock.id, questionID: id, rating: rating)
        default: throw BadInput(field: "item", message: "only breadth cards and behavioral questions are rated; submit code to a problem, answer a design case by step")
        }
        return try Self.json(MockJSON.document(after, at: mocks.clock.now()))
    }

    struct CodeRequest: Decodable { var code: String? }

    /// Judged like the problem page's Submit, and answered in its shape (the editor shows it the same way).
    func submit(request: Request, context: Context) async throws -> ProblemsAPIController<Context>.Result {
        let mock = try await load(context)
        let problem = try context.parameters.require("problem")
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: 2 << 20) } catch {
            throw BadInput(field: "code", message: "the request is over 2 MB; a solution may be at most 1 MB")
        }
        let input: CodeRequest
        do { input = try JSONDecoder().decode(CodeRequest.self, from: body) } catch {
            throw BadInput(field: "body", message: "the body must be a JSON object like {\"code\": \"def solve(...): ...\"}")
        }
        return ProblemsAPIController<Context>.Result(try await mocks.submit(mock.id, problemID: problem, code: input.code ?? "").attempt)
    }

    func nextStage(request: Request, context: Context) async throws -> Response {
        try Self.json(MockJSON.document(try await mocks.finishStage(try await load(context).id), at: mocks.clock.now()))
    }

    func finish(request: Request, context: Context) async throws -> Response {
        try Self.json(MockJSON.document(try await mocks.finish(try await load(context).id)))
    }

    func report(request: Request, context: Context) async throws -> Response {
        try Self.json(MockJSON.document(mocks.report(try await load(context))))
    }

    private func load(_ context: Context) async throws -> Mock {
        try await mocks.mock(id: try context.parameters.require("id"))
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(data: try MockJSON.encode(value))))
    }

    static func decode<T: Decodable>(_ request: Request, example: String) async throws -> T {
        let body = try await request.body.collect(upTo: 64 * 1024)
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            throw BadInput(field: "body", message: "the body must be a JSON object like \(example)")
        }
    }
}
