import FluentKit
import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Data written by earlier versions survives the migrations, and PostgreSQL migrates only on request.
/// In the store's suite, which is serialized: its PostgreSQL tests share one server.
extension StoreTests {
    /// A database written by main at de77de7 (before typed item references): six card reviews, two
    /// problems solved after a failed submit, one given up, six submissions.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/main-de77de7.sqlite")

    @Test func aDatabaseFromEarlierMainMigratesWithEveryReviewAndSubmissionKept() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/old.sqlite"
        try FileManager.default.copyItem(at: Self.fixture, to: URL(fileURLWithPath: path))
        let store = try await SQLStore.open(.sqlite(path: path))
        defer { Task { await store.close() } }

        #expect(try await store.reviewCount() == 9)
        #expect(try await store.submissionCount() == 6)
        let states = try await store.itemStates()
        #expect(states.of(.card).keys.sorted() == [
            "bias-variance-decomposition", "bias-variance-tradeoff", "complexity-knobs-knn-polynomial",
            "diagnose-underfitting-overfitting", "learning-curves", "validation-loss-rises-after-epoch",
        ])
        #expect(states.of(.problem).keys.sorted() == ["augmentation-orderings", "balanced-config-brackets", "best-moving-average-window"])
        #expect(try await store.reviewLog(.problem("augmentation-orderings")).map(\.rating) == [.hard])
        #expect(try await store.reviewLog(.problem("best-moving-average-window")).map(\.rating) == [.again])
        #expect(try await store.reviewLog(.card("diagnose-underfitting-overfitting")).map(\.rating) == [.easy])
        #expect(try await store.submitTally() == [
            "augmentation-orderings": ProblemTally(submits: 2, accepted: true),
            "balanced-config-brackets": ProblemTally(submits: 2, accepted: true),
        ])
        let cardsToday = try await store.snapshot(dayStart: .distantPast)
        #expect(cardsToday.answeredSinceDayStart == 6 && cardsToday.newSinceDayStart == 6, "problem reviews are not counted as cards")
        let lapses = try await store.lapses(of: .card, limit: 10)
        #expect(lapses.map(\.item.id) == ["complexity-knobs-knn-polynomial"])
    }

    @Test func reopeningAMigratedFileRunsNothingAgain() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/onsite.sqlite"
        await (try await SQLStore.open(.sqlite(path: path))).close()
        #expect(try await SQLStore.migrate(.sqlite(path: path)) == [])
    }

    @Test(.enabled(if: Backend.postgresURL != nil, "ONSITE_TEST_POSTGRES_URL is not set"))
    func postgresRefusesToStartUntilMigratedAndTwoMigrationsDoNotRace() async throws {
        let url = try #require(Backend.postgresURL)
        try await Backend.empty(url)
        await #expect(throws: StoreError.self) { try await SQLStore.open(.postgres(url: url)) }
        let runs = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<3 { group.addTask { try await SQLStore.migrate(.postgres(url: url)) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(runs.filter { !$0.isEmpty }.count == 1, "one run migrates, the others wait for its lock and find nothing to do")
        #expect(runs.flatMap { $0 } == StoreMigrations.all.map(\.name))
        let store = try await SQLStore.open(.postgres(url: url))
        #expect(try await store.reviewCount() == 0)
        await store.close()
    }

    @Test(arguments: Backend.all) func theFormSecretIsKeptOnce(_ backend: Backend) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await backend.freshStore(in: folder)
        #expect(try await store.secret(named: "form-token", candidate: "first") == "first")
        #expect(try await store.secret(named: "form-token", candidate: "second") == "first")
        await store.close()
    }
}

extension StoreTests {
    /// Each widening of the item-kind CHECK keeps every earlier schedule and review through the
    /// table's rebuild (SQLite) or the constraint's swap (PostgreSQL), and the new kind is refused
    /// before it and saved after it.
    @Test(arguments: Backend.all, [(ItemKindCheck.behavioral, ItemKind.behavioral), (ItemKindCheck.numericDesignDepth, ItemKind.design)])
    func anItemKindMigrationKeepsEarlierSchedules(_ backend: Backend, _ widening: (ItemKindCheck, ItemKind)) async throws {
        let (migration, newKind) = widening
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let location: StoreLocation
        switch backend {
        case .sqlite: location = .sqlite(path: folder.path + "/before.sqlite")
        case .postgres:
            let url = try #require(Backend.postgresURL)
            try await Backend.empty(url)
            location = .postgres(url: url)
        }
        let before = try #require(StoreMigrations.all.firstIndex { $0.name == migration.name })
        let old = try await SQLStore.openMigrated(location, through: before)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let card = Card(state: .review, step: nil, stability: 3.5, difficulty: 5.25, due: at.addingTimeInterval(86_400), lastReview: at)
        let review = { (rating: Rating) in ScheduledReview(logID: UUID(), rating: rating, at: at) { _ in card } }
        _ = try await old.recordReview(.card("learning-curves"), review(.good))
        _ = try await old.recordReview(.problem("two-sum"), review(.again))
        await #expect(throws: (any Error).self, "the old CHECK refuses the new kind") {
            _ = try await old.recordReview(ItemRef(newKind, "q"), review(.good))
        }
        await old.close()

        let ran = try await SQLStore.migrate(location)
        if backend == .postgres { #expect(ran == StoreMigrations.all[before...].map(\.name)) }
        let store = try await SQLStore.open(location)
        let states = try await store.itemStates()
        #expect(states[.card("learning-curves")] == card)
        #expect(states[.problem("two-sum")] == card)
        #expect(try await store.reviewLog(.problem("two-sum")).map(\.rating) == [.again])
        #expect(try await store.reviewCount() == 2)
        _ = try await store.recordReview(ItemRef(newKind, "tell-me-about-a-conflict"), review(.hard))
        let after = try await store.itemStates()
        #expect(after.of(newKind).keys.sorted() == ["tell-me-about-a-conflict"])
        #expect(after.of(.card).count == 1 && after.of(.problem).count == 1)
        let snapshot = try await store.snapshot(dayStart: .distantPast)
        #expect(snapshot.answeredSinceDayStart == 1, "reviews of other kinds are not counted as cards")
        #expect(try await store.lapses(of: .card, limit: 10).isEmpty)
        await store.close()
    }
}
