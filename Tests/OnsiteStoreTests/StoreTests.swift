import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// The store on a real SQLite file, and on a real PostgreSQL server when `ONSITE_TEST_POSTGRES_URL`
/// is set (`.ci/run` starts one): every test that takes a `Backend` runs on both.
@Suite(.serialized) struct StoreTests {
    let scheduler = try! Scheduler(enableFuzzing: false)
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let generators = Generators.seeded(7)

    /// A review by the test scheduler (no fuzz), with a seeded log id.
    func review(_ rating: Rating, at date: Date, with scheduler: Scheduler? = nil) -> ScheduledReview {
        let scheduler = scheduler ?? self.scheduler
        return ScheduledReview(logID: generators.newID(), rating: rating, at: date) { before in
            scheduler.review(before ?? Card(due: date), rating: rating, at: date).card
        }
    }

    @discardableResult
    func record(_ store: some Store, _ id: String, _ rating: Rating, at date: Date) async throws -> Card {
        try await store.recordReview(.card(id), review(rating, at: date))
    }

    func withStore(_ backend: Backend = .sqlite, _ body: (SQLStore, TemporaryFolder) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await backend.freshStore(in: folder)
        do { try await body(store, folder) } catch { await store.close(); throw error }
        await store.close()
    }

    @Test(.enabled(if: Backend.postgresURL != nil, "ONSITE_TEST_POSTGRES_URL is not set: the store suite ran on SQLite only"))
    func postgresServerIsUsed() async throws {
        try await withStore(.postgres) { store, _ in
            #expect(store.isPostgres)
            try await record(store, "a", .good, at: start)
            #expect(try await store.reviewCount() == 1)
        }
    }

    @Test func reviewIsSavedAndSurvivesReopening() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/nested/dir/onsite.sqlite"
        let store = try await SQLStore.open(.sqlite(path: path))
        let card = try await record(store, "l1", .good, at: start)
        #expect(card.state == .learning && card.step == 1)
        await store.close()

