import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// The services over the real store: an SQLite file, and PostgreSQL when `ONSITE_TEST_POSTGRES_URL`
/// is set (on a database of its own, `<name>_services`, so the store suite can run beside it).
@Suite(.serialized) struct ServicesOnSQLTests {
    static let postgresURL = ProcessInfo.processInfo.environment["ONSITE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 + "_services" }
    static var backends: [String] { postgresURL == nil ? ["sqlite"] : ["sqlite", "postgres"] }

    func withServices(_ backend: String, _ body: (Services, ServiceHarness) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let location: StoreLocation
        if backend == "postgres", let url = Self.postgresURL {
            try await SQLStore.emptyPostgres(url)
            _ = try await SQLStore.migrate(.postgres(url: url))
            location = .postgres(url: url)
        } else {
            location = .sqlite(path: folder.path + "/onsite.sqlite")
        }
        let harness = ServiceHarness()
        let store = try await SQLStore.open(location)
        let services = try await harness.services(bundle: ProblemServiceTests.bundle, store: store, database: location)
        do { try await body(services, harness) } catch { await store.close(); throw error }
        await store.close()
    }

    @Test(.enabled(if: postgresURL != nil, "ONSITE_TEST_POSTGRES_URL is not set: the services ran on SQLite only"))
    func postgresIsUsed() async throws {
        try await withServices("postgres") { services, _ in
            #expect(services.databaseFile == nil)
        }
    }

    @Test(arguments: backends) func aDayOfDrillingAndSolvingIsSavedAndCounted(_ backend: String) async throws {
        try await withServices(backend) { services, harness in
            let first = try #require(try await services.drill.next())
            try await services.drill.answer(cardID: first.card.id, rating: .again)
            try await services.drill.answer(cardID: first.card.id, rating: .good)
            let second = try #require(try await services.drill.next())
            #expect(second.card.id != first.card.id)
            try await services.drill.answer(cardID: second.card.id, rating: .easy)

            _ = try await services.problems.submit(problemID: "augmentation-orderings", code: "wrong")
            let solved = try await services.problems.submit(problemID: "augmentation-orderings", code: "correct")
            #expect(solved.review == .acceptedAfterFailures(1))
            #expect(try await services.problems.history(problemID: "augmentation-orderings").count == 2)
            #expect(try await services.problems.statuses()["augmentation-orderings"] == .solved)

            let today = try await services.progress.today()
            #expect(today.totalReviews == 4, "three card reviews and the problem's")
            #expect(today.activity.todayCount == 4)
            let overview = try await services.progress.overview()
            #expect(overview.seen == 2)
            #expect(try await services.progress.lapses().map(\.card.id) == [first.card.id])
            let (state, log) = try await services.drill.history(cardID: first.card.id)
            #expect(log.map(\.rating) == [.again, .good] && state != nil)
            #expect(try await services.progress.today().newToday == today.newToday, "a second read comes from the same data")
            harness.clock.advance(by: 86_400 * 3)
            #expect(try await services.problems.statuses()["augmentation-orderings"] == .due)
        }
    }
}
