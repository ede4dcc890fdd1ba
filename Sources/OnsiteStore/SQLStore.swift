public import Foundation
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
public import Logging
import NIOCore
import NIOPosix
public import OnsiteCore
import SQLKit

/// The store on SQL: one SQLite file in WAL mode (the embedded default: one connection, so writes
/// are serialized and on disk before a method returns), or a PostgreSQL server shared by several
/// instances. The SQL is written once for both; the one expression that differs is `quarterHour`.
public final class SQLStore: Store {
    public let location: StoreLocation
    private let databases: Databases
    private let eventLoopGroup: MultiThreadedEventLoopGroup
    private let threadPool: NIOThreadPool
    private let logger: Logger
    let isPostgres: Bool
    private let states = LastRead<Int, ItemStates>()
    private let tallies = LastRead<TallyKey, CardTally>()
    private let generations = FreshRead<Int>()

    var db: any Database { databases.database(logger: logger, on: eventLoopGroup.any())! }
    var sql: any SQLDatabase { db as! any SQLDatabase }

    init(location: StoreLocation, connections: Int, logger: Logger) throws {
        self.location = location
        self.logger = logger
        eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        switch location {
        case .sqlite(let path):
            isPostgres = false
            databases.use(.sqlite(.init(storage: .file(path: path)), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            isPostgres = true
            do {
                databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: connections, sqlLogLevel: .trace), as: .psql)
            } catch {
                throw StoreError.cannotConnect(server: location.description, reason: "the URL is not valid (postgres://user:password@host:port/database)")
            }
        }
    }

    /// Opens the store. SQLite files are created when absent and migrated at once; a PostgreSQL
    /// database is migrated only by `migrate` (`onsite migrate`), so several instances never race:
    /// opening one with migrations pending fails and says so.
    public static func open(_ location: StoreLocation, logger: Logger = Logger(label: "onsite.store")) async throws -> SQLStore {
        switch location {
        case .sqlite(let path):
            try prepareFile(at: path)
            let store = try SQLStore(location: location, connections: 1, logger: logger)
            do {
                try await store.sql.raw("PRAGMA journal_mode=WAL").run()
                try await store.sql.raw("PRAGMA synchronous=FULL").run()
                _ = try await store.runMigrations()
            } catch {
                await store.close()
                let reason = String(describing: error)
                if reason.localizedCaseInsensitiveContains("readonly") { throw StoreError.readOnly(path: path) }
                throw StoreError.notADatabase(path: path, reason: shortReason(reason))
            }
            return store
        case .postgres:
            let store = try SQLStore(location: location, connections: 4, logger: logger)
            do {
                let pending = try await store.pendingMigrations()
                if !pending.isEmpty { throw StoreError.migrationsPending(server: location.description, names: pending) }
            } catch {
                await store.close()
                throw error as? StoreError ?? StoreError.cannotConnect(server: location.description, reason: shortReason(String(describing: error)))
            }
            return store
        }
    }

    /// Brings the schema up to date and returns the names of the migrations it ran. On PostgreSQL
    /// it holds an advisory lock meanwhile, on its one connection: a second `onsite migrate` waits,
    /// then finds nothing left to do.
    public static func migrate(_ location: StoreLocation, logger: Logger = Logger(label: "onsite.store")) async throws -> [String] {
        guard case .postgres = location else {
            let store = try await open(location, logger: logger)
            await store.close()
            return []
        }
        let store = try SQLStore(location: location, connections: 1, logger: logger)
        do {
            try await store.sql.raw("SELECT pg_advisory_lock(\(unsafeRaw: String(advisoryLockKey)))").run()
            let names = try await store.runMigrations()
            try await store.sql.raw("SELECT pg_advisory_unlock(\(unsafeRaw: String(advisoryLockKey)))").run()
            await store.close()
            return names
        } catch {
            await store.close()
            throw error as? StoreError ?? StoreError.cannotConnect(server: location.description, reason: shortReason(String(describing: error)))
        }
    }

