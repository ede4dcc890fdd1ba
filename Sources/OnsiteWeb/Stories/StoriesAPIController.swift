import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// `/api/v1/stories`: the story bank as JSON — the editor's autosave (which answers with the lint),
/// the coverage matrix and the import of several Markdown files (docs/openapi.yaml, docs/stories.md).
struct StoriesAPIController<Context: RequestContext> {
    let stories: StoryService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/stories", use: list)
        routes.post("/api/v1/stories", use: create)
        routes.get("/api/v1/stories/coverage", use: coverage)
        routes.post("/api/v1/stories/import", use: importFiles)
        routes.get("/api/v1/stories/{id}", use: one)
        routes.put("/api/v1/stories/{id}", use: save)
        routes.post("/api/v1/stories/{id}", use: save)
        routes.delete("/api/v1/stories/{id}", use: delete)
        return routes
    }

    func list(request: Request, context: Context) async throws -> StoryAPIResponse {
        let all = try await stories.list()
        return StoryAPIResponse(.object(["stories": .array(all.map { story in
            let summary = LintSummary(StarLinter.lint(story))
            return .object([
                "id": .string(story.id), "title": .string(story.title), "themes": .array(story.themes.map(JSONValue.string)),
                "errors": .int(summary.errors), "warnings": .int(summary.warnings),
            ])
        })]))
    }

    func one(request: Request, context: Context) async throws -> StoryAPIResponse {
        StoryAPIResponse(Self.saved(try await find(context)))
    }

    /// A new story: its id is the title as a slug, made unique (`-2`, `-3`…); an empty story is saved too, as a draft.
    func create(request: Request, context: Context) async throws -> StoryAPIResponse {
        var story = try Self.story(try await Self.object(request), id: "")
        story.id = try await StoriesController<Context>.freshID(for: story.title, in: stories)
        try StoryLimits.check(story)
        try await stories.save(story)
        var response = StoryAPIResponse(Self.saved(story), status: .created)
        response.location = "/api/v1/stories/\(story.id)"
        return response
    }

    /// Saves the story under the id (created when missing) and answers with it and its findings.
    func save(request: Request, context: Context) async throws -> StoryAPIResponse {
        let id = try context.parameters.require("id")
        let story = try Self.story(try await Self.object(request), id: id)
        try StoryLimits.check(story)
        try await stories.save(story)
        return StoryAPIResponse(Self.saved(story))
    }

    func delete(request: Request, context: Context) async throws -> StoryAPIResponse {
        let id = try context.parameters.require("id")
        guard try await stories.delete(id: id) else { throw Self.notFound }
        return StoryAPIResponse(.object(["deleted": .string(id)]))
    }

    func coverage(request: Request, context: Context) async throws -> Response {
        let text = StoryJSON.coverage(try await stories.coverage())
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `{"files": [{"name", "text"}]}`: each good file saved under its name, each broken one named with its line.
    func importFiles(request: Request, context: Context) async throws -> StoryAPIResponse {
        let body = try await Self.object(request, limit: 16 << 20, what: "the files together are")
        guard case .array(let items)? = body["files"] else {
            throw BadInput(field: "files", message: "`files` must be a list of {\"name\": \"story.md\", \"text\": \"…\"}")
        }
        var files: [(name: String, text: String)] = []
        var problems: [String] = []
        for (index, item) in items.enumerated() {
            guard case .object(let file) = item, case .string(let text)? = file["text"] else {
                throw BadInput(field: "files", message: "file \(index + 1) needs `name` and `text` as strings")
            }
            var name = "story-\(index + 1).md"
            if case .string(let given)? = file["name"], !given.isEmpty { name = String(given.split(separator: "/").last ?? Substring(given)) }
            let size = text.utf8.count
            if size > StoryMarkdown.maxBytes { problems.append(StoryMarkdown.tooBig(size).located(in: name)); continue }
            files.append((name, text))
        }
        let outcome = try await stories.importFiles(files)
        return StoryAPIResponse(.object([
            "imported": .array(outcome.imported.map(JSONValue.string)),
            "problems": .array((problems + outcome.problems).sorted().map(JSONValue.string)),
        ]))
    }

    func find(_ context: Context) async throws -> Story {
        guard let story = try await stories.story(id: try context.parameters.require("id")) else { throw Self.notFound }
        return story
    }

    static var notFound: HTTPError { HTTPError(.notFound, message: "no story with this id (it may have been deleted)") }

    /// The story and its lint: `{"story": {...}, "findings": [...], "errors", "warnings", "summary"}`.
    static func saved(_ story: Story) -> JSONValue {
        let findings = StarLinter.lint(story)
        let summary = LintSummary(findings)
        return .object([
            "story": .object([
                "id": .string(story.id), "title": .string(story.title), "themes": .array(story.themes.map(JSONValue.string)),
                "situation": .string(story.situation), "task": .string(story.task), "action": .string(story.action),
                "result": .string(story.result), "learning": .string(story.learning),
            ]),
            "findings": .array(findings.map { finding in
                .object([
                    "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue), "part": .string(finding.part.rawValue),
                    "sentence": finding.sentence.map(JSONValue.string) ?? .null, "message": .string(finding.message),
                ])
            }),
            "errors": .int(summary.errors), "warnings": .int(summary.warnings), "summary": .string(summary.text),
        ])
    }

    /// A story from the body: missing members are empty (a draft), anything else than text is refused by name.
    static func story(_ body: [String: JSONValue], id: String) throws -> Story {
        var story = Story(id: id, title: "")
        func text(_ name: String) throws -> String {
            switch body[name] {
            case .string(let value)?: return value
            case nil, .null?: return ""
            default: throw BadInput(field: name, message: "`\(name)` must be text")
            }
        }
        story.title = try text("title")
        for part in StoryPart.sections { story.set(part, to: try text(part.rawValue)) }
        switch body["themes"] {
        case .array(let items)?:
            for item in items {
                guard case .string(let theme) = item else { throw BadInput(field: "themes", message: "`themes` must be a list of theme ids") }
                if !story.themes.contains(theme) { story.themes.append(theme) }
            }
        case nil, .null?: break
        default: throw BadInput(field: "themes", message: "`themes` must be a list of theme ids, like [\"conflict\"]")
        }
        return story
    }

    static func object(_ request: Request, limit: Int = StoryLimits.saveBytes, what: String = "the story is") async throws -> [String: JSONValue] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw BadInput(field: "body", message: "\(what) over \(limit >> 20) MB; a part of a story is at most 64 KB — nothing was saved")
        }
        guard case .object(let object)? = try? JSONParser.parse(bytes: Array(buffer.readableBytesView)) else {
            throw BadInput(field: "body", message: "the body must be a JSON object, like {\"title\": \"…\", \"action\": \"…\"}")
        }
        return object
    }
}

/// A JSON response written by the project's JSON writer, with a `Location` for a new story.
struct StoryAPIResponse: ResponseGenerator {
    var value: JSONValue
    var status: HTTPResponse.Status = .ok
    var location: String?

    init(_ value: JSONValue, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if let location { headers[.location] = location }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: value.jsonBytes)))
    }
}
