public import Foundation
public import Hummingbird
public import Logging
import OnsiteContent
public import OnsiteCore
import OnsiteStore
import ServiceLifecycle

/// Everything the server needs to start; defaults are the single-person laptop set-up.
public struct AppConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var databasePath: String
    public var contentFolder: URL
    public var newPerDay = 20
    public var calendar = StudyCalendar()
    public var clock = WallClock.system

    public init(databasePath: String, contentFolder: URL) {
        self.databasePath = databasePath
        self.contentFolder = contentFolder
    }
}

/// The composition root: loads the bundle, opens the store, resolves templates and wires the
/// routes. Throws before serving if any of them is missing or broken.
public func buildApplication(
    _ config: AppConfiguration, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let bundle = try ContentBundle.load(from: config.contentFolder)
    let store = try await Store.open(path: config.databasePath, logger: logger)
    let drill = DrillService(
        bundle: bundle, store: store, scheduler: try Scheduler(), calendar: config.calendar,
        clock: config.clock, newPerDay: config.newPerDay)
    let router = try await buildRouter(drill: drill)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Onsite"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? config.port) },
        logger: logger)
    app.addServices(StoreCloser(store: store))
    return app
}

/// The routes over a drill service; tests call this with a store on a temporary file.
public func buildRouter(drill: DrillService) async throws -> Router<BasicRequestContext> {
    let renderer = try await PageRenderer()
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    router.addRoutes(TodayController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(DrillController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(QuickFireController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(TopicsController(drill: drill, search: CardSearch(cards: drill.bundle.cards), renderer: renderer).endpoints)
    router.addRoutes(ProgressController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(APIController(drill: drill).endpoints)
    router.addRoutes(try StaticAssets().endpoints)
    router.get("/healthz") { _, _ in "ok" }
    return router
}

/// Closes the database when the server shuts down.
struct StoreCloser: Service {
    let store: Store

    func run() async throws {
        try? await gracefulShutdown()
        await store.close()
    }
}

/// Builds the app and serves until interrupted (Ctrl-C or SIGTERM stop it gracefully).
public func serve(_ config: AppConfiguration, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void) async throws {
    let app = try await buildApplication(config, logger: logger, onRunning: onRunning)
    try await app.runService()
}