        let reopened = try await SQLStore.open(.sqlite(path: path))
        let states = try await reopened.itemStates()
        #expect(states[.card("l1")] == card)
        let log = try await reopened.reviewLog(.card("l1"))
        #expect(log.map(\.rating) == [.good])
        #expect(log.first?.reviewedAt == start)
        await reopened.close()
    }

    @Test(arguments: Backend.all) func reviewsFollowTheScheduler(_ backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            var expected = Card(due: start)
            var at = start
            for rating in [Rating.good, .good, .again, .good, .easy] {
                expected = scheduler.review(expected, rating: rating, at: at).card
                let saved = try await record(store, "x", rating, at: at)
                #expect(saved == expected)
                at = expected.due
            }
            #expect(try await store.itemStates()[.card("x")] == expected)
        }
    }

    @Test func databaseIsInWALMode() async throws {
        try await withStore { store, folder in
            try await record(store, "a", .good, at: start)
            #expect(FileManager.default.fileExists(atPath: folder.path + "/onsite.sqlite-wal"))
        }
    }

    @Test(arguments: Backend.all) func tallyCountsAnswersAndNewCardsSinceAnInstant(_ backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            try await record(store, "a", .good, at: start)
            try await record(store, "a", .good, at: start.addingTimeInterval(600))
            try await record(store, "b", .again, at: start.addingTimeInterval(700))
            let all = try await store.snapshot(dayStart: start)
            #expect(all.answeredSinceDayStart == 3 && all.newSinceDayStart == 2)
            let later = try await store.snapshot(dayStart: start.addingTimeInterval(650))
            #expect(later.answeredSinceDayStart == 1 && later.newSinceDayStart == 1)
        }
    }

    @Test(arguments: Backend.all) func lapsesAreNewestFirstOnePerItem(_ backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            try await record(store, "a", .again, at: start)
            try await record(store, "b", .again, at: start.addingTimeInterval(10))
            try await record(store, "a", .again, at: start.addingTimeInterval(20))
            try await record(store, "c", .good, at: start.addingTimeInterval(30))
            try await store.recordReview(.problem("a"), review(.again, at: start.addingTimeInterval(40)))
            let lapses = try await store.lapses(of: .card, limit: 10)
            #expect(lapses.map(\.item) == [.card("a"), .card("b")], "cards only, newest first")
            #expect(lapses.map(\.lapseCount) == [2, 1])
        }
    }

    @Test(arguments: Backend.all) func dailyCountsBucketByStudyDay(_ backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
            let day = calendar.start(of: StudyDay(year: 2026, month: 11, day: 20))
            for offset: TimeInterval in [0, 3600, 86340, 86400] {
                try await record(store, "a\(offset)", .good, at: day.addingTimeInterval(offset))
            }
            let counts = try await store.dailyCounts(since: day, calendar: calendar)
            #expect(counts[StudyDay(year: 2026, month: 11, day: 20)] == 3)
            #expect(counts[StudyDay(year: 2026, month: 11, day: 21)] == 1)
        }
    }

    @Test(arguments: Backend.all) func concurrentReviewsAreAllKept(_ backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await record(store, "card-\(index % 8)", .good, at: start.addingTimeInterval(Double(index)))
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.reviewCount() == 40)
            #expect(try await store.itemStates().count == 8)
            #expect(try await store.reviewLog(.card("card-0")).count == 5, "no review of the same card lost to a race")
        }
    }

    @Test(arguments: Backend.all) func snapshotSeesWritesFromThisAndAnotherConnection(_ backend: Backend) async throws {
        try await withStore(backend) { server, folder in
            let dayStart = start.addingTimeInterval(-3600)
            #expect(try await server.snapshot(dayStart: dayStart).states.count == 0)
            try await record(server, "own", .good, at: start)
            #expect(try await server.snapshot(dayStart: dayStart).states.of(.card).keys.sorted() == ["own"])

            // The terminal drill (or another instance) writes through a connection of its own.
            let terminal = try await SQLStore.open(server.location)
            try await record(terminal, "elsewhere", .again, at: start.addingTimeInterval(5))
            await terminal.close()
            let seen = try await server.snapshot(dayStart: dayStart)
            #expect(seen.states.of(.card).keys.sorted() == ["elsewhere", "own"])
            #expect(seen.answeredSinceDayStart == 2 && seen.newSinceDayStart == 2)
            #expect(try await server.snapshot(dayStart: start.addingTimeInterval(1)).answeredSinceDayStart == 1)
        }
    }

    @Test func corruptFileIsRefusedWithAClearErrorAndLeftUntouched() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(String(repeating: "not a database at all ", count: 200), to: "onsite.sqlite").path
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        await #expect(throws: StoreError.notADatabase(path: path, reason: "the file is not an SQLite database")) {
            try await SQLStore.open(.sqlite(path: path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(.enabled(if: getuid() != 0, "root can write read-only files; the end-to-end suite checks this as a normal user"))
    func readOnlyFileIsRefusedWithAClearError() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/onsite.sqlite"
        let store = try await SQLStore.open(.sqlite(path: path))
        await store.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        await #expect(throws: StoreError.readOnly(path: path)) { try await SQLStore.open(.sqlite(path: path)) }
    }

    @Test func databaseLocationFollowsFlagThenEnvironmentThenXDG() {
        #expect(StoreLocation.resolve(explicit: "/x.sqlite", environment: ["ONSITE_DATABASE": "/y"]) == .sqlite(path: "/x.sqlite"))
        #expect(StoreLocation.resolve(explicit: nil, environment: ["ONSITE_DATABASE": "/y"]) == .sqlite(path: "/y"))
        #expect(StoreLocation.resolve(explicit: nil, environment: ["ONSITE_DATABASE": "postgres://u:secret@h:5432/d"]) == .postgres(url: "postgres://u:secret@h:5432/d"))
        #expect(!StoreLocation.postgres(url: "postgres://u:secret@h:5432/d").description.contains("secret"), "the password is never printed")
        #if !os(macOS)
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/h"]) == .sqlite(path: "/data/onsite/onsite.sqlite"))
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"]) == .sqlite(path: "/h/.local/share/onsite/onsite.sqlite"))
        #endif
    }

    // MARK: Submissions

    func submission(_ problem: String, _ kind: SubmissionKind, _ verdict: VerdictKind, at: Date) -> Submission {
        Submission(id: generators.newID(), problemID: problem, kind: kind, code: "def f(): pass  # \(verdict)", verdict: verdict,
                   summary: verdict.title, report: "{}", submittedAt: at)
    }

    @Test(arguments: Backend.all) func attemptSavesTheSubmissionAndItsReviewTogether(_ backend: Backend) async throws {
        let problems = try Scheduler.forProblems(enableFuzzing: false)
        try await withStore(backend) { store, folder in
            try await store.saveAttempt(submission("p", .run, .wrongAnswer, at: start), review: nil)
            try await store.saveAttempt(submission("p", .submit, .wrongAnswer, at: start + 60), review: nil)
            let card = try await store.saveAttempt(
                submission("p", .submit, .accepted, at: start + 120), review: review(.hard, at: start + 120, with: problems))
            #expect(card?.state == .review)
            let saved = try await store.submissions(problemID: "p", limit: 50)
            #expect(saved.map(\.verdict) == [.accepted, .wrongAnswer, .wrongAnswer], "newest first")
            #expect(saved.map(\.kind) == [.submit, .submit, .run])
            #expect(saved.first?.code == "def f(): pass  # accepted")
            #expect(try await store.failedSubmits(problemID: "p", since: start - 1) == 1, "a failed Run is not a failed submit")
            #expect(try await store.failedSubmits(problemID: "p", since: start + 90) == 0)
            #expect(try await store.submitTally() == ["p": ProblemTally(submits: 2, accepted: true)])
            #expect(try await store.itemStates()[.problem("p")] == card)
            #expect(try await store.itemStates()[.card("p")] == nil, "a problem and a card may share an id")
            #expect(try await store.reviewLog(.problem("p")).map(\.rating) == [.hard])
            #expect(try await store.submissionCount() == 3)

            let reopened = try await SQLStore.open(store.location)
            #expect(try await reopened.submissions(problemID: "p", limit: 50).count == 3)
            await reopened.close()
        }
    }

    @Test(arguments: Backend.all) func solvingAProblemDoesNotUseUpTheDaysNewCards(_ backend: Backend) async throws {
        try await withStore(backend) { store, _ in
            try await record(store, "card-a", .good, at: start)
            try await store.saveAttempt(
                submission("p", .submit, .accepted, at: start + 1), review: review(.good, at: start + 1, with: try Scheduler.forProblems()))
            let tally = try await store.snapshot(dayStart: start - 1)
            #expect(tally.answeredSinceDayStart == 1 && tally.newSinceDayStart == 1)
            #expect(try await store.reviewCount() == 2, "the activity heatmap still counts the problem")
        }
    }
}
