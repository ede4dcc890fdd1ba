public import Foundation
import FluentKit
import FluentSQLiteDriver
public import Logging
import NIOCore
import NIOPosix
public import OnsiteCore
import SQLKit

/// The person's saved state: scheduler states and the review log, behind intent-named methods
/// that are each one transaction. One SQLite file in WAL mode; one connection, so writes are
/// serialized and a review is on disk before the method returns.
public final class Store: Sendable {
    public let path: String
    private let databases: Databases
    private let eventLoopGroup: MultiThreadedEventLoopGroup
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private let snapshots: SnapshotCache

    var db: any Database {
        databases.database(logger: logger, on: eventLoopGroup.any())!
    }

    private init(path: String, logger: Logger) {
        self.path = path
        self.logger = logger
        snapshots = SnapshotCache(path: path)
        eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        databases.use(.sqlite(.init(storage: .file(path: path)), sqlLogLevel: .trace), as: .sqlite)
    }

    /// Opens (creating when absent) the database at `path` and brings its schema up to date.
    public static func open(path: String, logger: Logger = Logger(label: "onsite.store")) async throws -> Store {
        try prepareFile(at: path)
        let store = Store(path: path, logger: logger)
        do {
            try await store.sql.raw("PRAGMA journal_mode=WAL").run()
            try await store.sql.raw("PRAGMA synchronous=FULL").run()
            let migrations = Migrations()
            migrations.add(StoreMigrations.all)
            let migrator = Migrator(databases: store.databases, migrations: migrations, logger: logger, on: store.eventLoopGroup.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        } catch {
            await store.close()
            let reason = String(describing: error)
            if reason.localizedCaseInsensitiveContains("readonly") { throw StoreError.readOnly(path: path) }
            throw StoreError.notADatabase(path: path, reason: Self.shortReason(reason))
        }
        return store
    }

    /// Closes connections and stops the store's threads.
    public func close() async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
        try? await eventLoopGroup.shutdownGracefully()
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    // MARK: Reviews

    /// Every item's scheduler state, by item id.
    public func itemStates() async throws -> [String: Card] {
        // Read with plain SQL: decoding Fluent models costs tens of microseconds a row, and the
        // drill page asks for every state on each request.
        let rows = try await sql.raw("SELECT item_id, state, step, stability, difficulty, due, last_review FROM item_states").all()
        var states: [String: Card] = [:]
        states.reserveCapacity(rows.count)
        for row in rows {
            let lastReview = try row.decode(column: "last_review", as: Double?.self)
            states[try row.decode(column: "item_id", as: String.self)] = Card(
                state: State(rawValue: try row.decode(column: "state", as: Int.self)) ?? .learning,
                step: try row.decode(column: "step", as: Int?.self),
                stability: try row.decode(column: "stability", as: Double?.self),
                difficulty: try row.decode(column: "difficulty", as: Double?.self),
                due: Date(timeIntervalSince1970: try row.decode(column: "due", as: Double.self)),
                lastReview: lastReview.map(Date.init(timeIntervalSince1970:)))
        }
        return states
    }

    /// Every item's state and what was answered since `dayStart`, from memory while the file is unchanged.
    public func snapshot(dayStart: Date) async throws -> ReviewSnapshot {
        try await snapshots.get(dayStart: dayStart) {
            let states = try await itemStates()
            let tally = try await tally(since: dayStart)
            return ReviewSnapshot(
                states: states, answeredSinceDayStart: tally.answered, newSinceDayStart: tally.newIntroduced, dayStart: dayStart)
        }
    }

    /// Rates an item: schedules it from its saved state and saves the new state and the log
    /// entry in one transaction, so an answered review is never half-saved.
    @discardableResult
    public func recordReview(
        itemID: String, rating: Rating, at date: Date, duration: TimeInterval? = nil, scheduler: Scheduler
    ) async throws -> Card {
        try await db.transaction { db in
            try await Self.review(itemID: itemID, rating: rating, at: date, duration: duration, scheduler: scheduler, on: db)
        }
    }

    /// A review inside a caller's transaction.
    static func review(
        itemID: String, rating: Rating, at date: Date, duration: TimeInterval?, scheduler: Scheduler, on db: any Database
    ) async throws -> Card {
        let existing = try await ItemStateModel.find(itemID, on: db)
        let before = existing?.card ?? Card(due: date)
        let (after, _) = scheduler.review(before, rating: rating, at: date)
        let row = existing ?? ItemStateModel()
        row.id = itemID
        row.apply(after)
        try await row.save(on: db)
        let log = ReviewLogModel()
        log.itemID = itemID
        log.rating = rating.rawValue
        log.reviewedAt = date
        log.duration = duration
        log.wasNew = existing == nil
        log.stateBefore = before.state.rawValue
        try await log.create(on: db)
        return after
    }

    /// Card reviews answered, and new cards first seen, since `start`.
    public func tally(since start: Date) async throws -> (answered: Int, newIntroduced: Int) {
        // One indexed range scan rather than two counts: the drill page asks on every request.
        // Problems are left out: solving one must not use up the day's new cards.
        let row = try await sql.raw("""
            SELECT COUNT(*) AS answered, COALESCE(SUM(was_new), 0) AS new FROM review_logs
            WHERE reviewed_at >= \(bind: start.timeIntervalSince1970) AND item_id NOT LIKE \(bind: ProblemItem.prefix + "%")
            """).first()
        return (try row?.decode(column: "answered", as: Int.self) ?? 0, try row?.decode(column: "new", as: Int.self) ?? 0)
    }

    /// Reviews answered per study day since `start`.
    public func dailyCounts(since start: Date, calendar: StudyCalendar) async throws -> [StudyDay: Int] {
        // SQLite counts per quarter hour (every time zone offset and rollover is a whole number of
        // those), so only a few thousand rows come back however long the log is.
        let rows = try await sql.raw("""
            SELECT CAST(reviewed_at / 900 AS INTEGER) AS quarter, COUNT(*) AS n FROM review_logs
            WHERE reviewed_at >= \(bind: start.timeIntervalSince1970) GROUP BY quarter
            """).all()
        var counts: [StudyDay: Int] = [:]
        for row in rows {
            let instant = Date(timeIntervalSince1970: Double(try row.decode(column: "quarter", as: Int.self)) * 900)
            counts[calendar.day(of: instant), default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// The most recent lapses (reviews rated Again), newest first, one entry per item.
    public func lapses(limit: Int) async throws -> [Lapse] {
        let rows = try await sql.raw("""
            SELECT item_id, MAX(reviewed_at) AS last, COUNT(*) AS n FROM review_logs WHERE rating = 1
            GROUP BY item_id ORDER BY last DESC, item_id LIMIT \(bind: limit)
            """).all()
        return try rows.map {
            Lapse(
                itemID: try $0.decode(column: "item_id", as: String.self),
                lastLapse: Date(timeIntervalSince1970: try $0.decode(column: "last", as: Double.self)),
                lapseCount: try $0.decode(column: "n", as: Int.self))
        }
    }

    /// The review log of one item, oldest first.
    public func reviewLog(itemID: String) async throws -> [ReviewLog] {
        let rows = try await sql.raw("""
            SELECT rating, reviewed_at, duration FROM review_logs WHERE item_id = \(bind: itemID) ORDER BY reviewed_at
            """).all()
        return try rows.map {
            ReviewLog(
                rating: Rating(rawValue: try $0.decode(column: "rating", as: Int.self)) ?? .again,
                reviewedAt: Date(timeIntervalSince1970: try $0.decode(column: "reviewed_at", as: Double.self)),
                reviewDuration: try $0.decode(column: "duration", as: Double?.self))
        }
    }

    /// How many reviews were ever answered.
    public func reviewCount() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM review_logs").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    // MARK: Opening

    private static func prepareFile(at path: String) throws {
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
            do {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotCreateFolder(path: folder, reason: (error as NSError).localizedDescription)
            }
        }
        let folderToCheck = folder.isEmpty ? "." : folder
        if fileManager.fileExists(atPath: path) {
            // WAL needs to write the file and create `-wal` and `-shm` files beside it.
            if !fileManager.isWritableFile(atPath: path) || !fileManager.isWritableFile(atPath: folderToCheck) {
                throw StoreError.readOnly(path: path)
            }
        } else if !fileManager.isWritableFile(atPath: folderToCheck) {
            throw StoreError.readOnly(path: path)
        }
    }

    private static func shortReason(_ reason: String) -> String {
        if reason.contains("not a database") { return "the file is not an SQLite database" }
        if reason.contains("malformed") { return "the database disk image is malformed" }
        return reason.split(separator: "\n").first.map(String.init) ?? reason
    }
}

/// An item the person recently forgot, for the errors page.
public struct Lapse: Sendable, Equatable {
    public var itemID: String
    public var lastLapse: Date
    public var lapseCount: Int
}

extension ItemStateModel {
    var card: Card {
        var card = Card(due: due)
        card.state = State(rawValue: state) ?? .learning
        card.step = step
        card.stability = stability
        card.difficulty = difficulty
        card.lastReview = lastReview
        return card
    }

    func apply(_ card: Card) {
        state = card.state.rawValue
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = card.due
        lastReview = card.lastReview
    }
}
