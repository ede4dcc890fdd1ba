import NIOFoundationCompat
import Foundation
import Hummingbird
import HummingbirdTesting
import OnsiteContent
import OnsiteCore
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
        let app = Application(router: try await buildRouter(drill: drill))
        do {
            try await app.test(.router) { client in try await test(client, drill) }
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
