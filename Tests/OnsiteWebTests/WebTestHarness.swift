import NIOFoundationCompat
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices
import OnsiteStore
import OnsiteTestSupport
import OnsiteWeb

/// What a web test reaches: the services behind the router, the real SQLite store under them
/// (to check what was saved), the clock, and the token its forms must carry.
struct TestApp: Sendable {
    let services: Services
    let store: SQLStore
    let clock: TestClock

    var drill: DrillService { services.drill }
    var problems: ProblemService { services.problems }

    /// A form body as the app's own page posts it: with its token.
    func form(_ fields: String) -> ByteBuffer {
        ByteBuffer(string: fields + "&csrf=" + services.formSecret)
    }
}

/// Headers a same-origin page's request carries.
enum SameOrigin {
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let host = HTTPField.Name("Host")!
    static let json: HTTPFields = [.contentType: "application/json", secFetchSite: "same-origin"]
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded", secFetchSite: "same-origin"]
}

/// A fresh app per test: a bank, a store on a temporary file, a fixed clock, seeded generators.
struct WebTestHarness {
    let clock = TestClock()

    /// The small fixture bank, and no judge.
    func run(newPerDay: Int = 2, _ test: @Sendable (any TestClientProtocol, TestApp) async throws -> Void) async throws {
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        try await Self.run(bundle: try ContentBundle.load(from: content.url), judge: .none, newPerDay: newPerDay, clock: clock, test)
    }

    /// The shipped problems with a real judge: sandboxed where bubblewrap is installed, else run
    /// directly (the code is our own references and known-wrong solutions).
    static func runWithProblems(judge: Bool = true, _ test: @Sendable (any TestClientProtocol, TestApp) async throws -> Void) async throws {
        // Its own uids, away from the judge suite's, so the two can run at once.
        let choice: JudgeChoice = judge ? .machine(allowUnsandboxed: true, warm: 0, firstUID: 62_001) : .unavailable("bubblewrap is missing")
        try await run(bundle: try ContentBundle.load(from: ContentLocation.sourceCheckout), judge: choice, newPerDay: 20, clock: TestClock(), test)
    }

    static func run(
        bundle: ContentBundle, judge: JudgeChoice, newPerDay: Int, clock: TestClock,
        _ test: @Sendable (any TestClientProtocol, TestApp) async throws -> Void
    ) async throws {
        let data = try TemporaryFolder()
        defer { data.remove() }
        let location = StoreLocation.sqlite(path: data.path + "/onsite.sqlite")
        var config = ServiceConfiguration(database: location, contentFolder: URL(fileURLWithPath: "/unused"))
        config.calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!)
        config.clock = clock.wallClock
        config.generators = .seeded(1)
        config.fuzz = false
        config.newPerDay = newPerDay
        config.judge = judge
        let store = try await SQLStore.open(location)
        do {
            let services = try await buildServices(config, bundle: bundle, store: store)
            let app = Application(router: try await buildRouter(services))
            try await app.test(.router) { client in try await test(client, TestApp(services: services, store: store, clock: clock)) }
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
