import Foundation
import Hummingbird
import Mustache

/// The Mustache templates, resolved once at start-up (a missing or broken template stops
/// start-up, not a request), rendering plain view-model structs into HTML responses.
struct PageRenderer: Sendable {
    static let pages = ["home", "drill", "topics", "topic", "card", "quickfire", "drills", "numeric-result", "errors", "progress", "error", "problems", "problem",
        "applications", "applications-detail", "applications-funnel", "applications-import",
        "offers", "offers-form", "offers-detail", "offers-delete", "offers-compare", "offers-negotiate",
        "practice", "screen", "screen-pitch", "depth", "depth-edit", "depth-practice", "depth-delete", "depth-probes",
        "stories", "stories-edit", "stories-view", "stories-delete", "stories-coverage", "stories-import",
        "design", "design-workspace", "design-result", "plan", "checklist", "mock", "mock-stage", "mock-report"]
    let library: MustacheLibrary

    init() async throws {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw StartupError("the web templates are missing from the build (Templates resource)")
        }
        library = try await MustacheLibrary(directory: folder.path)
        for page in Self.pages where library.getTemplate(named: page) == nil {
            throw StartupError("template `\(page).mustache` is missing")
        }
    }

    func render(_ page: String, _ model: Any, status: HTTPResponse.Status = .ok) -> HTMLPage {
        HTMLPage(html: library.render(model, withTemplate: page) ?? "", status: status)
    }
}

/// An HTML response.
struct HTMLPage: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let buffer = ByteBuffer(string: html)
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: buffer))
    }
}

/// Something missing that the server needs before it can serve.
struct StartupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
