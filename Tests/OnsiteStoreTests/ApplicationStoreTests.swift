import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Applications on SQLite, and on PostgreSQL when `ONSITE_TEST_POSTGRES_URL` is set. In the store's
/// suite, which is serialized: its PostgreSQL tests share one server.
extension StoreTests {
    static let day = StudyDay(year: 2026, month: 11, day: 2)

    static func application(_ n: Int, company: String) -> JobApplication {
        var details = ApplicationDetails(company: company, role: "MLE")
        details.notes = "note, with \"quotes\"\nand a line break"
        details.tier = .startup
        details.salaryMin = 150_000
        details.nextStep = NextStep(text: "Email Ann", day: day.adding(days: 40))
        return JobApplication(
            id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!, details: details,
            history: [StageEvent(.applied, on: day.adding(days: n)), StageEvent(.recruiterScreen, on: day.adding(days: n + 3))])
    }

    @Test(arguments: Backend.all)
    func addedApplicationsComeBackWithTheirHistoryInExportOrder(backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            let before = try await store.generation()
            try await store.addApplication(Self.application(2, company: "Beta"))
            try await store.addApplication(Self.application(1, company: "Acme"))
            #expect(try await store.generation() == before + 2, "every write bumps the generation")
            let all = try await store.applications()
            #expect(all == [Self.application(1, company: "Acme"), Self.application(2, company: "Beta")])
            #expect(try await store.application(id: Self.application(2, company: "Beta").id) == Self.application(2, company: "Beta"))
            #expect(try await store.application(id: UUID()) == nil)
        }
    }

    @Test(arguments: Backend.all)
    func stagesAppendAndDetailsChangeWithoutTouchingHistory(backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            let application = Self.application(1, company: "Acme")
            try await store.addApplication(application)
            #expect(try await store.recordStage(StageEvent(.coding, on: Self.day.adding(days: 10)), application: application.id))
            #expect(try await store.recordStage(StageEvent(.rejected, on: Self.day.adding(days: 12)), application: application.id))
            #expect(try await !store.recordStage(StageEvent(.coding, on: Self.day), application: UUID()))
            var details = application.details
            details.company = "Acme Labs"
            details.nextStep = nil
            details.salaryMax = 200_000
            #expect(try await store.updateApplication(id: application.id, details: details))
            let saved = try #require(try await store.application(id: application.id))
            #expect(saved.details == details)
            #expect(saved.history.map(\.stage) == [.applied, .recruiterScreen, .coding, .rejected])
            #expect(saved.history.last?.day == Self.day.adding(days: 12))
            #expect(try await store.deleteApplication(id: application.id))
            #expect(try await store.applications().isEmpty)
            #expect(try await !store.deleteApplication(id: application.id))
        }
    }

    @Test(arguments: Backend.all)
    func importSavesNewOnesAndLeavesSavedIdsAlone(backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            try await store.addApplication(Self.application(1, company: "Acme"))
            var changed = Self.application(1, company: "Acme Renamed")
            changed.history = [StageEvent(.offer, on: Self.day)]
            let skipped = try await store.importApplications([changed, Self.application(2, company: "Beta"), Self.application(3, company: "Gamma")])
            #expect(skipped == [changed.id])
            #expect(try await store.applications().map(\.details.company) == ["Acme", "Beta", "Gamma"])
        }
    }

    @Test(arguments: Backend.all)
    func theSchemaRefusesWhatTheFormRefuses(backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            var bad = Self.application(1, company: "Acme")
            bad.details.salaryMin = 300_000
            bad.details.salaryMax = 100_000
            await #expect(throws: (any Error).self) { try await store.addApplication(bad) }
            let left = try await store.applications()
            #expect(left.isEmpty, "the failed insert left nothing behind")
        }
    }

    @Test func applicationsSurviveReopening() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/onsite.sqlite"
        let store = try await SQLStore.open(.sqlite(path: path))
        try await store.addApplication(Self.application(1, company: "Acme"))
        await store.close()
        let reopened = try await SQLStore.open(.sqlite(path: path))
        #expect(try await reopened.applications() == [Self.application(1, company: "Acme")])
        await reopened.close()
    }
}
