import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// The story bank's pages: the list, the editor (autosaved by stories.js; a plain form without it), the read
/// view with the text rendered inert, the coverage matrix, import, the Markdown download and delete with
/// confirmation. Every form works without JavaScript.
struct StoriesController<Context: RequestContext> {
    let stories: StoryService
    let themes: StoryThemes
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/stories", use: list)
        routes.post("/stories", use: create)
        routes.get("/stories/new", use: new)
        routes.get("/stories/coverage", use: coverage)
        routes.get("/stories/import", use: importPage)
        routes.get("/stories/export.json", use: exportAll)
        routes.post("/stories/import", use: importPasted)
        routes.get("/stories/{id}", use: editOrDownload)
        routes.post("/stories/{id}", use: update)
        routes.get("/stories/{id}/view", use: view)
        routes.get("/stories/{id}/delete", use: confirmDelete)
        routes.post("/stories/{id}/delete", use: delete)
        return routes
    }

    func list(request: Request, context: Context) async throws -> HTMLPage {
        let rows = try await stories.list().map { StoryRow($0, themes: themes) }
        return renderer.render("stories", StoriesListView(stories: rows, isEmpty: rows.isEmpty, countText: rows.count == 1 ? "1 story" : "\(rows.count) stories"))
    }

    func new(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("stories-edit", StoryEditorView(story: nil, themes: themes, csrf: token.value))
    }

    func create(request: Request, context: Context) async throws -> Response {
        var story = Self.story(try await FormFields(request: request, context: context), id: "")
        story.id = try await Self.freshID(for: story.title, in: stories)
        return try await save(story, isNew: true, request: request, context: context)
    }

    func update(request: Request, context: Context) async throws -> Response {
        let story = Self.story(try await FormFields(request: request, context: context), id: try context.parameters.require("id"))
        return try await save(story, isNew: false, request: request, context: context)
    }

    /// Saves and shows the editor again, or sends the form back (400) with the message and every word typed kept.
    private func save(_ story: Story, isNew: Bool, request: Request, context: Context) async throws -> Response {
        do {
            try StoryLimits.check(story)
            try await stories.save(story)
            return .redirect(to: "/stories/\(story.id)?saved=1", type: .normal)
        } catch let bad as BadInput {
            var kept = story
            if isNew { kept.id = "" }
            return try renderer.render("stories-edit", StoryEditorView(story: kept, themes: themes, csrf: token.value, error: bad.message), status: .badRequest)
                .response(from: request, context: context)
        }
    }

    /// `/stories/ID` is the editor; `/stories/ID.md` downloads the story as its Markdown file.
    func editOrDownload(request: Request, context: Context) async throws -> Response {
        let raw = try context.parameters.require("id")
        if raw.hasSuffix(".md") {
            let story = try await find(String(raw.dropLast(3)))
            return Response(
                status: .ok,
                headers: [.contentType: "text/markdown; charset=utf-8", .contentDisposition: "attachment; filename=\"\(story.id).md\"", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: StoryMarkdown.write(story))))
        }
        let story = try await find(raw)
        let saved = request.uri.queryParameters["saved"] != nil
        return try renderer.render("stories-edit", StoryEditorView(story: story, themes: themes, csrf: token.value, saved: saved))
            .response(from: request, context: context)
    }

    func view(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("stories-view", StoryReadView(try await find(try context.parameters.require("id")), themes: themes))
    }

    func confirmDelete(request: Request, context: Context) async throws -> HTMLPage {
        let story = try await find(try context.parameters.require("id"))
        return renderer.render("stories-delete", StoryDeleteView(csrf: token.value, id: story.id, title: story.title.isEmpty ? story.id : story.title))
    }

    func delete(request: Request, context: Context) async throws -> Response {
        guard try await stories.delete(id: try context.parameters.require("id")) else { throw Self.notFound }
        return .redirect(to: "/stories", type: .normal)
    }

    func coverage(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("stories-coverage", CoverageView(try await stories.coverage(), themes: themes))
    }

    func importPage(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("stories-import", StoryImportView(csrf: token.value, done: false, imported: [], importedCount: 0, problems: [], hasProblems: false, text: ""))
    }

    /// Without JavaScript: one story pasted into a box (a form's body is at most 64 KB; the page's script sends
    /// chosen files, each up to 64 KB, to the JSON API instead).
    func importPasted(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let text = form["text"] ?? ""
        var name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            let title = text.split(separator: "\n").first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) } ?? ""
            name = try await Self.freshID(for: title, in: stories)
        }
        if !name.hasSuffix(".md") { name += ".md" }
        let outcome = try await stories.importFiles([(name, text)])
        let view = StoryImportView(
            csrf: token.value, done: true, imported: outcome.imported, importedCount: outcome.imported.count, problems: outcome.problems,
            hasProblems: !outcome.problems.isEmpty, text: outcome.problems.isEmpty ? "" : text)
        return try renderer.render("stories-import", view, status: outcome.problems.isEmpty ? .ok : .badRequest).response(from: request, context: context)
    }

    /// Every story as `{"files": [{"name": "ID.md", "text": Markdown}]}`: the body `/api/v1/stories/import` takes back.
    func exportAll(request: Request, context: Context) async throws -> Response {
        let files = try await stories.exportFiles().map { JSONValue.object(["name": .string($0.name), "text": .string($0.text)]) }
        return Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8", .contentDisposition: "attachment; filename=\"stories.json\"", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: JSONValue.object(["files": .array(files)]).jsonBytes)))
    }

    func find(_ id: String) async throws -> Story {
        guard let story = try await stories.story(id: id) else { throw Self.notFound }
        return story
    }

    static var notFound: HTTPError { HTTPError(.notFound, message: "no story with this id (it may have been deleted)") }

    /// The form's fields: the title, a `theme-ID` checkbox per theme, and the five parts.
    static func story(_ form: FormFields, id: String) -> Story {
        var story = Story(id: id, title: form["title"] ?? "")
        for part in StoryPart.sections { story.set(part, to: (form[part.rawValue] ?? "").replacingOccurrences(of: "\r\n", with: "\n")) }
        story.themes = StoryTheme.all.filter { form["theme-\($0)"] != nil }
        return story
    }

    /// The title as a slug, with `-2`, `-3`… when a story already has it.
    static func freshID(for title: String, in stories: StoryService) async throws -> String {
        let base = StoryMarkdown.slug(title)
        let taken = Set(try await stories.list().map(\.id))
        var id = base, number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }
}
