import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// `/api/v1/design`: the workspace's autosave, its JSON submit, and the live diagram preview (docs/openapi.yaml).
struct DesignAPIController<Context: RequestContext> {
    let design: DesignService

    /// Big enough to carry a 1 MB field to the service, which refuses it by name; bigger bodies are refused whole.
    static var bodyLimit: Int { 8 << 20 }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/design", use: list)
        routes.post("/api/v1/design/diagram", use: diagram)
        routes.put("/api/v1/design/attempts/{id}/draft", use: saveDraft)
        routes.post("/api/v1/design/attempts/{id}/draft", use: saveDraft)
        routes.post("/api/v1/design/attempts/{id}/submit", use: submit)
        return routes
    }

    func list(request: Request, context: Context) async throws -> StoryAPIResponse {
        StoryAPIResponse(.array(design.bundle.designItems.map { .object(["id": .string($0.id), "title": .string($0.title), "kind": .string($0.kind.rawValue)]) }))
    }

    /// `{"text"}` → `{"svg"}`, or 400 `{"error": {"message", "field": "diagram", "line"}}`.
    func diagram(request: Request, context: Context) async throws -> Response {
        let body = try await Self.object(request)
        guard case .string(let text)? = body["text"] else { throw BadInput(field: "text", message: "`text` must be the diagram text") }
        let value: JSONValue, status: HTTPResponse.Status
        do throws(DiagramError) {
            value = .object(["svg": .string(try design.diagram(text))])
            status = .ok
        } catch {
            value = .object(["error": .object(["message": .string("Diagram line \(error.line): \(error.message)"), "field": .string("diagram"), "line": .int(error.line)])])
            status = .badRequest
        }
        return try StoryAPIResponse(value, status: status).response(from: request, context: context)
    }

    /// `{"steps": {step: text}, "diagram", "elapsedSeconds", "running"}` → `{"id", "savedAt"}`.
    func saveDraft(request: Request, context: Context) async throws -> StoryAPIResponse {
        let (answer, timer) = try Self.answer(try await Self.object(request))
        let saved = try await design.saveDraft(id: try context.parameters.require("id"), answer: answer, timer: timer)
        return StoryAPIResponse(.object(["id": .string(saved.id), "savedAt": .double(saved.updatedAt.timeIntervalSince1970)]))
    }

    /// As the draft; answers `{"id", "total", "location"}` where the result page is.
    func submit(request: Request, context: Context) async throws -> StoryAPIResponse {
        let id = try context.parameters.require("id")
        let (answer, timer) = try Self.answer(try await Self.object(request))
        let view = try await design.submit(id: id, answer: answer, timer: timer)
        return StoryAPIResponse(.object(["id": .string(id), "total": .double(view.score?.total ?? 0), "location": .string("/design/attempts/\(id)")]))
    }

    static func answer(_ body: [String: JSONValue]) throws -> (DesignAnswer, DesignTimer) {
        var answer = DesignAnswer()
        switch body["steps"] {
        case .object(let steps)?:
            for (key, value) in steps {
                guard let step = DesignStep(rawValue: key) else { throw BadInput(field: "steps", message: "`steps` has an unknown step `\(key)`") }
                guard case .string(let text) = value else { throw BadInput(field: "steps.\(key)", message: "`steps.\(key)` must be text") }
                answer.steps[step] = text
            }
        case nil, .null?: break
        default: throw BadInput(field: "steps", message: "`steps` must be an object of step id to text, like {\"clarify\": \"…\"}")
        }
        switch body["diagram"] {
        case .string(let text)?: answer.diagram = text
        case nil, .null?: break
        default: throw BadInput(field: "diagram", message: "`diagram` must be text")
        }
        var timer = DesignTimer()
        switch body["elapsedSeconds"] {
        case .int(let value)?: timer.elapsedSeconds = value
        case .double(let value)?: timer.elapsedSeconds = Int(value)
        case nil, .null?: break
        default: throw BadInput(field: "elapsedSeconds", message: "`elapsedSeconds` must be a number")
        }
        if case .bool(let running)? = body["running"] { timer.running = running }
        return (answer, timer)
    }

    static func object(_ request: Request) async throws -> [String: JSONValue] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: bodyLimit)
        } catch {
            throw BadInput(field: "body", message: "the answer is over \(bodyLimit >> 20) MB; each field may hold \(DesignService.maxFieldBytes / 1024) KB — nothing was saved")
        }
        guard case .object(let object)? = try? JSONParser.parse(bytes: Array(buffer.readableBytesView)) else {
            throw BadInput(field: "body", message: "the body must be a JSON object, like {\"steps\": {\"clarify\": \"…\"}}")
        }
        return object
    }
}
