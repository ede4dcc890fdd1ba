import NIOFoundationCompat
import Foundation
import Hummingbird
import HummingbirdTesting
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteStore
import OnsiteTestSupport
import OnsiteWeb

/// A fresh app per test: the small fixture bank, a store on a temporary file, a fixed clock.
struct WebTestHarness {
    let clock = TestClock()
    let content: TemporaryFolder
    let data: TemporaryFolder

    init() throws {
        content = try ContentFixtures.smallBundle()
        data = try TemporaryFolder()
    }

    func run(newPerDay: Int = 2, _ test: @Sendable (any TestClientProtocol, DrillService) async throws -> Void) async throws {
        defer { content.remove(); data.remove() }
        let store = try await Store.open(path: data.path + "/onsite.sqlite")
        let drill = DrillService(
            bundle: try ContentBundle.load(from: content.url), store: store,
            scheduler: try Scheduler(enableFuzzing: false),
            calendar: StudyCalendar(timeZone: TimeZone(identifier: "UTC")!), clock: clock.wallClock, newPerDay: newPerDay)
        let problems = ProblemService(
            bundle: drill.bundle, store: store, judge: nil, sandboxNote: "no judge in this test",
            scheduler: try Scheduler.forProblems(enableFuzzing: false), calendar: drill.calendar, clock: clock.wallClock)
        let app = Application(router: try await buildRouter(drill: drill, problems: problems))
        do {
            try await app.test(.router) { client in try await test(client, drill) }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// The shipped problems with a real judge: sandboxed where bubblewrap is installed, else run
    /// directly (the code is our own references and known-wrong solutions).
    static func runWithProblems(
        judge: Bool = true, _ test: @Sendable (any TestClientProtocol, ProblemService, TestClock) async throws -> Void
    ) async throws {
        let data = try TemporaryFolder()
        let clock = TestClock()
        defer { data.remove() }
        let bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
        let store = try await Store.open(path: data.path + "/onsite.sqlite")
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!)
        let drill = DrillService(bundle: bundle, store: store, scheduler: try Scheduler(enableFuzzing: false), calendar: calendar, clock: clock.wallClock)
        // Its own uids, away from the judge suite's, so the two can run at once.
        let made = judge ? try JudgeSetup.make(allowUnsandboxed: true, warm: 0, firstUID: 62_001) : nil
        let problems = ProblemService(
            bundle: bundle, store: store, judge: made, sandboxNote: made == nil ? "bubblewrap is missing" : "test judge",
            scheduler: try Scheduler.forProblems(enableFuzzing: false), calendar: calendar, clock: clock.wallClock)
        let app = Application(router: try await buildRouter(drill: drill, problems: problems))
        do {
            try await app.test(.router) { client in try await test(client, problems, clock) }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
