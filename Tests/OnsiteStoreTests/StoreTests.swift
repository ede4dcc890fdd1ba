import Foundation
import OnsiteCore
import OnsiteStore
import OnsiteTestSupport
import Testing

@Suite struct StoreTests {
    let scheduler = try! Scheduler(enableFuzzing: false)
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func withStore(_ body: (Store, TemporaryFolder) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Store.open(path: folder.path + "/onsite.sqlite")
        do { try await body(store, folder) } catch { await store.close(); throw error }
        await store.close()
    }

    @Test func reviewIsSavedAndSurvivesReopening() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/nested/dir/onsite.sqlite"
        let store = try await Store.open(path: path)
        let card = try await store.recordReview(itemID: "l1", rating: .good, at: start, scheduler: scheduler)
        #expect(card.state == .learning && card.step == 1)
        await store.close()

        let reopened = try await Store.open(path: path)
        let states = try await reopened.itemStates()
        #expect(states["l1"] == card)
        let log = try await reopened.reviewLog(itemID: "l1")
        #expect(log.map(\.rating) == [.good])
        #expect(log.first?.reviewedAt == start)
        await reopened.close()
    }

    @Test func reviewsFollowTheScheduler() async throws {
        try await withStore { store, _ in
            var expected = Card(due: start)
            var at = start
            for rating in [Rating.good, .good, .again, .good, .easy] {
                expected = scheduler.review(expected, rating: rating, at: at).card
                let saved = try await store.recordReview(itemID: "x", rating: rating, at: at, scheduler: scheduler)
                #expect(saved == expected)
                at = expected.due
            }
            #expect(try await store.itemStates()["x"] == expected)
        }
    }

    @Test func databaseIsInWALMode() async throws {
        try await withStore { store, folder in
            try await store.recordReview(itemID: "a", rating: .good, at: start, scheduler: scheduler)
            #expect(FileManager.default.fileExists(atPath: folder.path + "/onsite.sqlite-wal"))
        }
    }

    @Test func tallyCountsAnswersAndNewCardsSinceAnInstant() async throws {
        try await withStore { store, _ in
            try await store.recordReview(itemID: "a", rating: .good, at: start, scheduler: scheduler)
            try await store.recordReview(itemID: "a", rating: .good, at: start.addingTimeInterval(600), scheduler: scheduler)
            try await store.recordReview(itemID: "b", rating: .again, at: start.addingTimeInterval(700), scheduler: scheduler)
            let all = try await store.tally(since: start)
            #expect(all.answered == 3 && all.newIntroduced == 2)
            let later = try await store.tally(since: start.addingTimeInterval(650))
            #expect(later.answered == 1 && later.newIntroduced == 1)
        }
    }

    @Test func lapsesAreNewestFirstOnePerItem() async throws {
        try await withStore { store, _ in
            try await store.recordReview(itemID: "a", rating: .again, at: start, scheduler: scheduler)
            try await store.recordReview(itemID: "b", rating: .again, at: start.addingTimeInterval(10), scheduler: scheduler)
            try await store.recordReview(itemID: "a", rating: .again, at: start.addingTimeInterval(20), scheduler: scheduler)
            try await store.recordReview(itemID: "c", rating: .good, at: start.addingTimeInterval(30), scheduler: scheduler)
            let lapses = try await store.lapses(limit: 10)
            #expect(lapses.map(\.itemID) == ["a", "b"])
            #expect(lapses.map(\.lapseCount) == [2, 1])
        }
    }

    @Test func dailyCountsBucketByStudyDay() async throws {
        try await withStore { store, _ in
            let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
            let day = calendar.start(of: StudyDay(year: 2026, month: 11, day: 20))
            for offset: TimeInterval in [0, 3600, 86340, 86400] {
                try await store.recordReview(itemID: "a\(offset)", rating: .good, at: day.addingTimeInterval(offset), scheduler: scheduler)
            }
            let counts = try await store.dailyCounts(since: day, calendar: calendar)
            #expect(counts[StudyDay(year: 2026, month: 11, day: 20)] == 3)
            #expect(counts[StudyDay(year: 2026, month: 11, day: 21)] == 1)
        }
    }

    @Test func concurrentReviewsAreAllKept() async throws {
        try await withStore { store, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await store.recordReview(itemID: "card-\(index % 8)", rating: .good, at: start.addingTimeInterval(Double(index)), scheduler: scheduler)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.reviewCount() == 40)
            #expect(try await store.itemStates().count == 8)
        }
    }

    @Test func snapshotSeesWritesFromThisAndAnotherConnection() async throws {
        try await withStore { server, folder in
            let dayStart = start.addingTimeInterval(-3600)
            #expect(try await server.snapshot(dayStart: dayStart).states.isEmpty)
            try await server.recordReview(itemID: "own", rating: .good, at: start, scheduler: scheduler)
            #expect(try await server.snapshot(dayStart: dayStart).states.keys.sorted() == ["own"])

            // The terminal drill runs as another process on the same file; a second store is a second connection.
            let terminal = try await Store.open(path: folder.path + "/onsite.sqlite")
            try await terminal.recordReview(itemID: "elsewhere", rating: .again, at: start.addingTimeInterval(5), scheduler: scheduler)
            await terminal.close()
            let seen = try await server.snapshot(dayStart: dayStart)
            #expect(seen.states.keys.sorted() == ["elsewhere", "own"])
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
            try await Store.open(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func readOnlyFileIsRefusedWithAClearError() async throws {
        guard getuid() != 0 else {
            print("skipped readOnlyFileIsRefusedWithAClearError: root can write read-only files; the CI script checks it as a normal user")
            return
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/onsite.sqlite"
        let store = try await Store.open(path: path)
        await store.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        await #expect(throws: StoreError.readOnly(path: path)) { try await Store.open(path: path) }
    }

    @Test func databaseLocationFollowsFlagThenEnvironmentThenXDG() {
        #expect(DatabaseLocation.resolve(explicit: "/x.sqlite", environment: ["ONSITE_DATABASE": "/y"]) == "/x.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["ONSITE_DATABASE": "/y"]) == "/y")
        #if !os(macOS)
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/h"]) == "/data/onsite/onsite.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/onsite/onsite.sqlite")
        #endif
    }

    // MARK: Submissions

    func submission(_ problem: String, _ kind: SubmissionKind, _ verdict: VerdictKind, at: Date) -> Submission {
        Submission(problemID: problem, kind: kind, code: "def f(): pass  # \(verdict)", verdict: verdict,
                   summary: verdict.title, report: "{}", submittedAt: at)
    }

    @Test func attemptSavesTheSubmissionAndItsReviewTogether() async throws {
        let problems = try Scheduler.forProblems(enableFuzzing: false)
        try await withStore { store, folder in
            try await store.saveAttempt(submission("p", .run, .wrongAnswer, at: start), review: nil, scheduler: problems)
            try await store.saveAttempt(submission("p", .submit, .wrongAnswer, at: start + 60), review: nil, scheduler: problems)
            let card = try await store.saveAttempt(submission("p", .submit, .accepted, at: start + 120), review: .hard, scheduler: problems)
            #expect(card?.state == .review)
            let saved = try await store.submissions(problemID: "p")
            #expect(saved.map(\.verdict) == [.accepted, .wrongAnswer, .wrongAnswer], "newest first")
            #expect(saved.map(\.kind) == [.submit, .submit, .run])
            #expect(saved.first?.code == "def f(): pass  # accepted")
            #expect(try await store.failedSubmits(problemID: "p", since: start - 1) == 1, "a failed Run is not a failed submit")
            #expect(try await store.failedSubmits(problemID: "p", since: start + 90) == 0)
            #expect(try await store.submitTally() == ["p": ProblemTally(submits: 2, accepted: true)])
            #expect(try await store.itemStates()[ProblemItem.id("p")] == card)
            #expect(try await store.reviewLog(itemID: ProblemItem.id("p")).map(\.rating) == [.hard])

            let reopened = try await Store.open(path: folder.path + "/onsite.sqlite")
            #expect(try await reopened.submissions(problemID: "p").count == 3)
            await reopened.close()
        }
    }

    @Test func solvingAProblemDoesNotUseUpTheDaysNewCards() async throws {
        try await withStore { store, _ in
            try await store.recordReview(itemID: "card-a", rating: .good, at: start, scheduler: scheduler)
            try await store.saveAttempt(
                submission("p", .submit, .accepted, at: start + 1), review: .good, scheduler: try Scheduler.forProblems())
            let tally = try await store.tally(since: start - 1)
            #expect(tally.answered == 1 && tally.newIntroduced == 1)
            #expect(try await store.reviewCount() == 2, "the activity heatmap still counts the problem")
        }
    }
}
