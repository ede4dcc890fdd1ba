public import Foundation
public import Hummingbird
public import Logging
import OnsiteContent
import OnsiteCore
import OnsiteJudge
public import OnsiteServices
import ServiceLifecycle

/// Everything the server needs to start; defaults are the single-person laptop set-up.
public struct AppConfiguration: Sendable {
    public var services: ServiceConfiguration
    public var host = "127.0.0.1"
    public var port = 8080
    /// The address people use when the server sits behind a proxy or a name: its host joins the
    /// allowed `Host` names, and its origin is accepted as this server's own.
    public var publicURL: URL?
    /// Run submitted code directly on this machine when bubblewrap is missing: only for one
    /// person on their own machine, so only on a loopback address.
    public var allowUnsandboxed = false
    /// Sandboxed interpreters kept started for the next submission.
    public var warmInterpreters = 2
    /// Hears the judge's self-test report, which runs in the background once the server listens.
    public var onSelfTest: @Sendable (String) -> Void = { _ in }

    public init(services: ServiceConfiguration) {
        self.services = services
    }
}

/// The composition root: builds the services, resolves templates and wires the routes. Throws
/// before serving if any of them is missing or broken.
public func buildApplication(
    _ config: AppConfiguration, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    try refuseUnsandboxedWhenShared(config)
    var serviceConfig = config.services
    serviceConfig.judge = .machine(allowUnsandboxed: config.allowUnsandboxed, warm: config.warmInterpreters, startWarm: false)
    let services = try await buildServices(serviceConfig, logger: logger)
    let router = try await buildRouter(services, host: config.host, port: config.port, publicURL: config.publicURL)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Onsite"),
        onServerRunning: { channel in
            await onRunning(channel.localAddress?.port ?? config.port)
            services.problems.warmUp()  // only now, so starting interpreters does not slow the server's own start
            Task.detached(priority: .utility) {
                let paths = SelfTest.hostPaths(database: services.databaseFile ?? "", content: config.services.contentFolder.path)
                if let report = await services.problems.runSelfTest(hiddenPaths: paths) { config.onSelfTest(report.description) }
            }
        },
        logger: logger)
    app.addServices(ServicesCloser(services: services))
    return app
}

/// A server others can reach refuses unsandboxed mode: their code would run as this machine's user.
func refuseUnsandboxedWhenShared(_ config: AppConfiguration) throws {
    if config.allowUnsandboxed && !isLoopback(config.host) {
        throw StartupError("refusing --unsandboxed on \(config.host): other people could reach the server and their code would run unsandboxed as you. Install bubblewrap, or serve on 127.0.0.1 only")
    }
}

func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
}

/// The routes over the services, behind the origin checks; tests call this with their own services.
public func buildRouter(
    _ services: Services, host: String = "127.0.0.1", port: Int = 8080, publicURL: URL? = nil
) async throws -> Router<BasicRequestContext> {
    let renderer = try await PageRenderer()
    let token = FormToken(services.formSecret)
    let drill = services.drill, problems = services.problems, progress = services.progress
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeaders())
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    router.add(middleware: RequestGuard(hosts: AllowedHosts(listenHost: host, port: port, publicURL: publicURL), token: token))
    router.addRoutes(TodayController(progress: progress, problems: problems, applications: services.applications, plan: services.plan, renderer: renderer).endpoints)
    router.addRoutes(DrillController(drill: drill, numeric: services.numeric, renderer: renderer, token: token).endpoints)
    router.addRoutes(NumericController(numeric: services.numeric, renderer: renderer, token: token, clock: drill.clock).endpoints)
    router.addRoutes(NumericAPIController(numeric: services.numeric, clock: drill.clock).endpoints)
    router.addRoutes(QuickFireController(drill: drill, numeric: services.numeric, renderer: renderer).endpoints)
    router.addRoutes(TopicsController(drill: drill, progress: progress, search: CardSearch(cards: drill.bundle.cards), renderer: renderer).endpoints)
    router.addRoutes(ProgressController(progress: progress, plan: services.plan, mocks: services.mock, bundle: drill.bundle, clock: drill.clock, renderer: renderer).endpoints)
    router.addRoutes(ProblemsController(problems: problems, renderer: renderer, token: token).endpoints)
    router.addRoutes(OffersController(offers: services.offers, renderer: renderer, token: token).endpoints)
    router.addRoutes(DrillAPIController(drill: drill, progress: progress).endpoints)
    router.addRoutes(ProblemsAPIController(problems: problems).endpoints)
    router.addRoutes(ApplicationsController(applications: services.applications, renderer: renderer, token: token).endpoints)
    router.addRoutes(ApplicationsAPIController(applications: services.applications).endpoints)
    router.addRoutes(OffersAPIController(offers: services.offers).endpoints)
    router.addRoutes(PracticeController(practice: services.practice, renderer: renderer, token: token).endpoints)
    router.addRoutes(ScreenController(bundle: services.bundle, renderer: renderer, token: token).endpoints)
    router.addRoutes(PracticeAPIController(practice: services.practice).endpoints)
    let themes = StoryThemes(bundle: services.bundle)
    router.addRoutes(StoriesController(stories: services.stories, themes: themes, renderer: renderer, token: token).endpoints)
    router.addRoutes(StoriesAPIController(stories: services.stories).endpoints)
    router.addRoutes(DepthController(depth: services.depth, renderer: renderer, token: token).endpoints)
    router.addRoutes(DesignController(design: services.design, clock: drill.clock, renderer: renderer, token: token).endpoints)
    router.addRoutes(DesignAPIController(design: services.design).endpoints)
    router.addRoutes(PlanController(plan: services.plan, renderer: renderer, token: token).endpoints)
    router.addRoutes(MockController(mocks: services.mock, problems: problems, renderer: renderer, token: token).endpoints)
    router.addRoutes(MockAPIController(mocks: services.mock).endpoints)
    router.addRoutes(try StaticAssets().endpoints)
    router.get("/healthz") { _, _ in "ok" }
    return router
}

/// Closes the database when the server shuts down.
struct ServicesCloser: Service, CustomStringConvertible {
    let services: Services
    /// ServiceLifecycle describes every service it runs; without this, Mirror walks the whole
    /// bank (140 ms of start-up, measured with perf record).
    var description: String { "ServicesCloser" }

    func run() async throws {
        try? await gracefulShutdown()
        await services.close()
    }
}

/// Builds the app and serves until interrupted (Ctrl-C or SIGTERM stop it gracefully).
public func serve(_ config: AppConfiguration, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void) async throws {
    let app = try await buildApplication(config, logger: logger, onRunning: onRunning)
    try await app.runService()
}
