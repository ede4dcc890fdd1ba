public import Foundation
public import OnsiteContent
public import OnsiteCore
public import OnsiteJudge
public import OnsiteStore
public import Logging

/// Everything the services need; defaults are the single-person laptop set-up.
public struct ServiceConfiguration: Sendable {
    public var database: StoreLocation
    public var contentFolder: URL
    public var newPerDay = 20
    public var calendar = StudyCalendar()
    public var clock = WallClock.system
    public var generators = Generators.system
    /// Interval fuzz, as Anki and py-fsrs do; tests turn it off to compare exact intervals.
    public var fuzz = true
    public var judge = JudgeChoice.none
    /// The design stage of mocks; nil: the bank's design cases scored with `DesignScorer`.
    public var mockDesign: (any MockDesignStage)?

    public init(database: StoreLocation, contentFolder: URL) {
        self.database = database
        self.contentFolder = contentFolder
    }
}

/// Which judge the problem service gets.
public enum JudgeChoice: Sendable {
    /// None: commands that run no code (drill, stats).
    case none
    /// None, for the reason given (shown where code would run).
    case unavailable(String)
    /// This machine's: bubblewrap when installed; without it, unsandboxed only when the person chose it.
    case machine(allowUnsandboxed: Bool, warm: Int = 2, startWarm: Bool = true, firstUID: Int = 60_001)
    /// One made by the caller: a fake in service tests, or a judge with its own settings.
    case given(any CodeJudge, note: String)
}

/// The services of one person's data: the one composition, used by `serve`, every command and the tests.
public struct Services: Sendable {
    public let bundle: ContentBundle
    public let drill: DrillService
    public let numeric: NumericDrillService
    public let problems: ProblemService
    public let progress: ProgressService
    public let applications: ApplicationService
    public let offers: OfferService
    public let stories: StoryService
    public let practice: BehavioralPracticeService
    public let depth: DepthService
    public let design: DesignService
    public let plan: PlanService
    public let mock: MockService
    /// The secret that HTML forms carry (kept in the database, so it survives a restart).
    public let formSecret: String
    public let database: StoreLocation
    let store: any Store

    /// The SQLite file, when the data is in one (the judge's self-test checks the sandbox cannot see it).
    public var databaseFile: String? { database.filePath }

    /// Closes the database.
    public func close() async { await store.close() }
}

/// Loads the bundle, opens the store and makes the judge, then wires the services over them.
public func buildServices(_ config: ServiceConfiguration, logger: Logger = Logger(label: "onsite")) async throws -> Services {
    let bundle = try ContentBundle.load(from: config.contentFolder)
    let store = try await SQLStore.open(config.database, logger: logger)
    do {
        return try await buildServices(config, bundle: bundle, store: store)
    } catch {
        await store.close()
        throw error
    }
}

/// The same composition over a store the caller opened (an in-memory one in service tests).
public func buildServices(_ config: ServiceConfiguration, bundle: ContentBundle, store: any Store) async throws -> Services {
    let (judge, note) = makeJudge(config.judge)
    let drill = DrillService(
        bundle: bundle, store: store, scheduler: try Scheduler(enableFuzzing: config.fuzz), calendar: config.calendar,
        clock: config.clock, generators: config.generators, newPerDay: config.newPerDay)
    let problems = ProblemService(
        bundle: bundle, store: store, judge: judge, sandboxNote: note, scheduler: try Scheduler.forProblems(enableFuzzing: config.fuzz),
        calendar: config.calendar, clock: config.clock, generators: config.generators)
    let numeric = NumericDrillService(
        bundle: bundle, store: store, scheduler: try Scheduler(enableFuzzing: config.fuzz), clock: config.clock, generators: config.generators)
    let progress = ProgressService(bundle: bundle, store: store, drill: drill, calendar: config.calendar, clock: config.clock)
    let applications = ApplicationService(store: store, calendar: config.calendar, clock: config.clock, generators: config.generators)
    let offers = OfferService(store: store, clock: config.clock, generators: config.generators)
    let stories = StoryService(store: store, clock: config.clock)
    let practice = BehavioralPracticeService(
        bundle: bundle, store: store, stories: stories, scheduler: try Scheduler(enableFuzzing: config.fuzz), clock: config.clock,
        generators: config.generators)
    let depth = DepthService(
        bundle: bundle, store: store, scheduler: try Scheduler(enableFuzzing: config.fuzz), clock: config.clock, generators: config.generators)
    let design = DesignService(
        bundle: bundle, store: store, scheduler: try Scheduler(enableFuzzing: config.fuzz), clock: config.clock, generators: config.generators)
    // Readiness for system design reads the coverage of every submitted design attempt.
    let plan = try PlanService(bundle: bundle, store: store, calendar: config.calendar, clock: config.clock) {
        try await design.history().compactMap(\.score)
    }
    // A finished mock ticks the plan's mock day and re-plans towards the rounds it found weak.
    let mock = MockService(
        bundle: bundle, store: store, drill: drill, problems: problems, practice: practice, design: config.mockDesign ?? BundleDesignStage(bundle: bundle), clock: config.clock,
        generators: config.generators, reportFeeds: [plan])
    let candidate = (0..<4).map { _ in String(config.generators.nextRandom(), radix: 16) }.joined()
    return Services(
        bundle: bundle, drill: drill, numeric: numeric, problems: problems, progress: progress, applications: applications, offers: offers, stories: stories, practice: practice,
        depth: depth, design: design, plan: plan, mock: mock,
        formSecret: try await store.secret(named: "form-token", candidate: candidate), database: config.database, store: store)
}

/// The judge and a line saying how code runs, or nil and why it cannot.
func makeJudge(_ choice: JudgeChoice) -> ((any CodeJudge)?, String) {
    switch choice {
    case .none:
        return (nil, "this command runs no code")
    case .unavailable(let reason):
        return (nil, reason)
    case .given(let judge, let note):
        return (judge, note)
    case .machine(let allowUnsandboxed, let warm, let startWarm, let firstUID):
        do {
            let judge = try JudgeSetup.make(allowUnsandboxed: allowUnsandboxed, warm: warm, startWarm: startWarm, firstUID: firstUID)
            let note = judge.mode.isSandboxed
                ? "Code runs in a bubblewrap sandbox with no network and no access to your files."
                : ExecutionMode.unsandboxedWarning + "."
            return (judge, note)
        } catch {
            return (nil, "\(error)")
        }
    }
}
