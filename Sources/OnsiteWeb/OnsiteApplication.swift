public import Foundation
public import Hummingbird
public import Logging
import OnsiteContent
public import OnsiteCore
import OnsiteJudge
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
    /// Run submitted code directly on this machine when bubblewrap is missing: only for one
    /// person on their own machine, so only on a loopback address.
    public var allowUnsandboxed = false
    /// Sandboxed interpreters kept started for the next submission.
    public var warmInterpreters = 2
    /// Hears the judge's self-test report, which runs in the background once the server listens.
    public var onSelfTest: @Sendable (String) -> Void = { _ in }

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
    try refuseUnsandboxedWhenShared(config)
    let bundle = try ContentBundle.load(from: config.contentFolder)
    let store = try await Store.open(path: config.databasePath, logger: logger)
    let drill = DrillService(
        bundle: bundle, store: store, scheduler: try Scheduler(), calendar: config.calendar,
        clock: config.clock, newPerDay: config.newPerDay)
    let (judge, sandboxNote) = makeJudge(config)
    let problems = ProblemService(
        bundle: bundle, store: store, judge: judge, sandboxNote: sandboxNote, scheduler: try Scheduler.forProblems(),
        calendar: config.calendar, clock: config.clock)
    let router = try await buildRouter(drill: drill, problems: problems)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Onsite"),
        onServerRunning: { channel in
            await onRunning(channel.localAddress?.port ?? config.port)
            problems.judge?.warmUp()  // only now, so starting interpreters does not slow the server's own start
            Task.detached(priority: .utility) {
                let paths = SelfTest.hostPaths(database: config.databasePath, content: config.contentFolder.path)
                if let report = await problems.runSelfTest(hiddenPaths: paths) { config.onSelfTest(report.description) }
            }
        },
        logger: logger)
    app.addServices(StoreCloser(store: store))
    return app
}

/// A server others can reach refuses unsandboxed mode: their code would run as this machine's user.
func refuseUnsandboxedWhenShared(_ config: AppConfiguration) throws {
    if config.allowUnsandboxed && !isLoopback(config.host) {
        throw StartupError("refusing --unsandboxed on \(config.host): other people could reach the server and their code would run unsandboxed as you. Install bubblewrap, or serve on 127.0.0.1 only")
    }
}

/// The judge for this machine and a line saying how code runs, or nil and why it cannot.
func makeJudge(_ config: AppConfiguration) -> (Judge?, String) {
    do {
        let judge = try JudgeSetup.make(allowUnsandboxed: config.allowUnsandboxed, warm: config.warmInterpreters, startWarm: false)
        let note = judge.mode.isSandboxed
            ? "Code runs in a bubblewrap sandbox with no network and no access to your files."
            : ExecutionMode.unsandboxedWarning + "."
        return (judge, note)
    } catch {
        return (nil, "\(error)")
    }
}

func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
}

/// The routes over the drill and problem services; tests call this with a store on a temporary file.
public func buildRouter(drill: DrillService, problems: ProblemService) async throws -> Router<BasicRequestContext> {
    let renderer = try await PageRenderer()
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    router.addRoutes(TodayController(drill: drill, problems: problems, renderer: renderer).endpoints)
    router.addRoutes(DrillController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(QuickFireController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(TopicsController(drill: drill, search: CardSearch(cards: drill.bundle.cards), renderer: renderer).endpoints)
    router.addRoutes(ProgressController(drill: drill, renderer: renderer).endpoints)
    router.addRoutes(ProblemsController(problems: problems, renderer: renderer).endpoints)
    router.addRoutes(APIController(drill: drill).endpoints)
    router.addRoutes(ProblemsAPIController(problems: problems).endpoints)
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
