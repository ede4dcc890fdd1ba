import Foundation
import Hummingbird

/// The stylesheet and script, read once at start-up and served from memory (no CDN: the app works offline).
struct StaticAssets<Context: RequestContext> {
    struct Asset: Sendable { var body: ByteBuffer; var type: String }
    let assets: [String: Asset]

    init() throws {
        guard let folder = Bundle.module.url(forResource: "Static", withExtension: nil) else {
            throw StartupError("the web assets are missing from the build (Static resource)")
        }
        var assets: [String: Asset] = [:]
        for (name, type) in [("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8"), ("applications.js", "text/javascript; charset=utf-8"),
                             ("offers.js", "text/javascript; charset=utf-8"), ("practice.js", "text/javascript; charset=utf-8"),
                             ("stories.js", "text/javascript; charset=utf-8"), ("depth.js", "text/javascript; charset=utf-8"), ("design.js", "text/javascript; charset=utf-8"), ("plan.js", "text/javascript; charset=utf-8"), ("mock.js", "text/javascript; charset=utf-8"),
                             ("numeric.js", "text/javascript; charset=utf-8"), ("favicon.svg", "image/svg+xml")] {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            assets[name] = Asset(body: ByteBuffer(bytes: data), type: type)
        }
        self.assets = assets
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/static/{name}") { _, context in
            try serve(try context.parameters.require("name"))
        }
        // Browsers ask for /favicon.ico whatever the page links; without it every page logs a 404.
        routes.get("/favicon.ico") { _, _ in try serve("favicon.svg") }
        return routes
    }

    private func serve(_ name: String) throws -> Response {
        guard let asset = assets[name] else { throw HTTPError(.notFound, message: "no such file") }
        return Response(
            status: .ok, headers: [.contentType: asset.type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: asset.body))
    }
}
