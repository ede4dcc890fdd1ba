import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteStore
import OnsiteTestSupport

/// The services over an in-memory store and a scripted judge: no database, no sandbox.
struct ServiceHarness {
    let clock = TestClock()
    let store = MemoryStore()
    /// Accepts code that contains "correct"; anything else is a wrong answer.
    let judge = ScriptedJudge { $0.contains("correct") ? .accepted : .wrongAnswer }

    /// The services over `store` (this harness's in-memory one by default), said to be at `database`.
    func services(
        newPerDay: Int = 2, bundle: ContentBundle? = nil, store: (any Store)? = nil,
        database: StoreLocation = .sqlite(path: "/nonexistent/in-memory.sqlite")
    ) async throws -> Services {
        var config = ServiceConfiguration(database: database, contentFolder: URL(fileURLWithPath: "/nonexistent"))
        config.newPerDay = newPerDay
        config.calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!)
        config.clock = clock.wallClock
        config.generators = .seeded(42)
        config.fuzz = false
        config.judge = .given(judge, note: "scripted judge")
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        return try await buildServices(config, bundle: try bundle ?? ContentBundle.load(from: content.url), store: store ?? self.store)
    }
}
