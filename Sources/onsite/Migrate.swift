import ArgumentParser
import Foundation
import Logging
import OnsiteStore

/// `onsite migrate`: brings a database's schema up to date. The SQLite default migrates by itself
/// at start-up; a shared PostgreSQL database is migrated by this command once, before the servers
/// start, under a lock so two runs never race.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database's schema up to date (needed once for PostgreSQL).")
    @OptionGroup var locations: Locations

    func run() async throws {
        let location = StoreLocation.resolve(explicit: locations.database)
        var logger = Logger(label: "onsite")
        logger.logLevel = .warning
        let names: [String]
        do {
            names = try await SQLStore.migrate(location, logger: logger)
        } catch {
            throw UserError(error)
        }
        print(names.isEmpty ? "\(location): up to date" : "\(location): ran \(names.count) migration(s): \(names.joined(separator: ", "))")
    }
}