    /// A store migrated only as far as the first `count` migrations, as an earlier version left
    /// it: tests write data there, then open the location normally to run the rest.
    static func openMigrated(_ location: StoreLocation, through count: Int) async throws -> SQLStore {
        if case .sqlite(let path) = location { try prepareFile(at: path) }
        let store = try SQLStore(location: location, connections: 1, logger: Logger(label: "onsite.store"))
        do {
            _ = try await store.runMigrations(Array(StoreMigrations.all.prefix(count)))
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// A fixed number for Onsite's migration lock ("onsite" in ASCII).
    static let advisoryLockKey: Int64 = 0x6f6e_7369_7465

    private func migrator(_ list: [any AsyncMigration] = StoreMigrations.all) -> Migrator {
        let migrations = Migrations()
        migrations.add(list)
        return Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
    }

    private func runMigrations(_ list: [any AsyncMigration] = StoreMigrations.all) async throws -> [String] {
        let migrator = migrator(list)
        try await migrator.setupIfNeeded().get()
        let pending = try await migrator.previewPrepareBatch().get().map { $0.0.name }
        try await migrator.prepareBatch().get()
        return pending
    }

    private func pendingMigrations() async throws -> [String] {
        let migrator = migrator()
        try await migrator.setupIfNeeded().get()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }

    /// Closes connections and stops the store's threads.
    public func close() async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
        try? await eventLoopGroup.shutdownGracefully()
    }

    // MARK: Writing

    /// One transaction that also bumps the generation, so every reader's cache sees the change.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            let result = try await body(sql)
            try await sql.raw("UPDATE store_generation SET n = n + 1 WHERE id = 1").run()
            return result
        }
    }

    /// The data's version: changes with every write, by any process.
    func generation() async throws -> Int {
        try await generations.value { [self] in  // the database is looked up only by the caller that reads
            try await self.sql.raw("SELECT n FROM store_generation WHERE id = 1").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// Empties a PostgreSQL database (every table dropped), for test suites that share one server.
    static func emptyPostgres(_ url: String) async throws {
        let store = try SQLStore(location: .postgres(url: url), connections: 1, logger: Logger(label: "onsite.test"))
        do {
            try await store.sql.raw("DROP SCHEMA public CASCADE").run()
            try await store.sql.raw("CREATE SCHEMA public").run()
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    // MARK: Settings

    public func secret(named name: String, candidate: String) async throws -> String {
        try await write { sql in
            try await sql.raw("INSERT INTO settings (name, value) VALUES (\(bind: name), \(bind: candidate)) ON CONFLICT (name) DO NOTHING").run()
            return try await sql.raw("SELECT value FROM settings WHERE name = \(bind: name)").first()?.decode(column: "value", as: String.self) ?? candidate
        }
    }

    // MARK: Opening a file

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

    static func shortReason(_ reason: String) -> String {
        if reason.contains("not a database") { return "the file is not an SQLite database" }
        if reason.contains("malformed") { return "the database disk image is malformed" }
        return reason.split(separator: "\n").first.map(String.init) ?? reason
    }

    // MARK: Snapshot

    struct TallyKey: Equatable, Sendable { var generation: Int; var dayStart: Date }
    struct CardTally: Sendable { var answered: Int; var newIntroduced: Int }

    public func snapshot(dayStart: Date) async throws -> ReviewSnapshot {
        let generation = try await generation()
        let states = try await states.get(generation) { try await loadStates() }
        let tally = try await tallies.get(TallyKey(generation: generation, dayStart: dayStart)) { try await cardTally(since: dayStart) }
        return ReviewSnapshot(
            states: states, answeredSinceDayStart: tally.answered, newSinceDayStart: tally.newIntroduced,
            dayStart: dayStart, generation: generation)
    }

    public func itemStates() async throws -> ItemStates {
        let generation = try await generation()
        return try await states.get(generation) { try await loadStates() }
    }
}
