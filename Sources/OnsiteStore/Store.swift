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

    private var db: any Database {
        databases.database(logger: logger, on: eventLoopGroup.any())!
    }

    private init(path: String, logger: Logger) {
        self.path = path
        self.logger = logger
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
        let rows = try await ItemStateModel.query(on: db).all()
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.id.map { ($0, row.card) } })
    }

    /// Rates an item: schedules it from its saved state and saves the new state and the log
    /// entry in one transaction, so an answered review is never half-saved.
    @discardableResult
    public func recordReview(
        itemID: String, rating: Rating, at date: Date, duration: TimeInterval? = nil, scheduler: Scheduler
    ) async throws -> Card {
        try await db.transaction { db in
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
    }

    /// Reviews answered, and new items first seen, since `start`.
    public func tally(since start: Date) async throws -> (answered: Int, newIntroduced: Int) {
        let answered = try await ReviewLogModel.query(on: db).filter(\.$reviewedAt >= start).count()
        let new = try await ReviewLogModel.query(on: db).filter(\.$reviewedAt >= start).filter(\.$wasNew == true).count()
        return (answered, new)
    }

    /// Reviews answered per study day since `start`.
    public func dailyCounts(since start: Date, calendar: StudyCalendar) async throws -> [StudyDay: Int] {
        let rows = try await ReviewLogModel.query(on: db).filter(\.$reviewedAt >= start).field(\.$reviewedAt).all()
        var counts: [StudyDay: Int] = [:]
        for row in rows { counts[calendar.day(of: row.reviewedAt), default: 0] += 1 }
        return counts
    }

    /// The most recent lapses (reviews rated Again), newest first, one entry per item.
    public func lapses(limit: Int) async throws -> [Lapse] {
        let rows = try await ReviewLogModel.query(on: db)
            .filter(\.$rating == Rating.again.rawValue)
            .sort(\.$reviewedAt, .descending)
            .all()
        var counts: [String: Int] = [:]
        for row in rows { counts[row.itemID, default: 0] += 1 }
        var seen = Set<String>()
        var lapses: [Lapse] = []
        for row in rows where lapses.count < limit && seen.insert(row.itemID).inserted {
            lapses.append(Lapse(itemID: row.itemID, lastLapse: row.reviewedAt, lapseCount: counts[row.itemID] ?? 0))
        }
        return lapses
    }

    /// The review log of one item, oldest first.
    public func reviewLog(itemID: String) async throws -> [ReviewLog] {
        try await ReviewLogModel.query(on: db).filter(\.$itemID == itemID).sort(\.$reviewedAt).all().map(\.reviewLog)
    }

    /// How many reviews were ever answered.
    public func reviewCount() async throws -> Int {
        try await ReviewLogModel.query(on: db).count()
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

extension ReviewLogModel {
    var reviewLog: ReviewLog {
        ReviewLog(rating: Rating(rawValue: rating) ?? .again, reviewedAt: reviewedAt, reviewDuration: duration)
    }
}
